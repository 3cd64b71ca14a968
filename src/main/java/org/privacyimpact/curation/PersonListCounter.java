package org.privacyimpact.curation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.privacyimpact.curation.PersonListMapping.EmptyCountry;
import org.privacyimpact.curation.PersonListPreview.ColumnCells;
import org.privacyimpact.curation.PersonListMapping.EmptyYear;
import org.privacyimpact.curation.PersonListMapping.SeveralValues;
import org.privacyimpact.curation.PersonListMapping.Split;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetYears;
import org.privacyimpact.dataset.RowNumbers;

/**
 * Counts a list with one row per person into figures (incident, area, count kind), each with the rows it counts.
 * Every row is accounted for: counted, left out by a choice the curator made (and listed), or a problem that
 * stops the import. Names are read only to count a person listed twice once; nothing here keeps them.
 */
final class PersonListCounter {

    /** Cells with several values are separated by these; a year may also be a range, "2019–2021". */
    static final Pattern SEPARATOR = Pattern.compile("\\s*[;|\\n]\\s*");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})(?:\\s*[-–]\\s*([0-9]{4}))?");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s;|,<>\"]+");

    record Country(String iso2, String name) {
    }

    /** A figure the list produces: the rows it counts and the people they are (a person listed twice counts once). */
    record CountedFigure(String incidentId, Country country, CountKind kind, Set<Integer> rows, int people,
                         Integer periodStart, Integer periodEnd, Set<String> rowSources) {

        boolean worldwide() {
            return country == null;
        }
    }

    record Counted(List<CountedFigure> figures, List<ImportProblem> problems, List<ImportProblem> notes,
                   List<ColumnCells> cells) {
    }

    private final PersonListMapping mapping;
    private final Function<String, Optional<Country>> countries;
    private final Predicate<String> incidentExists;
    private final int currentYear;

    PersonListCounter(PersonListMapping mapping, Function<String, Optional<Country>> countries,
                      Predicate<String> incidentExists, int currentYear) {
        this.mapping = mapping;
        this.countries = countries;
        this.incidentExists = incidentExists;
        this.currentYear = currentYear;
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

    Counted count(ImportFile.Parsed file) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> notes = new ArrayList<>();
        checkColumns(file.header(), problems);
        if (!problems.isEmpty()) {
            return new Counted(List.of(), problems, notes, List.of());
        }
        List<ColumnCells> cells = cellCounts(file.rows());
        checkChoices(cells, problems);
        checkSplit(mapping.incident(), "incident", file.rows(), this::incidentProblem, problems);
        checkSplit(mapping.countKind(), "count kind", file.rows(), PersonListCounter::kindProblem, problems);
        Map<String, List<Integer>> leftOut = new LinkedHashMap<>();
        Map<FigureKey, Tally> tallies = new LinkedHashMap<>();
        Map<String, List<Integer>> rowsOfPerson = new LinkedHashMap<>();
        for (ImportFile.Row row : file.rows()) {
            countRow(row, problems, leftOut, tallies, rowsOfPerson);
        }
        leftOut.forEach((why, rows) -> notes.add(new ImportProblem(0, null, (rows.size() == 1 ? "Row " : "Rows ")
                + RowNumbers.describe(rows) + " left out: " + why)));
        rowsOfPerson.values().stream().filter(rows -> rows.size() > 1).forEach(rows -> notes.add(new ImportProblem(
                rows.getFirst(), mapping.personColumn(), "Rows " + RowNumbers.describe(rows) + " name the same person:"
                + " each figure counts that person once")));
        List<CountedFigure> figures = problems.isEmpty()
                ? tallies.entrySet().stream().map(entry -> entry.getValue().figure(entry.getKey())).toList()
                : List.of();
        return new Counted(figures, problems, notes, cells);
    }

    // --- the mapping against the file -------------------------------------------------------------------------

    private void checkColumns(List<String> header, List<ImportProblem> problems) {
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
    }

    private List<ColumnCells> cellCounts(List<ImportFile.Row> rows) {
        List<ColumnCells> cells = new ArrayList<>();
        for (String column : splitColumns()) {
            List<Integer> several = new ArrayList<>();
            List<Integer> empty = new ArrayList<>();
            for (ImportFile.Row row : rows) {
                List<String> values = values(row, column);
                if (values.isEmpty()) {
                    empty.add(row.number());
                } else if (values.size() > 1 || column.equals(mapping.yearColumn()) && isRange(row)) {
                    several.add(row.number());
                }
            }
            cells.add(new ColumnCells(column, several, empty));
        }
        return cells;
    }

    /** The columns whose cells decide which figures a row counts in. */
    private List<String> splitColumns() {
        Set<String> columns = new LinkedHashSet<>();
        Stream.of(mapping.countryColumn(), mapping.yearColumn(), mapping.incident().column(),
                mapping.countKind().column()).filter(column -> column != null).forEach(columns::add);
        return List.copyOf(columns);
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
        valuesOf(rows, split.column()).forEach((value, rowCount) -> {
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

    // --- one row ----------------------------------------------------------------------------------------------

    private record FigureKey(String incidentId, Country country, CountKind kind) {
    }

    private static final class Tally {
        private final Set<Integer> rows = new TreeSet<>();
        private final Set<String> people = new LinkedHashSet<>();
        private final TreeSet<Integer> years = new TreeSet<>();
        private final Set<String> sources = new TreeSet<>();

        CountedFigure figure(FigureKey key) {
            return new CountedFigure(key.incidentId(), key.country(), key.kind(), rows, people.size(),
                    years.isEmpty() ? null : years.first(),
                    years.isEmpty() ? null : years.last(), sources);
        }
    }

    /** A row's values in one column under the curator's choices, or why the row is left out, or a problem. */
    private record Cell<T>(List<T> values, String leftOutBecause, boolean problem) {

        static <T> Cell<T> of(List<T> values) {
            return new Cell<>(values, null, false);
        }

        static <T> Cell<T> leftOut(String because) {
            return new Cell<>(List.of(), because, false);
        }

        static <T> Cell<T> failed() {
            return new Cell<>(List.of(), null, true);
        }
    }

    private void countRow(ImportFile.Row row, List<ImportProblem> problems, Map<String, List<Integer>> leftOut,
                          Map<FigureKey, Tally> tallies, Map<String, List<Integer>> rowsOfPerson) {
        Cell<Integer> years = years(row, problems);
        Cell<Country> rowCountries = rowCountries(row, problems);
        if (years.problem() || rowCountries.problem()) {
            return;
        }
        List<String> incidents = chosen(row, mapping.incident());
        List<String> kinds = chosen(row, mapping.countKind());
        String skipped = years.leftOutBecause() != null ? years.leftOutBecause()
                : rowCountries.leftOutBecause() != null ? rowCountries.leftOutBecause()
                : incidents == null ? leftOutBy(mapping.incident()) : kinds == null ? leftOutBy(mapping.countKind())
                : severalLeftOut(row);
        if (skipped != null) {
            leftOut.computeIfAbsent(skipped, why -> new ArrayList<>()).add(row.number());
            return;
        }
        String person = person(row);
        if (person != null) {
            rowsOfPerson.computeIfAbsent(person, key -> new ArrayList<>()).add(row.number());
        }
        String personKey = person == null ? "row " + row.number() : "person " + person;
        List<String> links = links(row);
        List<Country> areas = new ArrayList<>(rowCountries.values());
        if (mapping.worldwideFigure()) {
            areas.add(null);
        }
        for (String incident : incidents) {
            for (String code : kinds) {
                for (Country country : areas) {
                    Tally tally = tallies.computeIfAbsent(new FigureKey(incident, country, CountKind.fromCode(code)),
                            key -> new Tally());
                    tally.rows.add(row.number());
                    tally.people.add(personKey);
                    tally.years.addAll(years.values());
                    tally.sources.addAll(links);
                }
            }
        }
    }

    private Cell<Integer> years(ImportFile.Row row, List<ImportProblem> problems) {
        if (mapping.yearColumn() == null) {
            return Cell.of(List.of());
        }
        List<String> tokens = values(row, mapping.yearColumn());
        if (tokens.isEmpty()) {
            return mapping.emptyYear() == EmptyYear.LEAVE_OUT ? Cell.leftOut("no year (you chose to leave such rows"
                    + " out)") : Cell.of(List.of());
        }
        List<Integer> years = new ArrayList<>();
        for (String token : tokens) {
            Matcher match = YEAR.matcher(token);
            if (!match.matches()) {
                problems.add(new ImportProblem(row.number(), mapping.yearColumn(), "\"" + token + "\" is not a year:"
                        + " write 2019, several as \"2019; 2020\", or a range as 2019–2021"));
                return Cell.failed();
            }
            int first = Integer.parseInt(match.group(1));
            int last = match.group(2) == null ? first : Integer.parseInt(match.group(2));
            if (first < DatasetYears.FIRST || last > currentYear || last < first) {
                problems.add(new ImportProblem(row.number(), mapping.yearColumn(), "\"" + token + "\" is not a year"
                        + " from " + DatasetYears.FIRST + " to " + currentYear));
                return Cell.failed();
            }
            for (int year = first; year <= last; year++) {
                years.add(year);
            }
        }
        SeveralValues choice = mapping.severalValues().get(mapping.yearColumn());
        return Cell.of(years.size() > 1 && choice == SeveralValues.FIRST ? List.of(years.getFirst()) : years);
    }

    private Cell<Country> rowCountries(ImportFile.Row row, List<ImportProblem> problems) {
        List<String> tokens = values(row, mapping.countryColumn());
        if (tokens.isEmpty()) {
            return mapping.emptyCountry() == EmptyCountry.LEAVE_OUT ? Cell.leftOut("no country (you chose to leave"
                    + " such rows out)") : Cell.of(List.of());
        }
        List<Country> found = new ArrayList<>();
        for (String token : tokens) {
            Optional<Country> country = countries.apply(token);
            if (country.isEmpty()) {
                problems.add(new ImportProblem(row.number(), mapping.countryColumn(), "\"" + token + "\" is not a"
                        + " country the dashboard knows: write its name as the dashboard does (e.g. Mexico) or its"
                        + " two-letter code (MX)"));
                return Cell.failed();
            }
            if (!found.contains(country.get())) {
                found.add(country.get());
            }
        }
        SeveralValues choice = mapping.severalValues().get(mapping.countryColumn());
        return Cell.of(found.size() > 1 && choice == SeveralValues.FIRST ? found.subList(0, 1) : found);
    }

    /** What the split gives this row; null if the curator chose to leave such rows out. */
    private List<String> chosen(ImportFile.Row row, Split split) {
        if (!split.byColumn()) {
            // not chosen yet: already a problem, and the row counts nowhere meanwhile
            return split.fixed() == null ? List.of() : List.of(split.fixed());
        }
        List<String> tokens = values(row, split.column());
        if (tokens.isEmpty()) {
            tokens = List.of("");
        }
        if (tokens.size() > 1 && mapping.severalValues().get(split.column()) == SeveralValues.FIRST) {
            tokens = tokens.subList(0, 1);
        }
        List<String> targets = new ArrayList<>();
        for (String token : tokens) {
            String target = split.byValue().get(token);
            if (target == null || target.isEmpty()) {
                return null;
            }
            if (!targets.contains(target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    private static String leftOutBy(Split split) {
        return "the value in column " + split.column() + " is one you chose to leave out";
    }

    /** Why the row is left out because a cell has several values and the curator chose so; null if it is not. */
    private String severalLeftOut(ImportFile.Row row) {
        for (String column : splitColumns()) {
            boolean several = values(row, column).size() > 1 || column.equals(mapping.yearColumn()) && isRange(row);
            if (several && mapping.severalValues().get(column) == SeveralValues.LEAVE_OUT) {
                return "several values in column " + column + " (you chose to leave such rows out)";
            }
        }
        return null;
    }

    private boolean isRange(ImportFile.Row row) {
        return values(row, mapping.yearColumn()).stream().anyMatch(token -> {
            Matcher match = YEAR.matcher(token);
            return match.matches() && match.group(2) != null && !match.group(2).equals(match.group(1));
        });
    }

    /**
     * The person, in a form where "Ana  Pérez" and "ana pérez" are the same; null if the list gives none. Held in
     * memory for this count only.
     */
    private String person(ImportFile.Row row) {
        if (mapping.personColumn() == null) {
            return null;
        }
        String value = row.get(mapping.personColumn());
        if (value == null) {
            return null;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private List<String> links(ImportFile.Row row) {
        if (mapping.sourcesColumn() == null || row.get(mapping.sourcesColumn()) == null) {
            return List.of();
        }
        List<String> links = new ArrayList<>();
        Matcher match = LINK.matcher(row.get(mapping.sourcesColumn()));
        while (match.find()) {
            links.add(match.group().replaceAll("[.)\\]]+$", ""));
        }
        return links;
    }

    private static List<String> values(ImportFile.Row row, String column) {
        String cell = row.get(column);
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATOR.split(cell.strip())).map(String::strip).filter(value -> !value.isEmpty())
                .distinct().toList();
    }
}
