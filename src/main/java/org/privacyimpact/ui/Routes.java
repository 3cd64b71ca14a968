package org.privacyimpact.ui;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * The public views' addresses, written once: each view's {@code @Route} takes its template from here, and links
 * from the overview, the menu and the error pages build their addresses here instead of naming the view's class.
 * A class named in a view tells Vaadin's production build that the view needs the named view's scripts, so one
 * link by class from the overview put every page's components, curation's included, into the first visit's
 * JavaScript (issue 16). {@code ArchitectureTest} keeps it so.
 */
public final class Routes {

    public static final String OVERVIEW = "";
    public static final String COMPARE = "compare";
    public static final String INCIDENTS = "incidents";
    public static final String METHODOLOGY = "methodology";
    public static final String LOGIN = "login";
    public static final String COUNTRY_ISO = "iso";
    public static final String COUNTRY = "countries/:" + COUNTRY_ISO;
    public static final String INCIDENT_ID = "id";
    public static final String INCIDENT = INCIDENTS + "/:" + INCIDENT_ID;

    private Routes() {
    }

    /** A country's page, by its ISO 3166-1 alpha-2 code. */
    public static String country(String iso2) {
        return COUNTRY.replace(":" + COUNTRY_ISO, segment(iso2));
    }

    /** An incident's page, by its identifier. */
    public static String incident(String incidentId) {
        return INCIDENT.replace(":" + INCIDENT_ID, segment(incidentId));
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
