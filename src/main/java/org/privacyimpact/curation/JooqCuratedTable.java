package org.privacyimpact.curation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.dataset.CuratedChange;
import org.privacyimpact.dataset.Published;

/**
 * How one kind of curated record lives in its table: how a row is found by its key, read into a draft, filled
 * from one, listed for the curators and checked; what still depends on it; what changing it affects. One
 * subclass a kind. {@link JooqCurationStore} does what is the same for every kind: locking, versions, saving,
 * retiring, the audit trail and announcing changes.
 *
 * @param <D> the draft curators edit
 * @param <R> the table's record; its table has row_version, retired_at and retired_by
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
abstract class JooqCuratedTable<D extends CuratedDraft<D>, R extends UpdatableRecord<R>> {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

    final DSLContext db;
    final JooqCurationLookup lookup;
    private final CuratedType<D> type;
    private final Table<R> table;
    /** The column the kind's key is stored in: text, or a number the database gives. */
    private final TableField<R, ?> key;
    /** The rows readers see: not retired, and not depending on a retired row ({@link Published}). */
    private final Condition published;

    final CuratedType<D> type() {
        return type;
    }

    final Table<R> table() {
        return table;
    }

    /** The row with this key; a key that cannot be one (letters for a number) matches nothing. */
    final Condition keyIs(String keyText) {
        if (key.getType() == Long.class) {
            Long number = number(keyText);
            return number == null ? DSL.falseCondition() : key.coerce(Long.class).eq(number);
        }
        return key.coerce(String.class).eq(keyText);
    }

    final String keyOf(R record) {
        return String.valueOf(record.get(key));
    }

    /** A key as the number it names; null if it cannot be one. */
    static Long number(String keyText) {
        return keyText != null && NUMBER.matcher(keyText).matches() ? Long.valueOf(keyText) : null;
    }

    abstract Optional<Versioned<D>> read(String key);

    /** A draft read from a row of the table, with the row's version and when and by whom it was retired. */
    final Versioned<D> versioned(String keyText, D draft, Record row) {
        return new Versioned<>(keyText, draft, row.get(table.field("row_version", Integer.class)),
                row.get(table.field("retired_at", OffsetDateTime.class)),
                row.get(table.field("retired_by", String.class)));
    }

    /** Sets every column the draft decides, the key included; the draft is normalised and checked. */
    abstract void fill(R record, D draft);

    /** What is wrong with a normalised draft, field by field; {@code storedKey} is null for a new record. */
    abstract List<FieldProblem> problems(DraftChecks checks, D draft, String storedKey);

    /** The draft as it will be stored: one without a key gets one here if the kind makes its own. */
    D keyed(D draft) {
        return draft;
    }

    /** The curators' list, filtered by {@link #listed}. */
    abstract List<CuratedRow> list(String text, boolean includeRetired, int offset, int limit);

    int count(String text, boolean includeRetired) {
        return db.fetchCount(listedFrom(), listed(text, includeRetired));
    }

    /** What the list reads from: the table, joined to what its words may match. */
    Table<?> listedFrom() {
        return table();
    }

    /** Rows whose key or names contain the curator's words; {@code words} is trimmed and not empty. */
    abstract Condition matching(String words);

    /** The visitor's words are bound values (containsIgnoreCase escapes % and _), never SQL. */
    final Condition listed(String text, boolean includeRetired) {
        String words = text == null ? "" : text.trim();
        return (includeRetired ? DSL.noCondition() : published)
                .and(words.isEmpty() ? DSL.noCondition() : matching(words));
    }

    /** What published records still use this one, in words; empty if it may be retired. */
    List<String> usesOf(String key) {
        return List.of();
    }

    /** What a retired record needs published again before it may come back; empty if it may be restored. */
    List<String> missingFor(String key) {
        return List.of();
    }

    /** What the numbers derived from the dataset depend on in this row (DD011). */
    abstract List<CuratedChange> changesOf(R record);
}
