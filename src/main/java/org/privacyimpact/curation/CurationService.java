package org.privacyimpact.curation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.common.CurrentAccount;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curators and admins change the dataset here and only here. Every method checks the caller's role itself (a
 * screen that forgot to hide a button still cannot write), validates the whole draft and names each bad field,
 * refuses a save based on a stale version, and writes the change with its audit entry in one transaction.
 * Retiring hides a record from readers and keeps it, with its history; nothing is deleted. The same methods
 * serve every kind of record ({@link CuratedType}).
 */
@Service
@PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurationService {

    private final JooqCurationStore store;
    private final JooqCurationLookup lookup;
    private final AuditLog audit;
    private final CurrentAccount account;

    @ReadOnlyTransactional
    public List<CuratedRow> list(CuratedType<?> type, String text, boolean includeRetired, int offset, int limit) {
        return store.list(type, text, includeRetired, offset, limit);
    }

    @ReadOnlyTransactional
    public int count(CuratedType<?> type, String text, boolean includeRetired) {
        return store.count(type, text, includeRetired);
    }

    @ReadOnlyTransactional
    public List<AuditEntry> history(CuratedType<?> type, String key) {
        return audit.history(type.recordType(), key);
    }

    @ReadOnlyTransactional
    public List<CuratedRow> sourceChoices() {
        return lookup.sourceChoices();
    }

    @ReadOnlyTransactional
    public List<String> platformNames() {
        return lookup.platformNames();
    }

    /** A record opened for editing, retired or not; empty if there is none with this key. */
    @ReadOnlyTransactional
    public <D extends CuratedDraft<D>> Optional<Versioned<D>> read(CuratedType<D> type, String key) {
        return store.read(type, key);
    }

    /** @return the new record's key: the draft's own, or one made up (a user base's, from platform, area, date) */
    @Transactional
    public <D extends CuratedDraft<D>> String create(CuratedType<D> type, D draft, String comment) {
        D clean = draft.normalised();
        reject(store.problems(type, checks(), clean, null));
        return store.create(type, store.keyed(type, clean), actor(), comment);
    }

    /** @return false if nothing differed from the stored version, so nothing was written */
    @Transactional
    public <D extends CuratedDraft<D>> boolean update(CuratedType<D> type, String key, int version, D draft,
                                                      String comment) {
        D clean = draft.withKey(key).normalised();
        reject(store.problems(type, checks(), clean, key));
        return store.update(type, key, version, clean, actor(), comment);
    }

    /** Hides the record from every reader; refused while a published record still uses it. */
    @Transactional
    public void retire(CuratedType<?> type, String key, int version, String comment) {
        refuseFor(type, store.usesOf(type, key), "Still in use: %s. Retire or change those first.");
        store.setRetired(type, key, version, true, actor(), comment);
    }

    @Transactional
    public void restore(CuratedType<?> type, String key, int version, String comment) {
        refuseFor(type, store.missingFor(type, key), "Cannot be published again: %s.");
        store.setRetired(type, key, version, false, actor(), comment);
    }

    /** Refuses on the record's key field where there are reasons, listed in the sentence's {@code %s}. */
    private static void refuseFor(CuratedType<?> type, List<String> reasons, String sentence) {
        if (!reasons.isEmpty()) {
            throw new ValidationException(List.of(new FieldProblem(type.keyField(),
                    sentence.formatted(String.join(", ", reasons)))));
        }
    }

    private DraftChecks checks() {
        return new DraftChecks(lookup, LocalDate.now(ZoneOffset.UTC));
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private String actor() {
        return account.name();
    }
}
