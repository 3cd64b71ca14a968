package org.privacyimpact.exposure;

import java.util.Map;

import org.privacyimpact.dataset.CountKind;

/**
 * How complete the comparison is for one count kind and one denominator: of the figures listed for a country,
 * how many have a rate, and why the others have none.
 *
 * @param withoutRate figures without a rate, by reason; only reasons that occur
 */
public record RateCoverage(CountKind kind, Denominator denominator, int figures, int withRate,
                           Map<RateUnavailable, Integer> withoutRate) {

    /** Percent of the figures that have a rate, rounded down (so 99.6% never reads as complete); 0 of none. */
    public int percentWithRate() {
        return figures == 0 ? 0 : (int) (100L * withRate / figures);
    }
}
