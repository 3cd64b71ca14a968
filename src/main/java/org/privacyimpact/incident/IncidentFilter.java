package org.privacyimpact.incident;

import org.privacyimpact.dataset.CountKind;

/**
 * Which incidents the list shows. Every member is optional (null = any).
 *
 * @param text     words to find in the name, vendor or summary (matched case-insensitively, as plain text)
 * @param vendor   words to find in the spyware or vendor
 * @param platform the platform the attack went through, by name
 * @param kind     only incidents with a figure of this kind
 * @param country  only incidents with a figure for this country (ISO alpha-2)
 */
public record IncidentFilter(String text, String vendor, String platform, CountKind kind, String country,
                             Integer fromYear, Integer toYear) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null, null, null);
}
