package org.privacyimpact.curation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.StoredCode;

/** Reads one row's cells into typed values, recording a problem (row, column, message) for each bad cell. */
@RequiredArgsConstructor
final class ImportCells {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

    private final ImportFile.Row row;
    private final List<ImportProblem> problems;
    private boolean ok = true;

    boolean ok() {
        return ok;
    }

    String text(String column) {
        return row.get(column);
    }

    /** The cell exactly as written: a quote is kept word for word. */
    String raw(String column) {
        return row.cells().get(column);
    }

    Integer integer(String column) {
        return number(column, Integer::valueOf, "a whole number, e.g. 121");
    }

    Long longNumber(String column) {
        return number(column, Long::valueOf, "a whole number, e.g. 400000000");
    }

    /**
     * Plain digits 0 to 9, a minus sign allowed so that "-3" is told "must be 0 or more". Java's parsers
     * also take "+7" and other scripts' digits (e.g. Arabic-Indic), which no exported file contains.
     */
    private <T> T number(String column, Function<String, T> parse, String expected) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value.strip()).matches()) {
            return problem(column, "\"" + value + "\" is not " + expected + " (digits 0 to 9 only, no signs or"
                    + " separators)");
        }
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException e) {
            return problem(column, "\"" + value + "\" is too large");
        }
    }

    boolean bool(String column) {
        String value = row.get(column);
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(column, "\"" + value + "\" is not true or false");
                yield false;
            }
        };
    }

    <E extends Enum<E> & StoredCode> E code(String column, Class<E> type) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return StoredCode.fromCode(type, value.strip());
        } catch (IllegalArgumentException e) {
            List<String> codes = Arrays.stream(type.getEnumConstants()).map(StoredCode::code).toList();
            return problem(column, "\"" + value + "\" is not one of " + String.join(", ", codes));
        }
    }

    LocalDate date(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return problem(column, "\"" + value + "\" is not a date written YYYY-MM-DD");
        }
    }

    /** "2019" or "2019-11": the year and the month (0 if none). */
    int[] yearMonth(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        var match = Pattern.compile("([0-9]{4})(?:-([0-9]{1,2}))?").matcher(value.strip());
        if (!match.matches()) {
            return problem(column, "\"" + value + "\" is not a year (2019) or a month (2019-11)");
        }
        return new int[] {Integer.parseInt(match.group(1)),
                match.group(2) == null ? 0 : Integer.parseInt(match.group(2))};
    }

    /**
     * The country: country_iso2, blank for worldwide. The area column (the API writes the area's name, e.g.
     * "India" or "Worldwide") is not imported, but it must not contradict the code.
     */
    String areaCountry() {
        String area = row.get("area");
        String country = row.get("country_iso2");
        boolean worldwide = area != null && area.strip().equalsIgnoreCase("worldwide");
        if (worldwide && country != null) {
            return problem("country_iso2", "Must be empty when area is " + area.strip());
        }
        if (country == null && area != null && !worldwide) {
            return problem("country_iso2", "Required: area says \"" + area.strip() + "\"; give its two-letter"
                    + " ISO code (e.g. BR), or write Worldwide as the area");
        }
        return country;
    }

    private <T> T problem(String column, String message) {
        problems.add(new ImportProblem(row.number(), column, message));
        ok = false;
        return null;
    }
}
