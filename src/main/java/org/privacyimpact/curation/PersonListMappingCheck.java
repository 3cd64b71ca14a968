package org.privacyimpact.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.privacyimpact.curation.PersonListMapping.EmptyCountry;
import org.privacyimpact.curation.PersonListMapping.Split;
import org.privacyimpact.curation.PersonListPreview.ColumnCells;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.RowNumbers;

/**
 * Checks a curator's mapping against a person list before any row is counted: the columns it names exist, and
 * every choice the cells call for has been made. Each missing choice is a problem that says what to choose.
 */
@RequiredArgsConstructor
final class PersonListMappingCheck {

    private final PersonListMapping mapping;
    private final Predicate<String> incidentExists;

    /** Every column the mapping names is in the file; otherwise nothing can be counted. */
    boolean columnsExist(List<String> header, List<ImportProblem> problems) {
        int before = problems.size();
        if (mapping.countryColumn() == null) {
            problems.add(new ImportProblem(0, null, "Choose the column that names each row's country"));
        }
        if (mapping.countryMeaning() == null) {
            problems.add(new ImportProblem(0, null, "Choose what the country column means: the person's country or"
                    + " the operator's"));
        }
        Stream.of(mapping.countryColumn(), mapping.yearColumn(), mapping.personColumn(), mapping.sourcesColumn(),
                        mapping.incident().column(), mapping.countKind().column())
                .filter(column -> column != null && !header.contains(column)).distinct()
                .forEach(column -> problems.add(new ImportProblem(0, column, "This file has no column \"" + column
                        + "\"; its columns are " + String.join(", ", header))));
        return problems.size() == before;
    }

    /**
     * Every choice the file's cells call for is made: what a cell with several values, an empty country or an
     * empty year means, and where each value of a splitting column counts.
     *
     * @return how many cells of each splitting column are empty or hold several values
     */
    List<ColumnCells> choicesMade(List<ImportFile.Row> rows, List<ImportProblem> problems) {
        List<ColumnCells> cells = cellCounts(rows);
        checkChoices(cells, problems);
        checkSplit(mapping.incident(), "incident", rows, this::incidentProblem, problems);
        checkSplit(mapping.countKind(), "count kind", rows, PersonListMappingCheck::kindProblem, problems);
        return cells;
    }

    private List<ColumnCells> cellCounts(List<ImportFile.Row> rows) {
        List<ColumnCells> cells = new ArrayList<>();
        for (String column : PersonListCells.splitColumns(mapping)) {
            List<Integer> several = new ArrayList<>();
            List<Integer> empty = new ArrayList<>();
            for (ImportFile.Row row : rows) {
                if (PersonListCells.values(row, column).isEmpty()) {
                    empty.add(row.number());
                } else if (PersonListCells.hasSeveral(row, column, mapping.yearColumn())) {
                    several.add(row.number());
                }
            }
            cells.add(new ColumnCells(column, several, empty));
        }
        return cells;
    }

    private void checkChoices(List<ColumnCells> cells, List<ImportProblem> problems) {
        for (ColumnCells column : cells) {
            if (!column.severalValues().isEmpty() && mapping.severalValues().get(column.column()) == null) {
                problems.add(new ImportProblem(0, column.column(), count(column.severalValues()) + " with several"
                        + " values (" + rows(column.severalValues()) + "): choose whether such a row counts under"
                        + " each value, once, or not at all"));
            }
            if (column.column().equals(mapping.countryColumn()) && !column.empty().isEmpty()
                    && mapping.emptyCountry() == null) {
                problems.add(new ImportProblem(0, column.column(), count(column.empty()) + " without a country ("
                        + rows(column.empty()) + "): choose whether they count toward the worldwide figure only or"
                        + " are left out"));
            }
            if (column.column().equals(mapping.yearColumn()) && !column.empty().isEmpty()
                    && mapping.emptyYear() == null) {
                problems.add(new ImportProblem(0, column.column(), count(column.empty()) + " without a year ("
                        + rows(column.empty()) + "): choose whether they count without a year or are left out"));
            }
        }
        boolean rowsWithoutCountry = cells.stream().anyMatch(column -> column.column().equals(mapping.countryColumn())
                && !column.empty().isEmpty());
        if (rowsWithoutCountry && mapping.emptyCountry() == EmptyCountry.WORLDWIDE_ONLY && !mapping.worldwideFigure()) {
            problems.add(new ImportProblem(0, mapping.countryColumn(), "Rows without a country can count toward the"
                    + " worldwide figure only if the list makes one: tick \"worldwide figure\", or leave them out"));
        }
    }

    private static String rows(List<Integer> rows) {
        return (rows.size() == 1 ? "row " : "rows ") + RowNumbers.describe(rows);
    }

    private static String count(List<Integer> rows) {
        return rows.size() == 1 ? "1 cell" : "%,d cells".formatted(rows.size());
    }

    private void checkSplit(Split split, String what, List<ImportFile.Row> rows, Function<String, String> problemOf,
                            List<ImportProblem> problems) {
        if (!split.byColumn()) {
            String problem = split.fixed() == null || split.fixed().isBlank() ? "Choose the " + what
                    + " every row counts toward, or a column that decides it" : problemOf.apply(split.fixed());
            if (problem != null) {
                problems.add(new ImportProblem(0, null, problem));
            }
            return;
        }
        PersonListCells.valuesOf(rows, split.column()).forEach((value, rowCount) -> {
            String target = split.byValue().get(value);
            String shown = value.isEmpty() ? "an empty cell" : "\"" + value + "\"";
            if (target == null) {
                problems.add(new ImportProblem(0, split.column(), "Choose the " + what + " for " + shown + " ("
                        + (rowCount == 1 ? "1 row" : "%,d rows".formatted(rowCount)) + "), or leave those rows out"));
            } else if (!target.isEmpty() && problemOf.apply(target) != null) {
                problems.add(new ImportProblem(0, split.column(), shown + ": " + problemOf.apply(target)));
            }
        });
    }

    private String incidentProblem(String id) {
        return incidentExists.test(id) ? null : "No incident \"" + id + "\"";
    }

    private static String kindProblem(String code) {
        return Arrays.stream(CountKind.values()).anyMatch(kind -> kind.code().equals(code)) ? null
                : "\"" + code + "\" is not a kind of count";
    }
}
