package org.privacyimpact.incident;

import java.util.List;

import org.privacyimpact.dataset.Area;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * One row of the incident list.
 *
 * @param firstReported year of the earliest dated source the dataset cites for it; null if none is dated
 * @param largest       its largest preferred figure; null while it has none
 */
public record IncidentSummary(String id, String name, String shortName, String toolOrVendor, String platform,
                              int yearStart, Integer yearEnd, Integer firstReported, int figures, int countries,
                              List<CountKind> kinds, boolean hasUnverified, Largest largest) {

    /** The number a reader of the list looks for first: how many people, of which kind, where. */
    public record Largest(int count, ValueQualifier qualifier, CountKind kind, CountedUnit unit, Area area,
                          boolean verified) {

        /** "about 1,400 people notified by the platform, Worldwide" */
        public String inWords() {
            return qualifier.describe(count) + " " + kind.counted(count, unit) + ", " + area.name();
        }
    }

    public String years() {
        return yearEnd == null || yearEnd == yearStart ? String.valueOf(yearStart) : yearStart + "–" + yearEnd;
    }
}
