package org.privacyimpact.dataset;

import java.util.List;

/**
 * The dataset at a glance. People are never totalled across count kinds, and not even within one: figures of
 * one kind overlap (a country's figure is part of its campaign's worldwide one), so each kind shows how many
 * figures and countries it has and its largest single figure.
 *
 * @param incidentsByYear incidents by the year of their earliest dated source, oldest first
 */
public record DatasetStatistics(int incidents, int countriesWithFigures, List<KindStatistics> kinds,
                                List<YearCount> incidentsByYear) {

    /** @param largest the largest preferred figure of this kind, with where and what it counts */
    public record KindStatistics(CountKind kind, int figures, int countries, Largest largest) {
    }

    /**
     * A kind's largest preferred figure with its source, so that a headline card opens it in one click.
     *
     * @param kind the kind it counts, and unit what one of it is, for its words ("phone numbers on a leaked list")
     */
    public record Largest(CountKind kind, CountedUnit unit, int count, ValueQualifier qualifier, Area area,
                          String incidentShortName, boolean verified, String notes, SourceCitation source) {

        /** "at least 50,000" */
        public String describe() {
            return qualifier.describe(count);
        }

        /** "at least 50,000 phone numbers on a leaked list" */
        public String inWords() {
            return describe() + " " + counted();
        }

        /** "phone numbers on a leaked list", the words after the number */
        public String counted() {
            return kind.counted(count, unit);
        }
    }

    /** How many incident names a {@link YearCount} carries; {@link DatasetQuery#incidentNamesByYear} has all. */
    public static final int NAMED_PER_YEAR = 12;

    /**
     * @param incidents  how many incidents were first reported that year
     * @param firstNames the first {@link #NAMED_PER_YEAR} of their short names, in alphabetical order
     */
    public record YearCount(int year, int incidents, List<String> firstNames) {
    }
}
