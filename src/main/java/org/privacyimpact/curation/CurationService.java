package org.privacyimpact.curation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.common.CurrentAccount;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.dataset.DenominatorRule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curators and admins change the dataset here and only here. Every method checks the caller's role itself (a
 * screen that forgot to hide a button still cannot write), validates the whole draft and names each bad field,
 * refuses a save based on a stale version, and writes the change with its audit entry in one transaction.
 * Retiring hides a record from readers and keeps it, with its history; nothing is deleted.
 */
@Service
@PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
public class CurationService {

    private final JooqCurationStore store;
    private final AuditLog audit;
    private final CurrentAccount account;

    CurationService(JooqCurationStore store, AuditLog audit, CurrentAccount account) {
        this.store = store;
        this.audit = audit;
        this.account = account;
    }

    @Transactional(readOnly = true)
    public List<CuratedRow> list(RecordType type, String text, boolean includeRetired, int offset, int limit) {
        return store.list(type, text, includeRetired, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(RecordType type, String text, boolean includeRetired) {
        return store.count(type, text, includeRetired);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(RecordType type, String key) {
        return audit.history(type, key);
    }

    @Transactional(readOnly = true)
    public List<CuratedRow> sourceChoices() {
        return store.sourceChoices();
    }

    @Transactional(readOnly = true)
    public List<String> platformNames() {
        return store.platformNames();
    }

    // --- target figures

    @Transactional(readOnly = true)
    public Optional<Versioned<FigureDraft>> figure(String referenceId) {
        return store.figure(referenceId);
    }

    /** @return the new figure's reference id */
    @Transactional
    public String createFigure(FigureDraft draft, String comment) {
        FigureDraft clean = normalised(draft);
        reject(checks().figure(clean, true));
        store.createFigure(clean, actor(), comment);
        return clean.referenceId();
    }

    /** @return false if nothing differed from the stored version, so nothing was written */
    @Transactional
    public boolean updateFigure(String referenceId, int version, FigureDraft draft, String comment) {
        FigureDraft clean = normalised(withKey(draft, referenceId));
        reject(checks().figure(clean, false));
        return store.updateFigure(referenceId, version, clean, actor(), comment);
    }

    // --- user bases

    @Transactional(readOnly = true)
    public Optional<Versioned<UserBaseDraft>> userBase(String referenceId) {
        return store.userBase(referenceId);
    }

    /** @return the new user base's reference id, made from platform, area and date if none was given */
    @Transactional
    public String createUserBase(UserBaseDraft draft, String comment) {
        UserBaseDraft clean = normalised(draft);
        reject(checks().userBase(clean, true));
        if (clean.referenceId() == null) {
            clean = withKey(clean, store.newUserBaseReferenceId(clean));
        }
        store.createUserBase(clean, actor(), comment);
        return clean.referenceId();
    }

    @Transactional
    public boolean updateUserBase(String referenceId, int version, UserBaseDraft draft, String comment) {
        UserBaseDraft clean = normalised(withKey(draft, referenceId));
        reject(checks().userBase(clean, false));
        return store.updateUserBase(referenceId, version, clean, actor(), comment);
    }

    // --- sources

    @Transactional(readOnly = true)
    public Optional<Versioned<SourceDraft>> source(long id) {
        return store.source(id);
    }

    /** @return the new source's number */
    @Transactional
    public long createSource(SourceDraft draft, String comment) {
        SourceDraft clean = normalised(draft);
        reject(checks().source(clean, null));
        return store.createSource(clean, actor(), comment);
    }

    @Transactional
    public boolean updateSource(long id, int version, SourceDraft draft, String comment) {
        SourceDraft clean = normalised(draft);
        reject(checks().source(clean, id));
        return store.updateSource(id, version, clean, actor(), comment);
    }

    // --- incidents

    @Transactional(readOnly = true)
    public Optional<Versioned<IncidentDraft>> incident(String id) {
        return store.incident(id);
    }

    @Transactional
    public String createIncident(IncidentDraft draft, String comment) {
        IncidentDraft clean = normalised(draft);
        reject(checks().incident(clean, true));
        store.createIncident(clean, actor(), comment);
        return clean.id();
    }

    @Transactional
    public boolean updateIncident(String id, int version, IncidentDraft draft, String comment) {
        IncidentDraft clean = normalised(withKey(draft, id));
        reject(checks().incident(clean, false));
        return store.updateIncident(id, version, clean, actor(), comment);
    }

    // --- retiring

    /** Hides the record from every reader; refused while a published record still uses it. */
    @Transactional
    public void retire(RecordType type, String key, int version, String comment) {
        List<String> uses = store.usesOf(type, key);
        if (!uses.isEmpty()) {
            throw new ValidationException(List.of(new FieldProblem(JooqCurationStore.keyField(type),
                    "Still in use: " + String.join(", ", uses) + ". Retire or change those first.")));
        }
        store.setRetired(type, key, version, true, actor(), comment);
    }

    @Transactional
    public void restore(RecordType type, String key, int version, String comment) {
        List<String> missing = store.missingFor(type, key);
        if (!missing.isEmpty()) {
            throw new ValidationException(List.of(new FieldProblem(JooqCurationStore.keyField(type),
                    "Cannot be published again: " + String.join(", ", missing) + ".")));
        }
        store.setRetired(type, key, version, false, actor(), comment);
    }

    // ---

    private DraftChecks checks() {
        return new DraftChecks(store, LocalDate.now(ZoneOffset.UTC));
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private String actor() {
        return account.name();
    }

    static FigureDraft normalised(FigureDraft d) {
        return new FigureDraft(clean(d.referenceId()), clean(d.incidentId()), country(d.countryIso2()),
                d.peopleTargeted(), d.countQualifier(), d.countKind(), d.periodStart(), d.periodEnd(),
                clean(d.victimGroups()), d.verified(), d.preferred(), clean(d.subsetOf()),
                d.denominatorRule() == null ? DenominatorRule.AREA_USERS : d.denominatorRule(),
                clean(d.notes()), clean(d.sourceUrl()), clean(d.sourceQuote()));
    }

    static UserBaseDraft normalised(UserBaseDraft d) {
        return new UserBaseDraft(clean(d.referenceId()), clean(d.platform()), country(d.countryIso2()), d.users(),
                d.usersQualifier(), d.metric(), d.asOfYear(), d.asOfMonth(), d.verified(), clean(d.notes()),
                clean(d.sourceUrl()), clean(d.sourceQuote()));
    }

    /** A full date also fills year and month, so month-precision sorting works for every source. */
    static SourceDraft normalised(SourceDraft d) {
        Integer year = d.publishedOn() != null ? Integer.valueOf(d.publishedOn().getYear()) : d.publishedYear();
        Integer month = d.publishedOn() != null ? Integer.valueOf(d.publishedOn().getMonthValue()) : d.publishedMonth();
        return new SourceDraft(clean(d.title()), clean(d.publisher()), clean(d.url()), d.publishedOn(), year, month);
    }

    static IncidentDraft normalised(IncidentDraft d) {
        String reply = clean(d.rightOfReply());
        return new IncidentDraft(clean(d.id()), clean(d.name()), clean(d.shortName()), clean(d.toolOrVendor()),
                clean(d.vectorPlatform()), clean(d.vectorDescription()), d.yearStart(), d.yearEnd(), d.disclosedOn(),
                clean(d.summary()), clean(d.caveats()), reply, clean(d.rightOfReplySourceUrl()));
    }

    private static FigureDraft withKey(FigureDraft d, String referenceId) {
        return new FigureDraft(referenceId, d.incidentId(), d.countryIso2(), d.peopleTargeted(), d.countQualifier(),
                d.countKind(), d.periodStart(), d.periodEnd(), d.victimGroups(), d.verified(), d.preferred(),
                d.subsetOf(), d.denominatorRule(), d.notes(), d.sourceUrl(), d.sourceQuote());
    }

    private static UserBaseDraft withKey(UserBaseDraft d, String referenceId) {
        return new UserBaseDraft(referenceId, d.platform(), d.countryIso2(), d.users(), d.usersQualifier(),
                d.metric(), d.asOfYear(), d.asOfMonth(), d.verified(), d.notes(), d.sourceUrl(), d.sourceQuote());
    }

    private static IncidentDraft withKey(IncidentDraft d, String id) {
        return new IncidentDraft(id, d.name(), d.shortName(), d.toolOrVendor(), d.vectorPlatform(),
                d.vectorDescription(), d.yearStart(), d.yearEnd(), d.disclosedOn(), d.summary(), d.caveats(),
                d.rightOfReply(), d.rightOfReplySourceUrl());
    }

    /** Trimmed; blank becomes null. A quote keeps its inner spacing and punctuation exactly. */
    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String country(String iso2) {
        String value = clean(iso2);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
