package org.privacyimpact.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A moment as curators read it everywhere: "2026-12-04 11:34 UTC". */
public final class MinuteInUtc {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private MinuteInUtc() {
    }

    public static String of(OffsetDateTime moment) {
        return MINUTE.format(moment.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
