package org.privacyimpact.dataset;

/**
 * One target figure as stored: preferred or competing, with its source and verbatim quote.
 *
 * @param subsetOf reference id of the figure this one counts part of; null if none
 * @param denominatorRule what the figure may be divided by
 */
public record FigureRecord(String referenceId, String incidentId, String incidentName, Area area, int count,
                           ValueQualifier qualifier, CountKind kind, int periodStart, int periodEnd,
                           String victimGroups, boolean verified, boolean preferred, String subsetOf,
                           DenominatorRule denominatorRule, String notes, SourceCitation source) {
}
