package org.privacyimpact.exposure;

/** Why a row has no per-million rate: a misleading number is worse than none. */
public enum RateUnavailable {
    NOT_THE_AREAS_USERS("The people counted are not users located in this area, so dividing by its user base "
            + "would mislead."),
    NOT_ONE_PLATFORM("The people counted are not one platform's users (for example numbers on a leaked list): "
            + "compare them with internet users or the population instead."),
    NO_USER_BASE_NEARBY("No figure of this kind of users for this area within " + TargetedPerMillionQuery.MAX_YEAR_GAP
            + " years of the incident.");

    private final String explanation;

    RateUnavailable(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
