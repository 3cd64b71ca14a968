package org.privacyimpact.exposure;

import java.util.List;

/** How many listed country figures have a rate, per count kind and denominator. Read-only. */
public interface RateCoverageQuery {

    /**
     * One entry per count kind and denominator (kinds and denominators in their declared order), counting the
     * rows {@link TargetedPerMillionQuery} lists for countries: the same figures, rates and reasons.
     */
    List<RateCoverage> coverage();
}
