package org.privacyimpact.dataset;

/** What a user-base figure counts; rates are only comparable within one metric. */
public enum UserBaseMetric implements StoredCode {
    MONTHLY_ACTIVE_USERS("monthly_active_users", "monthly active users"),
    ACCOUNTS("accounts", "accounts"),
    ACTIVE_DEVICES("active_devices", "active devices"),
    INTERNET_USERS("internet_users", "internet users"),
    POPULATION("population", "people");

    private final String code;
    private final String label;

    UserBaseMetric(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static UserBaseMetric fromCode(String code) {
        return StoredCode.fromCode(UserBaseMetric.class, code);
    }
}
