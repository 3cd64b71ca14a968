package org.privacyimpact.audit;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.privacyimpact.db.Tables.AUDIT_CHANGE;
import static org.privacyimpact.db.Tables.AUDIT_ENTRY;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectLimitStep;
import org.jooq.impl.DSL;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@ReadOnlyTransactional
@RequiredArgsConstructor
class JooqAuditLog implements AuditLog {

    private static final int FETCH_SIZE = 1000;

    private static final Field<List<AuditEntry.FieldChange>> CHANGES = multiset(
            select(AUDIT_CHANGE.FIELD, AUDIT_CHANGE.OLD_VALUE, AUDIT_CHANGE.NEW_VALUE)
                    .from(AUDIT_CHANGE)
                    .where(AUDIT_CHANGE.ENTRY_ID.eq(AUDIT_ENTRY.ID))
                    .orderBy(AUDIT_CHANGE.FIELD))
            .as("changes")
            .convertFrom(changes -> changes.map(r -> new AuditEntry.FieldChange(r.value1(), r.value2(), r.value3())));

    private final DSLContext db;

    @Override
    public List<AuditEntry> history(RecordType type, String key) {
        return entries(AUDIT_ENTRY.RECORD_TYPE.eq(type).and(AUDIT_ENTRY.RECORD_KEY.eq(key)))
                .fetch(JooqAuditLog::entry);
    }

    @Override
    public List<AuditEntry> page(int offset, int limit) {
        return entries(DSL.noCondition()).offset(offset).limit(limit).fetch(JooqAuditLog::entry);
    }

    @Override
    public int count() {
        return db.fetchCount(AUDIT_ENTRY);
    }

    @Override
    public void stream(Consumer<AuditEntry> each) {
        try (Cursor<Record> cursor = entries(DSL.noCondition()).fetchSize(FETCH_SIZE).fetchLazy()) {
            cursor.forEach(r -> each.accept(entry(r)));
        }
    }

    @Override
    public Optional<AuditEntry> latest(RecordType type, String key) {
        return entries(AUDIT_ENTRY.RECORD_TYPE.eq(type).and(AUDIT_ENTRY.RECORD_KEY.eq(key)))
                .limit(1).fetchOptional(JooqAuditLog::entry);
    }

    @Override
    public List<AuditEntry> datasetChangesAfter(long entryId) {
        return entries(AUDIT_ENTRY.ID.gt(entryId).and(AUDIT_ENTRY.RECORD_TYPE.notIn(RecordType.RELEASE,
                RecordType.ACCOUNT))).fetch(JooqAuditLog::entry);
    }

    /** Written inside the caller's transaction, so the change and its entry are saved together or not at all. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(String actor, AuditAction action, RecordType type, String key, String comment,
               List<AuditEntry.FieldChange> changes) {
        long entryId = db.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.RECORD_TYPE,
                        AUDIT_ENTRY.RECORD_KEY, AUDIT_ENTRY.COMMENT)
                .values(actor, action, type, key, comment == null || comment.isBlank() ? null : comment.trim())
                .returning(AUDIT_ENTRY.ID)
                .fetchSingle(AUDIT_ENTRY.ID);
        var insert = db.insertInto(AUDIT_CHANGE, AUDIT_CHANGE.ENTRY_ID, AUDIT_CHANGE.FIELD, AUDIT_CHANGE.OLD_VALUE,
                AUDIT_CHANGE.NEW_VALUE);
        for (AuditEntry.FieldChange change : changes) {
            insert = insert.values(entryId, change.field(), change.oldValue(), change.newValue());
        }
        if (!changes.isEmpty()) {
            insert.execute();
        }
    }

    private SelectLimitStep<Record> entries(Condition condition) {
        return db.select(AUDIT_ENTRY.asterisk(), CHANGES)
                .from(AUDIT_ENTRY)
                .where(condition)
                .orderBy(AUDIT_ENTRY.CHANGED_AT.desc(), AUDIT_ENTRY.ID.desc());
    }

    private static AuditEntry entry(Record r) {
        return new AuditEntry(r.get(AUDIT_ENTRY.ID), r.get(AUDIT_ENTRY.CHANGED_AT), r.get(AUDIT_ENTRY.ACTOR),
                r.get(AUDIT_ENTRY.ACTION), r.get(AUDIT_ENTRY.RECORD_TYPE),
                r.get(AUDIT_ENTRY.RECORD_KEY), r.get(AUDIT_ENTRY.COMMENT), r.get(CHANGES));
    }
}
