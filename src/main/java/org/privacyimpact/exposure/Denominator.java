package org.privacyimpact.exposure;

import java.util.Set;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.ExplainedCode;
import org.privacyimpact.dataset.Term;
import org.privacyimpact.dataset.UserBaseMetric;

/**
 * What a count of people targeted is divided by. Each denominator accepts only user figures whose metric
 * counts that kind of people: the platform's users (not its devices), internet users, or the population.
 */
@RequiredArgsConstructor
public enum Denominator implements ExplainedCode {
    PLATFORM_USERS(new Term("platform_users", "platform users", "users of the platform the attack went through"),
            Set.of(UserBaseMetric.MONTHLY_ACTIVE_USERS, UserBaseMetric.USERS_UNSPECIFIED, UserBaseMetric.ACCOUNTS)),
    INTERNET_USERS(new Term("internet_users", "internet users", "people using the internet"),
            Set.of(UserBaseMetric.INTERNET_USERS)),
    POPULATION(new Term("population", "population", "everyone living there"), Set.of(UserBaseMetric.POPULATION));

    @Getter
    private final Term term;

    /** The user-figure metrics this denominator may divide by. */
    @Getter
    private final Set<UserBaseMetric> metrics;

    public boolean isPlatformSpecific() {
        return this == PLATFORM_USERS;
    }

    /** Whether a figure under this rule may be divided by this denominator. */
    public boolean fits(DenominatorRule rule) {
        return isPlatformSpecific() ? rule.allowsPlatformUsers() : rule.allowsGeneralDenominators();
    }
}
