package org.privacyimpact.audit;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.StoredCode;

@RequiredArgsConstructor
public enum AuditAction implements StoredCode {
    CREATE("create"), UPDATE("update"), RETIRE("retire"), RESTORE("restore"), PUBLISH("publish");

    @Getter
    private final String code;
}
