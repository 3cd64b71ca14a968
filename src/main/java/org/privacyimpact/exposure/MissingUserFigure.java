package org.privacyimpact.exposure;

/**
 * A gap in the denominators: figures for a country that could have a rate against {@code denominator} but have
 * none, because no user figure of that kind for the country lies within two years of them.
 *
 * @param platform the incident's platform when the denominator is platform users; null for internet users and
 *                 population
 * @param fromYear first year of the figures' periods
 * @param toYear   last year of the figures' periods
 * @param figures  how many listed figures wait for such a user figure
 */
public record MissingUserFigure(Denominator denominator, String platform, String country, int fromYear,
                                int toYear, int figures) {

    /** "Bahrain (2019, 2 figures)", "Italy (2024–2025)". */
    public String describe() {
        String years = fromYear == toYear ? String.valueOf(fromYear) : fromYear + "–" + toYear;
        return country + " (" + years + (figures > 1 ? ", " + figures + " figures" : "") + ")";
    }
}
