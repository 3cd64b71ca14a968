package org.privacyimpact.curation;

import java.time.OffsetDateTime;

import org.privacyimpact.audit.RecordType;
import org.privacyimpact.common.MinuteInUtc;

/**
 * Someone saved the record after this editor opened it: the save was refused and nothing was overwritten.
 * Names who changed it and when, so the curator can reload, compare and decide.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(RecordType type, String key, String changedBy, OffsetDateTime changedAt) {
        super("%s %s was changed by %s at %s after you opened it. Nothing was saved: reload it to see the new values, then make your change again."
                .formatted(type.label(), key, changedBy == null ? "another curator" : changedBy,
                        changedAt == null ? "an unknown time" : MinuteInUtc.of(changedAt)));
    }
}
