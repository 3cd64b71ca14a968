package org.privacyimpact.dataset;

/**
 * The counts behind the headline cards, the timeline and the incident list (incident_tally, kind_area_tally,
 * V12): figures per incident, and per count kind and area.
 */
public interface FigureTallies extends DerivedTable {
}
