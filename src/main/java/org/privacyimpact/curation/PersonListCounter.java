package org.privacyimpact.curation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.privacyimpact.curation.PersonListMapping.EmptyCountry;
import org.privacyimpact.curation.PersonListMapping.EmptyYear;
import org.privacyimpact.curation.PersonListMapping.SeveralValues;
import org.privacyimpact.curation.PersonListMapping.Split;
import org.privacyimpact.curation.PersonListPreview.ColumnCells;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetYears;
import org.privacyimpact.dataset.RowNumbers;
import org.privacyimpact.dataset.StoredCode;

/**
 * Counts a list with one row per person into figures (incident, area, count kind), each with the rows it counts.
 * Every row is accounted for: counted, left out by a choice the curator made (and listed), or a problem that
 * stops the import. Names are read only to count a person listed twice once; nothing here keeps them.
 */
final class PersonListCounter {

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

    Counted count(ImportFile.Parsed file) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> notes = new ArrayList<>();
        PersonListMappingCheck check = new PersonListMappingCheck(mapping, incidentExists);
        if (!check.columnsExist(file.header(), problems)) {
            return new Counted(List.of(), problems, notes, List.of());
        }
        List<ColumnCells> cells = check.choicesMade(file.rows(), problems);
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
                    Tally tally = tallies.computeIfAbsent(
                            new FigureKey(incident, country, StoredCode.fromCode(CountKind.class, code)),
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
        return cell(row, mapping.yearColumn(), mapping.emptyYear() == EmptyYear.LEAVE_OUT, "no year", token -> {
            Matcher match = PersonListCells.YEAR.matcher(token);
            if (!match.matches()) {
                return Token.problem("is not a year: write 2019, several as \"2019; 2020\", or a range as 2019–2021");
            }
            int first = Integer.parseInt(match.group(1));
            int last = match.group(2) == null ? first : Integer.parseInt(match.group(2));
            if (first < DatasetYears.FIRST || last > currentYear || last < first) {
                return Token.problem("is not a year from " + DatasetYears.FIRST + " to " + currentYear);
            }
            return Token.of(IntStream.rangeClosed(first, last).boxed().toList());
        }, problems);
    }

    private Cell<Country> rowCountries(ImportFile.Row row, List<ImportProblem> problems) {
        return cell(row, mapping.countryColumn(), mapping.emptyCountry() == EmptyCountry.LEAVE_OUT, "no country",
                token -> countries.apply(token).map(country -> Token.of(List.of(country)))
                        .orElseGet(() -> Token.problem("is not a country the dashboard knows: write its name as the"
                                + " dashboard does (e.g. Mexico) or its two-letter code (MX)")), problems);
    }

    /** What one value in a cell reads as, or what is wrong with it. */
    private record Token<T>(List<T> values, String problem) {

        static <T> Token<T> of(List<T> values) {
            return new Token<>(values, null);
        }

        static <T> Token<T> problem(String problem) {
            return new Token<>(List.of(), problem);
        }
    }

    /**
     * The row's values in a column, each read once, under the curator's choices: an empty cell leaves the row out
     * or gives no values, and of several values only the first counts if the curator chose so. A value that does
     * not read is a problem on the row and the column.
     */
    private <T> Cell<T> cell(ImportFile.Row row, String column, boolean leaveOutEmpty, String empty,
                             Function<String, Token<T>> read, List<ImportProblem> problems) {
        List<String> tokens = PersonListCells.values(row, column);
        if (tokens.isEmpty()) {
            return leaveOutEmpty ? Cell.leftOut(empty + " (you chose to leave such rows out)") : Cell.of(List.of());
        }
        List<T> values = new ArrayList<>();
        for (String token : tokens) {
            Token<T> readAs = read.apply(token);
            if (readAs.problem() != null) {
                problems.add(new ImportProblem(row.number(), column, "\"" + token + "\" " + readAs.problem()));
                return Cell.failed();
            }
            readAs.values().stream().filter(value -> !values.contains(value)).forEach(values::add);
        }
        boolean firstOnly = values.size() > 1 && mapping.severalValues().get(column) == SeveralValues.FIRST;
        return Cell.of(firstOnly ? List.of(values.getFirst()) : values);
    }

    /** What the split gives this row; null if the curator chose to leave such rows out. */
    private List<String> chosen(ImportFile.Row row, Split split) {
        if (!split.byColumn()) {
            // not chosen yet: already a problem, and the row counts nowhere meanwhile
            return split.fixed() == null ? List.of() : List.of(split.fixed());
        }
        List<String> tokens = PersonListCells.values(row, split.column());
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
        for (String column : PersonListCells.splitColumns(mapping)) {
            if (PersonListCells.hasSeveral(row, column, mapping.yearColumn())
                    && mapping.severalValues().get(column) == SeveralValues.LEAVE_OUT) {
                return "several values in column " + column + " (you chose to leave such rows out)";
            }
        }
        return null;
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
}
