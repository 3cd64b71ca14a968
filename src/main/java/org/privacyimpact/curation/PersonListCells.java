package org.privacyimpact.curation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** How a person list's cells are read: several values in a cell, year ranges, the columns that split rows. */
final class PersonListCells {

    /** Cells with several values are separated by these; a year may also be a range, "2019–2021". */
    static final Pattern SEPARATOR = Pattern.compile("\\s*[;|\\n]\\s*");
    static final Pattern YEAR = Pattern.compile("([0-9]{4})(?:\\s*[-–]\\s*([0-9]{4}))?");

    private PersonListCells() {
    }

    /** The distinct values of a column, each cell split into its values; "" stands for an empty cell. */
    static Map<String, Integer> valuesOf(List<ImportFile.Row> rows, String column) {
        Map<String, Integer> values = new TreeMap<>();
        for (ImportFile.Row row : rows) {
            for (String value : values(row, column)) {
                values.merge(value, 1, Integer::sum);
            }
            if (values(row, column).isEmpty()) {
                values.merge("", 1, Integer::sum);
            }
        }
        return values;
    }

    /** A cell's values, trimmed and each once; empty for an empty cell. */
    static List<String> values(ImportFile.Row row, String column) {
        String cell = row.get(column);
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATOR.split(cell.strip())).map(String::strip).filter(value -> !value.isEmpty())
                .distinct().toList();
    }

    /** Several values in the cell; in the year column, a range of years counts as several. */
    static boolean hasSeveral(ImportFile.Row row, String column, String yearColumn) {
        return values(row, column).size() > 1 || column.equals(yearColumn) && isRange(row, yearColumn);
    }

    static boolean isRange(ImportFile.Row row, String yearColumn) {
        return values(row, yearColumn).stream().anyMatch(token -> {
            Matcher match = YEAR.matcher(token);
            return match.matches() && match.group(2) != null && !match.group(2).equals(match.group(1));
        });
    }

    /** The columns whose cells decide which figures a row counts in. */
    static List<String> splitColumns(PersonListMapping mapping) {
        Set<String> columns = new LinkedHashSet<>();
        Stream.of(mapping.countryColumn(), mapping.yearColumn(), mapping.incident().column(),
                mapping.countKind().column()).filter(column -> column != null).forEach(columns::add);
        return List.copyOf(columns);
    }
}
