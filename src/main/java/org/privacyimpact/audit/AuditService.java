package org.privacyimpact.audit;

import java.io.OutputStream;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.export.SpreadsheetSafeCsv;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The whole audit trail, for admins: a page at a time on screen, all of it as CSV. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditService {

    /** One row per changed field, so a spreadsheet can filter by field; an entry without fields is one row. */
    public static final List<String> CSV_COLUMNS = List.of("changed_at", "actor", "action", "record_type",
            "record_key", "field", "old_value", "new_value", "comment");

    private final AuditLog audit;

    @ReadOnlyTransactional
    public List<AuditEntry> page(int offset, int limit) {
        return audit.page(offset, limit);
    }

    @ReadOnlyTransactional
    public int count() {
        return audit.count();
    }

    /** Streamed from a cursor; every text cell neutralised against spreadsheet formulas. */
    @ReadOnlyTransactional
    public void csv(OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, CSV_COLUMNS)) {
            audit.stream(entry -> {
                if (entry.changes().isEmpty()) {
                    csv.printRow(entry.changedAt().toString(), entry.actor(), entry.action().code(),
                            entry.recordType().code(), entry.recordKey(), null, null, null, entry.comment());
                }
                entry.changes().forEach(change -> csv.printRow(entry.changedAt().toString(), entry.actor(),
                        entry.action().code(), entry.recordType().code(), entry.recordKey(), change.field(),
                        change.oldValue(), change.newValue(), entry.comment()));
            });
        }
    }
}
