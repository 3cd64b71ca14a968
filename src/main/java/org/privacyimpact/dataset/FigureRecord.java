package org.privacyimpact.dataset;

/**
 * One target figure as stored: preferred or competing, with its source and verbatim quote.
 *
 * @param unit     what one of the count is: people, phone numbers, accounts ...
 * @param periodStart the first year the figure covers; null where the source gives none
 * @param periodEnd the last year, the first where the source gives one year; null with it
 * @param subsetOf reference id of the figure this one counts part of; null if none
 * @param denominatorRule what the figure may be divided by
 * @param listTrail the rows behind a figure counted from a list with one row per person; null for any other
 */
public record FigureRecord(String referenceId, String incidentId, String incidentName, Area area, int count,
                           ValueQualifier qualifier, CountKind kind, CountedUnit unit, Integer periodStart,
                           Integer periodEnd,
                           String victimGroups, boolean verified, boolean preferred, String subsetOf,
                           DenominatorRule denominatorRule, String notes, SourceCitation source,
                           ListTrail listTrail) {
}
