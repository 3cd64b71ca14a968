package org.privacyimpact.incident;

import java.util.List;

import org.privacyimpact.dataset.Area;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * A preferred figure with the competing values other sources give for the same incident, area and kind.
 *
 * @param subsetOf       the reference id of the figure this one counts part of; null if none
 * @param denominatorRule what the figure may be divided by
 * @param competing      the other values, each with its own source
 */
public record FigureLine(String referenceId, Area area, int count, ValueQualifier qualifier, CountKind kind,
                         String victimGroups, int periodStart, int periodEnd, boolean verified, String notes,
                         SourceCitation source, String subsetOf, DenominatorRule denominatorRule,
                         List<FigureLine> competing) {

    public String describe() {
        return qualifier.describe(count);
    }

    public String period() {
        return periodStart == periodEnd ? String.valueOf(periodStart) : periodStart + "–" + periodEnd;
    }
}
