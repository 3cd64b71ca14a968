package org.privacyimpact.audit;

import java.util.List;

/** Writes one entry of the audit trail inside the caller's transaction (for changes made outside curation). */
public interface AuditWriter {

    void write(String actor, AuditAction action, RecordType type, String key, String comment,
               List<AuditEntry.FieldChange> changes);
}
