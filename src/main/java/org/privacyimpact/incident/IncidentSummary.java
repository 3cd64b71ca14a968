package org.privacyimpact.incident;

import java.util.List;

import org.privacyimpact.dataset.CountKind;

/**
 * One row of the incident list.
 *
 * @param firstReported year of the earliest dated source the dataset cites for it; null if none is dated
 */
public record IncidentSummary(String id, String name, String shortName, String toolOrVendor, String platform,
                              int yearStart, Integer yearEnd, Integer firstReported, int figures, int countries,
                              List<CountKind> kinds, boolean hasUnverified) {

    public String years() {
        return yearEnd == null || yearEnd == yearStart ? String.valueOf(yearStart) : yearStart + "–" + yearEnd;
    }
}
