package org.privacyimpact.common.db;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.tools.Convert;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * One row a {@link ShapedSelect} read: each value as the driver gave it, converted on reading by the converter of
 * the field that selected it, as jOOQ would have converted it into a record.
 */
public final class SelectedRow {

    private static final JsonFactory JSON = new JsonFactory();
    /** An empty JSON array as PostgreSQL writes one (jsonb_build_array() of no values). */
    private static final String EMPTY_ARRAY = "[]";
    /** The java.time types PostgreSQL's driver reads and PostgreSQL writes in JSON as ISO 8601. */
    private static final Set<Class<?>> TEMPORAL = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class);

    /**
     * Where each selected field is in a row, by the field itself, and the converter that reads its values: found
     * once per shape, since a field looks its converter up anew on each call.
     */
    static final class Columns {

        private final Map<Field<?>, Integer> byField = new IdentityHashMap<>();
        private final Converter<?, ?>[] converters;
        private final Class<?>[] temporal;

        Columns(List<? extends Field<?>> selected) {
            converters = new Converter<?, ?>[selected.size()];
            temporal = new Class<?>[selected.size()];
            for (int i = 0; i < selected.size(); i++) {
                byField.put(selected.get(i), i);
                converters[i] = selected.get(i).getConverter();
                Class<?> databaseType = converters[i].fromType();
                temporal[i] = TEMPORAL.contains(databaseType) ? databaseType : null;
            }
        }

        /**
         * The java.time type the column's converter takes, which the driver then gives directly (rather than a
         * java.sql date and a conversion); null for any other column.
         */
        Class<?> temporal(int position) {
            return temporal[position];
        }

        int positionOf(Field<?> field) {
            Integer position = byField.get(field);
            if (position == null) {
                throw new IllegalArgumentException("not selected by this shape: " + field);
            }
            return position;
        }

        boolean has(Field<?> field) {
            return byField.containsKey(field);
        }

        int size() {
            return converters.length;
        }
    }

    /**
     * A multiset's rows as {@link #nested} reads them: the multiset field, and its nested select's fields in
     * their order. Made once, beside the multiset.
     */
    public static final class Nested {

        private final Field<?> multiset;
        private final Columns columns;

        public Nested(Field<?> multiset, List<? extends Field<?>> fields) {
            this.multiset = multiset;
            this.columns = new Columns(List.copyOf(fields));
        }
    }

    private final Object[] raw;
    private final Columns columns;

    SelectedRow(Object[] raw, Columns columns) {
        this.raw = raw;
        this.columns = columns;
    }

    /** The value of a field the shape selected (the same instance), as the field's type. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        int position = columns.positionOf(field);
        return convert(raw[position], (Converter<Object, T>) columns.converters[position]);
    }

    /** Whether the shape selected this field (the same instance). */
    public boolean has(Field<?> field) {
        return columns.has(field);
    }

    /**
     * The rows of a multiset the shape selected: jOOQ sends one as a JSON array of arrays, each inner array a row's
     * values in the order of the nested select's fields. The JSON is read token by token, as the values come. An
     * empty multiset, which most rows have (a figure without competing figures), is PostgreSQL's "[]" and needs no
     * parser: making and recycling one for each row was a good part of what reading Compare's multisets cost.
     */
    public List<SelectedRow> nested(Nested nested) {
        Object value = raw[columns.positionOf(nested.multiset)];
        String multiset = value == null ? EMPTY_ARRAY : value.toString();
        if (multiset.equals(EMPTY_ARRAY)) {
            return List.of();
        }
        List<SelectedRow> rows = new ArrayList<>();
        try (JsonParser json = JSON.createParser(multiset)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("a multiset is not a JSON array: " + value);
            }
            for (JsonToken row = json.nextToken(); row != JsonToken.END_ARRAY; row = json.nextToken()) {
                if (row != JsonToken.START_ARRAY) {
                    throw new IllegalStateException("a multiset's row is not a JSON array: " + value);
                }
                rows.add(new SelectedRow(nestedRow(json, nested.columns, value), nested.columns));
            }
        }
        return rows;
    }

    /** One nested row's values, the parser at its opening bracket; left at its closing one. */
    private static Object[] nestedRow(JsonParser json, Columns columns, Object multiset) {
        int width = columns.size();
        Object[] values = new Object[width];
        int count = 0;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            if (count == width) {
                throw new IllegalStateException("a nested row of more than " + width + " values: " + multiset);
            }
            Class<?> temporal = columns.temporal(count);
            values[count++] = switch (token) {
                case VALUE_NULL -> null;
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NUMBER_INT -> json.getNumberValue();
                // a decimal as written: a double would round a numeric of many digits before its converter sees it
                case VALUE_NUMBER_FLOAT -> json.getDecimalValue();
                case VALUE_STRING -> temporal == null ? json.getString() : temporal(json.getString(), temporal);
                default -> throw new IllegalStateException("a nested value that is not a plain value (" + token
                        + "): " + multiset);
            };
        }
        if (count != width) {
            throw new IllegalStateException("a nested row of " + count + " values for " + width + " fields: "
                    + multiset);
        }
        return values;
    }

    private static Object temporal(String iso, Class<?> type) {
        if (type == LocalDate.class) {
            return LocalDate.parse(iso);
        }
        return type == LocalDateTime.class ? LocalDateTime.parse(iso) : OffsetDateTime.parse(iso);
    }

    private static <T> T convert(Object value, Converter<Object, T> converter) {
        // most values come from the driver as the field's own type: only the others go through jOOQ's Convert
        Object databaseValue = value == null || converter.fromType().isInstance(value) ? value
                : Convert.convert(value, converter.fromType());
        return converter.from(databaseValue);
    }
}
