package org.privacyimpact.dataset;

/**
 * Which user figures to list; every member optional (null = any).
 *
 * @param platform a platform's name as stored, e.g. "WhatsApp" or "Internet (all)"
 * @param country  ISO alpha-2; "worldwide" rows have none
 */
public record UserBaseFilter(String platform, String country, UserBaseMetric metric) {

    public static final UserBaseFilter ALL = new UserBaseFilter(null, null, null);
}
