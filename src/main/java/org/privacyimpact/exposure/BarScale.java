package org.privacyimpact.exposure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * Bars drawn without a chart library (a brief's pages, the overview's first screen) drawn to scale: a bar's
 * length is its rate ÷ the highest rate drawn beside it, from zero, so that twice the rate is twice the length.
 */
public record BarScale(BigDecimal highest) {

    public BarScale {
        if (highest.signum() <= 0) {
            throw new IllegalArgumentException("a scale needs a highest rate above zero, not " + highest);
        }
    }

    /** The scale of these rows' rates; each row must have one. */
    public static BarScale of(Collection<TargetedPerMillion> rows) {
        return new BarScale(rows.stream().map(TargetedPerMillion::perMillion).map(Objects::requireNonNull)
                .max(BigDecimal::compareTo).orElseThrow());
    }

    /** The bar's length as a share of the longest bar's, from 0 to 1. */
    public double share(BigDecimal rate) {
        return rate.divide(highest, 6, RoundingMode.HALF_UP).doubleValue();
    }
}
