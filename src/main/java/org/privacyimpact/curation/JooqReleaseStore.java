package org.privacyimpact.curation;

import static org.privacyimpact.db.Tables.AUDIT_ENTRY;
import static org.privacyimpact.db.Tables.DATASET_CHANGE;
import static org.privacyimpact.db.Tables.DATASET_RELEASE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.privacyimpact.audit.AuditAction;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class JooqReleaseStore {

    private final DSLContext db;
    private final AuditLog audit;

    void publish(String version, LocalDate releasedOn, String summary, List<String> changes, String actor) {
        db.insertInto(DATASET_RELEASE, DATASET_RELEASE.VERSION, DATASET_RELEASE.RELEASED_ON, DATASET_RELEASE.SUMMARY)
                .values(version, releasedOn, summary).execute();
        var insert = db.insertInto(DATASET_CHANGE, DATASET_CHANGE.VERSION, DATASET_CHANGE.DESCRIPTION);
        for (String change : changes) {
            insert = insert.values(version, change);
        }
        insert.execute();
        List<AuditEntry.FieldChange> fields = new ArrayList<>();
        fields.add(new AuditEntry.FieldChange("summary", null, summary));
        for (int i = 0; i < changes.size(); i++) {
            fields.add(new AuditEntry.FieldChange("change %02d".formatted(i + 1), null, changes.get(i)));
        }
        audit.write(actor, AuditAction.PUBLISH, RecordType.RELEASE, version, null, fields);
    }

    /** Dataset edits (not account changes) audited after the last release published from the product. */
    @ReadOnlyTransactional
    List<AuditEntry> changesSinceLastPublish() {
        Long lastPublish = db.select(DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTION.eq(AuditAction.PUBLISH)).fetchSingle().value1();
        return audit.datasetChangesAfter(lastPublish == null ? 0 : lastPublish);
    }
}
