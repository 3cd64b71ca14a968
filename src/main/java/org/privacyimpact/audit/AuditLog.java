package org.privacyimpact.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The append-only trail of every change: written by the curation store (and, through {@link AuditWriter} alone,
 * by account changes), read by history panels, admins and the release that lists what changed.
 */
public interface AuditLog extends AuditWriter {

    /** A record's changes, newest first. */
    List<AuditEntry> history(RecordType type, String key);

    /** All changes, newest first, a page at a time. */
    List<AuditEntry> page(int offset, int limit);

    int count();

    /** All changes, newest first, from a cursor: the CSV export of the whole log. */
    void stream(Consumer<AuditEntry> each);

    /** The newest entry about a record: who to name when a save meets a newer version. */
    Optional<AuditEntry> latest(RecordType type, String key);

    /** Changes to the dataset's records (not releases or accounts) entered after the given entry, newest first. */
    List<AuditEntry> datasetChangesAfter(long entryId);
}
