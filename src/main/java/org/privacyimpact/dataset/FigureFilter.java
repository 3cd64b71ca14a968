package org.privacyimpact.dataset;

/**
 * Which target figures to list; every member optional (null = any).
 *
 * @param country  ISO alpha-2
 * @param verified only verified (true) or only unverified (false) figures
 */
public record FigureFilter(String country, String incident, CountKind kind, Integer fromYear, Integer toYear,
                           Boolean verified) {

    public static final FigureFilter ALL = new FigureFilter(null, null, null, null, null, null);
}
