package org.privacyimpact.exposure;

import java.util.Set;

import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.StoredCode;
import org.privacyimpact.dataset.UserBaseMetric;

/**
 * What a count of people targeted is divided by. Each denominator accepts only user figures whose metric
 * counts that kind of people: the platform's users (not its devices), internet users, or the population.
 */
public enum Denominator implements StoredCode {
    PLATFORM_USERS("platform_users", "platform users", "users of the platform the attack went through",
            Set.of(UserBaseMetric.MONTHLY_ACTIVE_USERS, UserBaseMetric.USERS_UNSPECIFIED, UserBaseMetric.ACCOUNTS)),
    INTERNET_USERS("internet_users", "internet users", "people using the internet",
            Set.of(UserBaseMetric.INTERNET_USERS)),
    POPULATION("population", "population", "everyone living there", Set.of(UserBaseMetric.POPULATION));

    private final String code;
    private final String label;
    private final String explanation;
    private final Set<UserBaseMetric> metrics;

    Denominator(String code, String label, String explanation, Set<UserBaseMetric> metrics) {
        this.code = code;
        this.label = label;
        this.explanation = explanation;
        this.metrics = metrics;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** The user-figure metrics this denominator may divide by. */
    public Set<UserBaseMetric> metrics() {
        return metrics;
    }

    public boolean isPlatformSpecific() {
        return this == PLATFORM_USERS;
    }

    /** Whether a figure under this rule may be divided by this denominator. */
    public boolean fits(DenominatorRule rule) {
        return isPlatformSpecific() ? rule.allowsPlatformUsers() : rule.allowsGeneralDenominators();
    }

    public static Denominator fromCode(String code) {
        return StoredCode.fromCode(Denominator.class, code);
    }
}
