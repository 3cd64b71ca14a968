package org.privacyimpact.common.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an address's parameters through their {@link AddressParameter}s, with one difference between its two
 * kinds: the data API's reader is strict (a value it cannot use is a {@link BadParameterException}, answered with
 * 400), a view's is lenient (the value is left out and the reason kept for the page to show). Everything else, the
 * names, the former names and the rules, is the same for both.
 */
public final class AddressReader {

    private final Map<String, List<String>> values;
    private final boolean strict;
    private final List<String> ignored = new ArrayList<>();

    private AddressReader(Map<String, List<String>> values, boolean strict) {
        this.values = values;
        this.strict = strict;
    }

    /** For a view: an unusable value is left out and reported in {@link #ignored()}. */
    public static AddressReader lenient(Map<String, List<String>> values) {
        return new AddressReader(values, false);
    }

    /** For a page that reads a request's parameters as the servlet gives them, leniently as a view does. */
    public static AddressReader lenientFromRequest(Map<String, String[]> values) {
        return new AddressReader(lists(values), false);
    }

    /** For the data API: an unusable value is a {@link BadParameterException}. */
    public static AddressReader strict(Map<String, String[]> values) {
        return new AddressReader(lists(values), true);
    }

    private static Map<String, List<String>> lists(Map<String, String[]> values) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        values.forEach((name, given) -> lists.put(name, Arrays.asList(given)));
        return lists;
    }

    /** The parameter's value, or null when it is absent, empty or (leniently) unreadable. */
    public <T> T one(AddressParameter<T> parameter) {
        List<String> given = given(parameter);
        if (given.isEmpty()) {
            return null;
        }
        if (given.size() > 1 && strict) {
            throw new BadParameterException(parameter.name(), parameter.name() + " may be given once");
        }
        return read(parameter, given.getFirst());
    }

    public <T> T one(AddressParameter<T> parameter, T fallback) {
        T value = one(parameter);
        return value == null ? fallback : value;
    }

    /** Every value of a parameter that may be repeated ({@code country=IN&country=MX}), sorted. */
    public <T extends Comparable<T>> Set<T> each(AddressParameter<T> parameter) {
        Set<T> read = new TreeSet<>();
        for (String text : given(parameter)) {
            T value = read(parameter, text);
            if (value != null) {
                read.add(value);
            }
        }
        return read;
    }

    /** A value that reads well on its own but not with the others (a first year after the last, say). */
    public void reject(String parameter, String message) {
        if (strict) {
            throw new BadParameterException(parameter, message);
        }
        ignored.add(message);
    }

    /** What a lenient reader left out, and why, in the words to show a visitor. */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }

    /** What a page says above what it shows when part of its address could not be used; empty when all was. */
    public static String ignoredInWords(List<String> ignored) {
        return ignored.isEmpty() ? "" : "Part of this link could not be used, so defaults are shown instead: "
                + String.join("; ", ignored) + ".";
    }

    private <T> T read(AddressParameter<T> parameter, String text) {
        try {
            return parameter.read(text);
        } catch (BadParameterException unusable) {
            if (strict) {
                throw unusable;
            }
            ignored.add(unusable.getMessage());
            return null;
        }
    }

    /** The non-blank values under the parameter's name, or else under the first former name that has any. */
    private List<String> given(AddressParameter<?> parameter) {
        List<String> names = new ArrayList<>();
        names.add(parameter.name());
        names.addAll(parameter.formerNames());
        for (String name : names) {
            List<String> found = values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Writes parameters in the order given, leaving out those that are null (the default). */
    public static final class Writer {

        private final Map<String, List<String>> values = new LinkedHashMap<>();

        public <T> Writer one(AddressParameter<T> parameter, T value) {
            if (value != null) {
                values.put(parameter.name(), List.of(parameter.write(value)));
            }
            return this;
        }

        public <T> Writer each(AddressParameter<T> parameter, Collection<T> each) {
            if (!each.isEmpty()) {
                values.put(parameter.name(), each.stream().map(parameter::write).toList());
            }
            return this;
        }

        public Map<String, List<String>> values() {
            return new LinkedHashMap<>(values);
        }
    }

    public static Writer writer() {
        return new Writer();
    }
}
