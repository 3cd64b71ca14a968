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
 * @param periodStart    the first year the figure covers; null where the source gives none
 * @param periodEnd      the last year, the first where the source gives one year; null with it
 * @param subsetOf       the reference id of the figure this one counts part of; null if none
 * @param denominatorRule what the figure may be divided by
 * @param competing      the other values, each with its own source
 */
public record FigureLine(String referenceId, Area area, int count, ValueQualifier qualifier, CountKind kind,
                         String victimGroups, Integer periodStart, Integer periodEnd, boolean verified, String notes,
                         SourceCitation source, String subsetOf, DenominatorRule denominatorRule,
                         List<FigureLine> competing) {

    public String describe() {
        return qualifier.describe(count);
    }

    /** "2019", "2017–2019", or that the source gives no year: never a made-up year. */
    public String period() {
        if (periodStart == null) {
            return "not stated";
        }
        return periodStart.equals(periodEnd) ? String.valueOf(periodStart) : periodStart + "–" + periodEnd;
    }
}
