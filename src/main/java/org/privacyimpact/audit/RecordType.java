package org.privacyimpact.audit;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.StoredCode;

/** The kinds of record a curator or admin changes, by the table they live in. */
@RequiredArgsConstructor
public enum RecordType implements StoredCode {
    SOURCE("source", "Source"),
    INCIDENT("incident", "Incident"),
    FIGURE("target_figure", "Target figure"),
    USER_BASE("platform_user_base", "User base"),
    RELEASE("dataset_release", "Dataset release"),
    ACCOUNT("app_user", "Account");

    @Getter
    private final String code;
    @Getter
    private final String label;
}
