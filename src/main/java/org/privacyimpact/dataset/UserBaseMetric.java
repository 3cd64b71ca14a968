package org.privacyimpact.dataset;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a user-base figure counts; rates are only comparable within one metric. */
@RequiredArgsConstructor
public enum UserBaseMetric implements ExplainedCode {
    MONTHLY_ACTIVE_USERS(new Term("monthly_active_users", "monthly active users",
            "People who used the platform at least once in a month, as the platform reports them. Platforms "
                    + "define and count users in their own ways, and rarely audit figures by country.")),
    USERS_UNSPECIFIED(new Term("users_unspecified", "users",
            "Users as the source states them, without saying whether they are monthly active users, registered "
                    + "accounts or something else. Most platform figures are of this kind.")),
    ACCOUNTS(new Term("accounts", "accounts",
            "Registered accounts. One person can have several, and some accounts are no longer used.")),
    ACTIVE_DEVICES(new Term("active_devices", "active devices",
            "Devices in use, not people: one person can own several.")),
    INTERNET_USERS(new Term("internet_users", "internet users",
            "People who used the internet, as estimated by international statistics.")),
    POPULATION(new Term("population", "people", "Everyone living in the country."));

    @Getter
    private final Term term;
}
