package org.privacyimpact.dataset;

import java.util.List;

/** What the dataset has, for checking the values a filter names. */
public interface KnownValues {

    /** The names of platforms and general denominators as stored, for validating a filter. */
    List<String> platformNames();

    /** The platforms published incidents went through: their names as stored, by name. */
    List<String> incidentPlatforms();

    boolean isCountry(String iso2);

    /** Only published incidents: a draft is not there for visitors. */
    boolean isIncident(String id);
}
