package org.privacyimpact.exposure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a per-million rate reads on screen: with the precision its numbers can carry and a reader can take in —
 * two decimals below 10 ("0.30"), one below 100 ("12.3"), none above ("860"), and two significant digits for
 * very small rates ("0.013"), and thousands grouped as every count on the page is ("14,859"). The full six
 * decimals stay in the CSV files and the API.
 */
public final class RateFormat {

    private static final BigDecimal SMALL = new BigDecimal("0.1");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private RateFormat() {
    }

    public static String perMillion(BigDecimal rate) {
        BigDecimal size = rate.abs();
        BigDecimal shown;
        if (rate.signum() == 0) {
            shown = rate.setScale(2, RoundingMode.HALF_UP);
        } else if (size.compareTo(SMALL) < 0) {
            shown = rate.round(new MathContext(2, RoundingMode.HALF_UP));
        } else if (size.compareTo(TEN) < 0) {
            shown = rate.setScale(2, RoundingMode.HALF_UP);
        } else if (size.compareTo(HUNDRED) < 0) {
            shown = rate.setScale(1, RoundingMode.HALF_UP);
        } else {
            shown = rate.setScale(0, RoundingMode.HALF_UP);
        }
        NumberFormat grouped = NumberFormat.getNumberInstance(Locale.ENGLISH);
        grouped.setMinimumFractionDigits(shown.scale());
        grouped.setMaximumFractionDigits(shown.scale());
        return grouped.format(shown);
    }
}
