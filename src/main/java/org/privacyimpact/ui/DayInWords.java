package org.privacyimpact.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as the pages write it for readers: "2 December 2026", the same in every language setting. */
public final class DayInWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DayInWords() {
    }

    public static String of(LocalDate day) {
        return DAY.format(day);
    }
}
