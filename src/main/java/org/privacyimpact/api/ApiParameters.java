package org.privacyimpact.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads query parameters strictly: a value that does not parse, or names a thing the dataset does not have,
 * is a {@link BadParameterException} naming the parameter — never a silently ignored filter.
 */
final class ApiParameters {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 500;

    private ApiParameters() {
    }

    static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{4}")) {
            throw new BadParameterException(name, name + " must be a year such as 2019, not \"" + printable(value) + "\"");
        }
        return Integer.valueOf(value);
    }

    static void yearsInOrder(Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            throw new BadParameterException("to", "to (" + to + ") must not be before from (" + from + ")");
        }
    }

    static String countryCode(String name, String value, Function<String, Boolean> exists) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new BadParameterException(name, name + " must be an ISO 3166-1 alpha-2 code such as IN, not \""
                    + printable(value) + "\"");
        }
        if (!exists.apply(code)) {
            throw new BadParameterException(name, "There is no country " + code + " in ISO 3166-1");
        }
        return code;
    }

    static String incident(String name, String value, Function<String, Boolean> exists) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[A-Za-z0-9-]{1,40}") || !exists.apply(value)) {
            throw new BadParameterException(name, "There is no incident \"" + printable(value)
                    + "\"; GET /api/v1/incidents lists them");
        }
        return value;
    }

    static <T> T code(String name, String value, Function<String, T> parse, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, name + " must be one of " + String.join(", ", allowed) + ", not \""
                    + printable(value) + "\"");
        }
    }

    /**
     * Reads a parameter that may be repeated ({@code country=IN&country=PK}); an empty one ({@code country=})
     * filters nothing, as it does when given once.
     */
    static Set<String> each(List<String> values, Function<String, String> readOne) {
        Set<String> read = new TreeSet<>();
        if (values != null) {
            values.stream().map(readOne).filter(Objects::nonNull).forEach(read::add);
        }
        return read;
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new BadParameterException(name, name + " must be true or false, not \""
                    + printable(value) + "\"");
        };
    }

    static int page(String value) {
        Integer page = integer("page", value);
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new BadParameterException("page", "page must be 0 or more");
        }
        return page;
    }

    static int size(String value) {
        Integer size = integer("size", value);
        if (size == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    private static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            throw new BadParameterException(name, name + " must be a whole number, not \"" + printable(value) + "\"");
        }
        return Integer.valueOf(value);
    }

    /** Echoes a visitor's value in a message only as plain, short text. */
    static String printable(String value) {
        String plain = value.replaceAll("[^\\p{Print}]", "?");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
