package org.privacyimpact.dataset;

/**
 * What a figure is about: one country, or the whole world (never a made-up country code).
 *
 * @param countryIso2 ISO 3166-1 alpha-2 code, or null for worldwide
 * @param name        the country's name, or "Worldwide"
 */
public record Area(String countryIso2, String name) {

    public static final String WORLDWIDE_NAME = "Worldwide";
    /** How the database's area column says "one country" and "the whole world". */
    public static final String COUNTRY_CODE = "country";
    public static final String WORLDWIDE_CODE = "worldwide";
    /** Where one key per area is needed (lookup indexes, counts per area): a country code, or this for worldwide. */
    public static final String WORLDWIDE_KEY = "--";

    public static Area worldwide() {
        return new Area(null, WORLDWIDE_NAME);
    }

    public boolean isWorldwide() {
        return countryIso2 == null;
    }
}
