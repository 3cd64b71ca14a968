package org.privacyimpact.common.address;

/**
 * Where the embeddable charts are served: the only pages other sites may frame. Named once for the controller that
 * answers there, the security rule that lets them be framed, and the views' "Embed" buttons.
 */
public final class EmbedAddresses {

    /** Everything under it may be framed by any site, and nothing under it opens a session. */
    public static final String ALL = "/embed/**";
    /** The Compare view's chart; the same parameters as /compare. */
    public static final String COMPARE = "/embed/compare";
    /** The overview's map; the same parameters as the overview (kind, denominator). */
    public static final String MAP = "/embed/map";
    /** A country's rates of one count kind; the country page's parameters and a kind. */
    public static final String COUNTRY = "/embed/countries/{iso2}";

    private EmbedAddresses() {
    }

    /** A country's embed from the dashboard's root, without the leading slash. */
    public static String country(String iso2) {
        return COUNTRY.substring(1).replace("{iso2}", iso2);
    }
}
