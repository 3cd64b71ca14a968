package org.privacyimpact.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One change to one record, as the audit trail keeps it.
 *
 * @param recordKey the record's stable key: a figure's or user base's reference id, an incident's id, a
 *                  source's number, a release's version, an account's name
 * @param comment   why, in the curator's words; null if none was given
 */
public record AuditEntry(long id, OffsetDateTime changedAt, String actor, AuditAction action, RecordType recordType,
                         String recordKey, String comment, List<FieldChange> changes) {

    /** One field's value before and after; null where there was none (a new record, a cleared field). */
    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
