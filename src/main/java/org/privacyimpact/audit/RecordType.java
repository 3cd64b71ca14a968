package org.privacyimpact.audit;

import org.privacyimpact.dataset.StoredCode;

/** The kinds of record a curator or admin changes, by the table they live in. */
public enum RecordType implements StoredCode {
    SOURCE("source", "Source"),
    INCIDENT("incident", "Incident"),
    FIGURE("target_figure", "Target figure"),
    USER_BASE("platform_user_base", "User base"),
    RELEASE("dataset_release", "Dataset release"),
    ACCOUNT("app_user", "Account");

    private final String code;
    private final String label;

    RecordType(String code, String label) {
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
}
