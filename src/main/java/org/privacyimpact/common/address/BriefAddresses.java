package org.privacyimpact.common.address;

/**
 * Where the briefs are served, in the data API: named once for the endpoints that answer there and for the
 * pages that link to them.
 */
public final class BriefAddresses {

    public static final String COUNTRY = "/api/v1/countries/{iso2}/brief.pdf";
    public static final String WORLD = "/api/v1/world/brief.pdf";

    private BriefAddresses() {
    }

    /** A country's brief from the dashboard's root, without the leading slash, as a page's link wants it. */
    public static String country(String iso2) {
        return COUNTRY.substring(1).replace("{iso2}", iso2);
    }

    /** The world's brief from the dashboard's root, without the leading slash. */
    public static String world() {
        return WORLD.substring(1);
    }
}
