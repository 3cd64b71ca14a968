package org.privacyimpact.curation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.privacyimpact.audit.AuditAction;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.dataset.CuratedChange;
import org.privacyimpact.dataset.CuratedChanges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes curated records of every kind the same way: each write locks the row, refuses a stale version, bumps
 * the version, records old and new values in the audit trail and announces what changed, all in the caller's
 * transaction. What differs between kinds is their table's ({@link JooqCuratedTable}). Drafts arrive
 * normalised and checked from {@link CurationService}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class JooqCurationStore {

    private final DSLContext db;
    private final AuditLog audit;
    private final CuratedChanges curatedChanges;
    private final Map<CuratedType<?>, JooqCuratedTable<?, ?>> tables;

    JooqCurationStore(DSLContext db, AuditLog audit, CuratedChanges curatedChanges,
                      List<JooqCuratedTable<?, ?>> tables) {
        this.db = db;
        this.audit = audit;
        this.curatedChanges = curatedChanges;
        this.tables = tables.stream().collect(Collectors.toUnmodifiableMap(JooqCuratedTable::type,
                Function.identity()));
    }

    /** The table of a kind: every kind in {@link CuratedType#all()} has one (tested). */
    @SuppressWarnings("unchecked")
    <D extends CuratedDraft<D>> JooqCuratedTable<D, ?> table(CuratedType<D> type) {
        return (JooqCuratedTable<D, ?>) Objects.requireNonNull(tables.get(type), type.path());
    }

    @ReadOnlyTransactional
    <D extends CuratedDraft<D>> Optional<Versioned<D>> read(CuratedType<D> type, String key) {
        return table(type).read(key);
    }

    @ReadOnlyTransactional
    List<CuratedRow> list(CuratedType<?> type, String text, boolean includeRetired, int offset, int limit) {
        return table(type).list(text, includeRetired, offset, limit);
    }

    @ReadOnlyTransactional
    int count(CuratedType<?> type, String text, boolean includeRetired) {
        return table(type).count(text, includeRetired);
    }

    @ReadOnlyTransactional
    <D extends CuratedDraft<D>> List<FieldProblem> problems(CuratedType<D> type, DraftChecks checks, D draft,
                                                             String storedKey) {
        return table(type).problems(checks, draft, storedKey);
    }

    /** The draft with the key it will be stored under, made up here for a kind that makes its own. */
    @ReadOnlyTransactional
    <D extends CuratedDraft<D>> D keyed(CuratedType<D> type, D draft) {
        return table(type).keyed(draft);
    }

    @ReadOnlyTransactional
    List<String> usesOf(CuratedType<?> type, String key) {
        return table(type).usesOf(key);
    }

    @ReadOnlyTransactional
    List<String> missingFor(CuratedType<?> type, String key) {
        return table(type).missingFor(key);
    }

    /** @return the new record's key */
    <D extends CuratedDraft<D>> String create(CuratedType<D> type, D draft, String actor, String comment) {
        return create(table(type), draft, actor, comment);
    }

    /** @return false if nothing differed (no write, no audit entry) */
    <D extends CuratedDraft<D>> boolean update(CuratedType<D> type, String key, int expectedVersion, D draft,
                                               String actor, String comment) {
        return update(table(type), key, expectedVersion, draft, actor, comment);
    }

    void setRetired(CuratedType<?> type, String key, int expectedVersion, boolean retire, String actor,
                    String comment) {
        setRetired(table(type), key, expectedVersion, retire, actor, comment);
    }

    private <D extends CuratedDraft<D>, R extends UpdatableRecord<R>> String create(
            JooqCuratedTable<D, R> table, D draft, String actor, String comment) {
        R record = db.newRecord(table.table());
        table.fill(record, draft);
        record.store();
        String key = table.keyOf(record);
        announce(table, record, null);
        audit.write(actor, AuditAction.CREATE, table.type().recordType(), key, comment,
                changes(Map.of(), draft.auditValues()));
        return key;
    }

    private <D extends CuratedDraft<D>, R extends UpdatableRecord<R>> boolean update(
            JooqCuratedTable<D, R> table, String key, int expectedVersion, D draft, String actor, String comment) {
        R record = lock(table, key, expectedVersion);
        List<AuditEntry.FieldChange> changes = changes(table.read(key).orElseThrow().draft().auditValues(),
                draft.auditValues());
        if (changes.isEmpty()) {
            return false;
        }
        R original = record.original();
        table.fill(record, draft);
        bumpVersion(record);
        record.store();
        announce(table, record, original);
        audit.write(actor, AuditAction.UPDATE, table.type().recordType(), key, comment, changes);
        return true;
    }

    private <R extends UpdatableRecord<R>> void setRetired(JooqCuratedTable<?, R> table, String key,
                                                           int expectedVersion, boolean retire, String actor,
                                                           String comment) {
        R record = lock(table, key, expectedVersion);
        Field<OffsetDateTime> retiredAt = field(record, "retired_at", OffsetDateTime.class);
        if ((record.get(retiredAt) != null) == retire) {
            return;
        }
        OffsetDateTime now = retire ? db.select(DSL.currentOffsetDateTime()).fetchSingle().value1() : null;
        record.set(retiredAt, now);
        record.set(field(record, "retired_by", String.class), retire ? actor : null);
        bumpVersion(record);
        record.store();
        announce(table, record, null);
        audit.write(actor, retire ? AuditAction.RETIRE : AuditAction.RESTORE, table.type().recordType(), key,
                comment, List.of(new AuditEntry.FieldChange("retired", String.valueOf(!retire),
                        String.valueOf(retire))));
    }

    /** Locks the row for this transaction and refuses a save based on an older version of it. */
    private <R extends UpdatableRecord<R>> R lock(JooqCuratedTable<?, R> table, String key, int expectedVersion) {
        CuratedType<?> type = table.type();
        R record = db.selectFrom(table.table()).where(table.keyIs(key)).forUpdate().fetchOptional()
                .orElseThrow(() -> new ValidationException(List.of(new FieldProblem(type.keyField(),
                        "No " + type.recordType().label().toLowerCase(Locale.ROOT) + " \"" + key + "\""))));
        int current = record.get(field(record, "row_version", Integer.class));
        if (current != expectedVersion) {
            var latest = audit.latest(type.recordType(), key);
            throw new EditConflictException(type.recordType(), key, latest.map(AuditEntry::actor).orElse(null),
                    latest.map(AuditEntry::changedAt).orElse(null));
        }
        return record;
    }

    /**
     * Tells the features that derive tables from the dataset (rates, counts; DD011) what was written, in this
     * transaction: what the row affects as it was and as it is, since both places may change.
     *
     * @param original the row as it was before an update; null after a create, retire or restore
     */
    private <R extends UpdatableRecord<R>> void announce(JooqCuratedTable<?, R> table, R record, Record original) {
        var changes = new LinkedHashSet<CuratedChange>();
        if (original != null) {
            changes.addAll(table.changesOf(original.into(table.table())));
        }
        changes.addAll(table.changesOf(record));
        changes.forEach(curatedChanges::announce);
    }

    private static void bumpVersion(UpdatableRecord<?> record) {
        Field<Integer> version = field(record, "row_version", Integer.class);
        record.set(version, record.get(version) + 1);
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> field(Record record, String name, Class<T> type) {
        return (Field<T>) Objects.requireNonNull(record.field(name), name);
    }

    /** The fields whose values differ, in the order the drafts list them. */
    static List<AuditEntry.FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        var fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new AuditEntry.FieldChange(field, old, now));
            }
        }
        return changes;
    }
}
