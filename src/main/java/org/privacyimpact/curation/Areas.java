package org.privacyimpact.curation;

/** A figure's or user base's area as its table stores it: a country, or worldwide when no country is given. */
final class Areas {

    static final String WORLDWIDE = "worldwide";
    static final String COUNTRY = "country";

    private Areas() {
    }

    static String of(String countryIso2) {
        return countryIso2 == null ? WORLDWIDE : COUNTRY;
    }

    /** The stored code (a fixed-width column) without its padding. */
    static String trimmed(String countryIso2) {
        return countryIso2 == null ? null : countryIso2.trim();
    }
}
