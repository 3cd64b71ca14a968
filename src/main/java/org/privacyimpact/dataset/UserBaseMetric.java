package org.privacyimpact.dataset;

/** What a user-base figure counts; rates are only comparable within one metric. */
public enum UserBaseMetric implements StoredCode {
    MONTHLY_ACTIVE_USERS("monthly_active_users", "monthly active users",
            "People who used the platform at least once in a month, as the platform reports them. Platforms "
                    + "define and count users in their own ways, and rarely audit figures by country."),
    USERS_UNSPECIFIED("users_unspecified", "users",
            "Users as the source states them, without saying whether they are monthly active users, registered "
                    + "accounts or something else. Most platform figures are of this kind."),
    ACCOUNTS("accounts", "accounts",
            "Registered accounts. One person can have several, and some accounts are no longer used."),
    ACTIVE_DEVICES("active_devices", "active devices",
            "Devices in use, not people: one person can own several."),
    INTERNET_USERS("internet_users", "internet users",
            "People who used the internet, as estimated by international statistics."),
    POPULATION("population", "people", "Everyone living in the country.");

    private final String code;
    private final String label;
    private final String definition;

    UserBaseMetric(String code, String label, String definition) {
        this.code = code;
        this.label = label;
        this.definition = definition;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    public static UserBaseMetric fromCode(String code) {
        return StoredCode.fromCode(UserBaseMetric.class, code);
    }
}
