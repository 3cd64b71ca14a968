package org.privacyimpact.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An export's columns, each defined once: its name in the header, its unit and definition for the report's
 * metadata.json, and how its cell is read from a row. The header, each row and the metadata follow this one list,
 * so they cannot drift apart.
 *
 * @param <R> the row type; {@link Void} for a file whose cells the database writes (COPY)
 */
public final class CsvColumns<R> {

    /** One column. {@code unit} and {@code definition} may be null for a download without metadata. */
    public record Column<R>(String name, String unit, String definition, Function<R, Object> cell) {
    }

    private final List<Column<R>> columns;

    private CsvColumns(List<Column<R>> columns) {
        this.columns = List.copyOf(columns);
    }

    public static <R> Builder<R> builder() {
        return new Builder<>();
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The row's cells in the header's order. */
    public List<Object> cells(R row) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column<R> column : columns) {
            cells.add(column.cell().apply(row));
        }
        return cells;
    }

    /**
     * A spreadsheet-safe CSV file ({@link SpreadsheetSafeCsv}) of these columns: the header, then one record for
     * each row {@code rows} hands to the consumer it is given (a list's forEach, or a query streaming a cursor).
     */
    public void write(OutputStream out, Consumer<Consumer<R>> rows) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, names())) {
            rows.accept(row -> csv.printRow(cells(row)));
        }
    }

    /** metadata.json's {@code columns}: each column's name, unit and definition. */
    public void describe(ObjectNode metadata) {
        ArrayNode described = metadata.putArray("columns");
        columns.forEach(column -> described.addObject().put("name", column.name()).put("unit", column.unit())
                .put("definition", column.definition()));
    }

    public static final class Builder<R> {

        private final List<Column<R>> columns = new ArrayList<>();

        public Builder<R> add(String name, String unit, String definition, Function<R, Object> cell) {
            columns.add(new Column<>(name, unit, definition, cell));
            return this;
        }

        /** A column of a file the database writes: named and described here, its cells written by the query. */
        public Builder<R> add(String name, String unit, String definition) {
            return add(name, unit, definition, row -> {
                throw new UnsupportedOperationException(name + " is written by the database");
            });
        }

        /** A column of a download without metadata: its name and cell only. */
        public Builder<R> add(String name, Function<R, Object> cell) {
            return add(name, null, null, cell);
        }

        public CsvColumns<R> build() {
            return new CsvColumns<>(columns);
        }
    }
}
