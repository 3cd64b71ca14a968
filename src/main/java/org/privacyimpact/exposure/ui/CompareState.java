package org.privacyimpact.exposure.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.router.QueryParameters;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;

/**
 * Everything the Compare view shows, as it is written in the page's address: {@code ?kind=confirmed_forensic
 * &per=internet_users&incident=PP2021&country=IN&country=MX&from=2016&to=2021&worldwide=no&scale=log&tab=table}.
 * Only settings that differ from the defaults are written, so the plain address stays short. A parameter that
 * cannot be read is ignored and reported, never an error page.
 */
record CompareState(ExposureFilter filter, Scale scale, Tab tab) {

    /**
     * AUTO: bars on a linear axis, the scatter on logarithmic axes when its values span more than two orders of
     * magnitude (a linear scatter would crowd all but one point into a corner).
     */
    enum Scale { AUTO, LINEAR, LOG }

    enum Tab { RATES, SCATTER, TABLE }

    static final CompareState DEFAULT = new CompareState(ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM),
            Scale.AUTO, Tab.RATES);

    /** The state and the parameters that were ignored, with why. */
    record Parsed(CompareState state, List<String> ignored) {
    }

    static Parsed from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        List<String> ignored = new ArrayList<>();
        ExposureFilter defaults = DEFAULT.filter();

        CountKind kind = single(values, "kind", ignored, CountKind::fromCode, defaults.countKind());
        Denominator per = single(values, "per", ignored, Denominator::fromCode, defaults.denominator());
        Set<String> incidents = codes(values, "incident", "[A-Za-z0-9-]{1,40}", ignored);
        Set<String> countries = new TreeSet<>(codes(values, "country", "[A-Za-z]{2}", ignored).stream()
                .map(String::toUpperCase).toList());
        Integer from = single(values, "from", ignored, CompareState::year, null);
        Integer to = single(values, "to", ignored, CompareState::year, null);
        if (from != null && to != null && from > to) {
            ignored.add("from=" + from + " and to=" + to + ": the first year is after the last");
            from = null;
            to = null;
        }
        boolean worldwide = single(values, "worldwide", ignored, CompareState::yesNo, true);
        Scale scale = single(values, "scale", ignored, text -> Scale.valueOf(text.toUpperCase(Locale.ROOT)),
                Scale.AUTO);
        Tab tab = single(values, "tab", ignored, text -> Tab.valueOf(text.toUpperCase(Locale.ROOT)),
                Tab.RATES);
        return new Parsed(new CompareState(
                new ExposureFilter(kind, per, incidents, countries, from, to, worldwide), scale, tab), ignored);
    }

    QueryParameters toQueryParameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        ExposureFilter defaults = DEFAULT.filter();
        if (filter.countKind() != defaults.countKind()) {
            values.put("kind", List.of(filter.countKind().code()));
        }
        if (filter.denominator() != defaults.denominator()) {
            values.put("per", List.of(filter.denominator().code()));
        }
        if (!filter.incidents().isEmpty()) {
            values.put("incident", List.copyOf(filter.incidents()));
        }
        if (!filter.countries().isEmpty()) {
            values.put("country", List.copyOf(filter.countries()));
        }
        if (filter.fromYear() != null) {
            values.put("from", List.of(filter.fromYear().toString()));
        }
        if (filter.toYear() != null) {
            values.put("to", List.of(filter.toYear().toString()));
        }
        if (!filter.worldwide()) {
            values.put("worldwide", List.of("no"));
        }
        if (scale != Scale.AUTO) {
            values.put("scale", List.of(scale.name().toLowerCase()));
        }
        if (tab != Tab.RATES) {
            values.put("tab", List.of(tab.name().toLowerCase()));
        }
        return new QueryParameters(values);
    }

    CompareState withFilter(ExposureFilter other) {
        return new CompareState(other, scale, tab);
    }

    CompareState withScale(Scale other) {
        return new CompareState(filter, other, tab);
    }

    CompareState withTab(Tab other) {
        return new CompareState(filter, scale, other);
    }

    private static <T> T single(Map<String, List<String>> values, String name, List<String> ignored,
                                java.util.function.Function<String, T> parse, T fallback) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.isEmpty()) {
            return fallback;
        }
        try {
            return parse.apply(given.getFirst());
        } catch (IllegalArgumentException e) {
            ignored.add(name + "=" + given.getFirst() + " is not a value this view knows");
            return fallback;
        }
    }

    private static Set<String> codes(Map<String, List<String>> values, String name, String pattern,
                                     List<String> ignored) {
        Set<String> codes = new TreeSet<>();
        for (String value : values.getOrDefault(name, List.of())) {
            if (value.matches(pattern)) {
                codes.add(value);
            } else {
                ignored.add(name + "=" + value + " is not a valid code");
            }
        }
        return codes;
    }

    private static Integer year(String text) {
        int year = Integer.parseInt(text);
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("year out of range");
        }
        return year;
    }

    private static boolean yesNo(String text) {
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("yes or no");
        };
    }
}
