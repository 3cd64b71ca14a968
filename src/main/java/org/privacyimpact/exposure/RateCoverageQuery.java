package org.privacyimpact.exposure;

import java.util.List;

/** How many listed country figures have a rate, per count kind and denominator. Read-only. */
public interface RateCoverageQuery {

    /**
     * One entry per count kind and denominator (kinds and denominators in their declared order), counting the
     * rows {@link TargetedPerMillionQuery} lists for countries: the same figures, rates and reasons.
     */
    List<RateCoverage> coverage();

    /**
     * The user figures the dataset lacks: for each denominator (and, for platform users, each platform) the
     * countries whose figures have no rate only because no user figure of that kind lies within two years; by
     * denominator, platform and country.
     */
    List<MissingUserFigure> missingUserFigures();
}
