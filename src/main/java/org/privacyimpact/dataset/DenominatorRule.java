package org.privacyimpact.dataset;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * What a figure may be divided by, stated per figure in the data (target_figure.denominator_rule): a rate only
 * means something when the people counted were drawn from the people it divides by.
 */
@RequiredArgsConstructor
public enum DenominatorRule implements ExplainedCode {
    /** The people counted are users of the incident's platform in the figure's area: any denominator fits. */
    AREA_USERS(new Term("country_user_base", "Any denominator of the area",
            "The people counted are in this area and used the platform the attack went through.")),
    /**
     * The people counted are spread over several platforms ("across our platforms and others"): one platform's
     * users would be the wrong denominator, internet users and the population are not.
     */
    SEVERAL_PLATFORMS(new Term("several_platforms", "Not one platform's users",
            "The people counted used several platforms, so no single platform's users are the right denominator; "
                    + "internet users and the population are.")),
    /** The people counted are not this area's people at all (selected abroad, an organisation's seat). */
    NO_RATE(new Term("no_rate", "No rate",
            "The people counted are not this area's people, so no denominator of the area fits."));

    @Getter
    private final Term term;

    /** Whether the figure may be divided by the users of one platform. */
    public boolean allowsPlatformUsers() {
        return this == AREA_USERS;
    }

    /** Whether the figure may be divided by the area's internet users or population. */
    public boolean allowsGeneralDenominators() {
        return this != NO_RATE;
    }
}
