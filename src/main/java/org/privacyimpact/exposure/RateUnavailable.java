package org.privacyimpact.exposure;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.ExplainedCode;
import org.privacyimpact.dataset.Term;

/**
 * Why a row has no per-million rate: a misleading number is worse than none. Stored with each rate
 * (figure_rate.rate_unavailable), worked out by {@link #of} when the rates are.
 */
@RequiredArgsConstructor
public enum RateUnavailable implements ExplainedCode {
    NOT_THE_AREAS_USERS(new Term("not_the_areas_users", "not this area's people",
            "The people counted are not users located in this area, so dividing by its user base would mislead.")),
    NOT_ONE_PLATFORM(new Term("not_one_platform", "not one platform's users",
            "The people counted are not one platform's users (numbers on a leaked list, or notices sent across "
                    + "several platforms): compare them with internet users or the population instead.")),
    NO_USER_BASE_NEARBY(new Term("no_user_base_nearby",
            "no user figure within " + TargetedPerMillionQuery.MAX_YEAR_GAP + " years",
            "We found no figure of this kind of users for this area, from a source we could cite, within "
                    + TargetedPerMillionQuery.MAX_YEAR_GAP + " years of the incident. The methodology page lists "
                    + "every such gap."));

    /**
     * Why a listed figure has no rate against a denominator, or null when it has one: the one rule behind every
     * row's reason and every count of reasons.
     *
     * @param hasUserBase     whether a user figure of a fitting kind was found for the figure's area and years
     * @param throughPlatform whether the figure's incident went through a named platform
     */
    public static RateUnavailable of(boolean hasUserBase, DenominatorRule rule, Denominator denominator,
                                     boolean throughPlatform) {
        if (hasUserBase) {
            return null;
        }
        if (!rule.allowsGeneralDenominators()) {
            return NOT_THE_AREAS_USERS;
        }
        if (denominator.isPlatformSpecific() && (!rule.allowsPlatformUsers() || !throughPlatform)) {
            return NOT_ONE_PLATFORM;
        }
        return NO_USER_BASE_NEARBY;
    }

    /** Its label is a few words that fit in a table cell or under a chart: "not one platform's users". */
    @Getter
    private final Term term;
}
