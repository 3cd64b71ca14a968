package org.privacyimpact.curation;

import java.util.List;
import java.util.function.Consumer;

/** The append-only trail of every change: written by the curation store, read by history panels and admins. */
public interface AuditLog {

    /** A record's changes, newest first. */
    List<AuditEntry> history(RecordType type, String key);

    /** All changes, newest first, a page at a time. */
    List<AuditEntry> page(int offset, int limit);

    int count();

    /** All changes, newest first, from a cursor: the CSV export of the whole log. */
    void stream(Consumer<AuditEntry> each);
}
