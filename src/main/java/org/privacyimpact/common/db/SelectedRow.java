package org.privacyimpact.common.db;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.tools.Convert;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row a {@link ShapedSelect} read: each value as the driver gave it, converted on reading by the converter of
 * the field that selected it, as jOOQ would have converted it into a record.
 */
public final class SelectedRow {

    /** Decimals read as BigDecimal: a double would round a numeric of many digits before its converter sees it. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** Where each selected field is in a row, by the field itself. */
    static final class Columns {

        private final Map<Field<?>, Integer> byField = new IdentityHashMap<>();

        Columns(List<? extends Field<?>> selected) {
            for (int i = 0; i < selected.size(); i++) {
                byField.put(selected.get(i), i);
            }
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
    }

    private final Object[] raw;
    private final Columns columns;

    SelectedRow(Object[] raw, Columns columns) {
        this.raw = raw;
        this.columns = columns;
    }

    /** The value of a field the shape selected (the same instance), as the field's type. */
    public <T> T get(Field<T> field) {
        return convert(raw[position(field)], field);
    }

    /** Whether the shape selected this field (the same instance). */
    public boolean has(Field<?> field) {
        return columns.has(field);
    }

    /**
     * The rows of a multiset the shape selected: jOOQ sends one as a JSON array of arrays, each inner array a row's
     * values in the order of {@code fields}, the nested select's fields.
     */
    public List<SelectedRow> nested(Field<?> multiset, List<? extends Field<?>> fields) {
        Object value = raw[position(multiset)];
        if (value == null) {
            return List.of();
        }
        Columns nestedColumns = new Columns(fields);
        List<SelectedRow> rows = new ArrayList<>();
        for (JsonNode row : JSON.readTree(value.toString())) {
            if (row.size() != fields.size()) {
                throw new IllegalStateException("a nested row of " + row.size() + " values for " + fields.size()
                        + " fields: " + row);
            }
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = plain(row.get(i));
            }
            rows.add(new SelectedRow(values, nestedColumns));
        }
        return rows;
    }

    private int position(Field<?> field) {
        return columns.positionOf(field);
    }

    @SuppressWarnings("unchecked")
    private static <T> T convert(Object value, Field<T> field) {
        Converter<Object, T> converter = (Converter<Object, T>) field.getConverter();
        // most values come from the driver as the field's own type: only the others go through jOOQ's Convert
        Object databaseValue = value == null || converter.fromType().isInstance(value) ? value
                : Convert.convert(value, converter.fromType());
        return converter.from(databaseValue);
    }

    private static Object plain(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.asString();
    }
}
