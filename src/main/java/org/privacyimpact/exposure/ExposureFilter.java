package org.privacyimpact.exposure;

import java.util.Objects;

import org.privacyimpact.dataset.CountKind;

/**
 * Which figures a comparison shows: incidents delivered through one platform, active in one year, counted
 * one way, divided by one kind of denominator.
 */
public record ExposureFilter(String platform, int year, CountKind countKind, Denominator denominator) {

    public ExposureFilter {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(countKind, "countKind");
        Objects.requireNonNull(denominator, "denominator");
    }

    public ExposureFilter(String platform, int year, CountKind countKind) {
        this(platform, year, countKind, Denominator.PLATFORM_USERS);
    }

    /** The founding case: people WhatsApp notified of the 2019 Pegasus attack, against WhatsApp's users. */
    public static ExposureFilter whatsApp2019() {
        return new ExposureFilter("WhatsApp", 2019, CountKind.NOTIFIED_BY_PLATFORM);
    }

    public ExposureFilter withDenominator(Denominator other) {
        return new ExposureFilter(platform, year, countKind, other);
    }
}
