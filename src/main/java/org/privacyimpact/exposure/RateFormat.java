package org.privacyimpact.exposure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How a per-million rate reads on screen: two decimals, or two significant digits for very small rates. */
public final class RateFormat {

    private static final BigDecimal SMALL = new BigDecimal("0.1");

    private RateFormat() {
    }

    public static String perMillion(BigDecimal rate) {
        BigDecimal shown = rate.abs().compareTo(SMALL) >= 0 || rate.signum() == 0
                ? rate.setScale(2, RoundingMode.HALF_UP)
                : rate.round(new MathContext(2, RoundingMode.HALF_UP));
        return shown.toPlainString();
    }
}
