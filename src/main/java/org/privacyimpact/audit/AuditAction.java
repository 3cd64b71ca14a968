package org.privacyimpact.audit;

import org.privacyimpact.dataset.StoredCode;

public enum AuditAction implements StoredCode {
    CREATE("create"), UPDATE("update"), RETIRE("retire"), RESTORE("restore"), PUBLISH("publish");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
