package org.privacyimpact.curation;

import java.util.Map;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * How to read a list with one row per targeted person: which of its columns say what, and what cells with several
 * values or none mean. Column names and choices only, never a cell of the file, so it can be remembered for the
 * next file with the same header.
 *
 * @param countryColumn  the column naming a country (a name as the dashboard writes it, or a two-letter code)
 * @param countryMeaning whose country that is: it decides whether the figure may be divided by the country's users
 * @param yearColumn     the year(s) of the attack: they give each figure its period
 * @param personColumn   optional: a name or code name, read only to count a person listed twice once, never stored
 * @param sourcesColumn  optional: the row's own sources; their links are kept with the figure
 * @param incident       which incident a row counts toward: one for all rows, or by the value of a column
 * @param countKind      which kind of count (stored code) a row counts toward: one for all rows, or by a column
 * @param severalValues  per column (country, year, split columns): what a cell with several values means
 * @param emptyCountry   what a row without a country means; null while the file has no such row
 * @param emptyYear      what a row without a year means; null while the file has no such row
 * @param worldwideFigure whether to count every row (also those without a country) toward a worldwide figure
 */
public record PersonListMapping(ListDescription list, String countryColumn, CountryMeaning countryMeaning,
                                String yearColumn, String personColumn, String sourcesColumn, Split incident,
                                Split countKind, Map<String, SeveralValues> severalValues, EmptyCountry emptyCountry,
                                EmptyYear emptyYear, boolean worldwideFigure) {

    public PersonListMapping {
        incident = incident == null ? Split.of(null) : incident;
        countKind = countKind == null ? Split.of(null) : countKind;
        severalValues = severalValues == null ? Map.of() : Map.copyOf(severalValues);
    }

    /**
     * What the list is, as its figures will cite it.
     *
     * @param keyPrefix    starts every figure's reference id (2 to 10 capital letters or digits), so a later
     *                     version of the list finds the same figures
     * @param onePlatform  every row was attacked through the incident's own platform (else: several platforms)
     * @param victimGroups who the rows are, in words, for every figure (optional)
     */
    public record ListDescription(String title, String publisher, String url, String keyPrefix,
                                  ValueQualifier qualifier, boolean verified, boolean onePlatform,
                                  String victimGroups) {
    }

    /**
     * One value for every row ({@code fixed}), or the value of {@code column} looked up in {@code byValue}: a cell
     * value (stripped; "" for an empty cell) to an incident id or count-kind code, or to "" to leave those rows
     * out. A value with no entry stops the import until the curator chooses.
     */
    public record Split(String column, String fixed, Map<String, String> byValue) {

        public Split {
            byValue = byValue == null ? Map.of() : Map.copyOf(byValue);
        }

        public static Split of(String fixed) {
            return new Split(null, fixed, Map.of());
        }

        public static Split byColumn(String column, Map<String, String> byValue) {
            return new Split(column, null, byValue);
        }

        public boolean byColumn() {
            return column != null;
        }
    }

    @RequiredArgsConstructor
    public enum CountryMeaning {
        /** Where the person was, or whose citizen: the country's users are the people the person was drawn from. */
        PERSON_LOCATION("the person's country"),
        /** The country whose agency ran the attack: never divided by its own users. */
        OPERATOR("the operator's country");

        @Getter
        private final String label;
    }

    /** What a cell with several values ("2019; 2020", "Mexico; El Salvador") means for its row. */
    @RequiredArgsConstructor
    public enum SeveralValues {
        EACH("Count the row under each value"),
        FIRST("Count the row once, under the first value"),
        LEAVE_OUT("Leave the row out");

        @Getter
        private final String label;
    }

    @RequiredArgsConstructor
    public enum EmptyCountry {
        WORLDWIDE_ONLY("Count the row only toward the worldwide figure"),
        LEAVE_OUT("Leave the row out");

        @Getter
        private final String label;
    }

    @RequiredArgsConstructor
    public enum EmptyYear {
        COUNT_WITHOUT_YEAR("Count the row; it adds no year to the figure's period"),
        LEAVE_OUT("Leave the row out");

        @Getter
        private final String label;
    }
}
