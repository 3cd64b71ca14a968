package org.privacyimpact.curation;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.privacyimpact.audit.AuditAction;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.dataset.CompetingGroup;
import org.privacyimpact.dataset.CuratedChange;
import org.privacyimpact.dataset.CuratedChanges;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.db.tables.TargetFigure;
import org.privacyimpact.db.tables.records.IncidentRecord;
import org.privacyimpact.db.tables.records.PlatformUserBaseRecord;
import org.privacyimpact.db.tables.records.SourceRecord;
import org.privacyimpact.db.tables.records.TargetFigureRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads curated records for editing and writes them back: each write locks the row, refuses a stale version,
 * bumps the version and records old and new values in the audit trail, all in the caller's transaction.
 * Drafts arrive validated and normalised (trimmed, blanks as null) from {@link CurationService}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class JooqCurationStore implements CurationLookup {

    static final String WORLDWIDE = "worldwide";
    static final String COUNTRY_AREA = "country";

    private static final TargetFigure PARENT = TARGET_FIGURE.as("parent");
    private static final TargetFigure CHILD = TARGET_FIGURE.as("child");

    private final DSLContext db;
    private final AuditLog audit;
    private final CuratedChanges curatedChanges;

    JooqCurationStore(DSLContext db, AuditLog audit, CuratedChanges curatedChanges) {
        this.db = db;
        this.audit = audit;
        this.curatedChanges = curatedChanges;
    }

    // --- what validation asks -------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public boolean isCountry(String iso2) {
        return db.fetchExists(COUNTRY, COUNTRY.ISO2.eq(iso2));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> platformKind(String name) {
        return db.select(PLATFORM.KIND).from(PLATFORM).where(PLATFORM.NAME.eq(name)).fetchOptional(PLATFORM.KIND);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean incidentExists(String id) {
        return db.fetchExists(INCIDENT, INCIDENT.ID.eq(id));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isPublishedIncident(String id) {
        return db.fetchExists(INCIDENT, INCIDENT.ID.eq(id).and(Published.incident(INCIDENT)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isPublishedSource(String url) {
        return db.fetchExists(SOURCE, SOURCE.URL.eq(url).and(Published.source(SOURCE)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean sourceUrlTaken(String url, Long exceptSourceId) {
        return db.fetchExists(SOURCE, SOURCE.URL.eq(url)
                .and(exceptSourceId == null ? DSL.noCondition() : SOURCE.ID.ne(exceptSourceId)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> incidentOfPublishedFigure(String referenceId) {
        return db.select(TARGET_FIGURE.INCIDENT_ID).from(TARGET_FIGURE)
                .where(TARGET_FIGURE.REFERENCE_ID.eq(referenceId)).and(Published.figure(TARGET_FIGURE))
                .fetchOptional(TARGET_FIGURE.INCIDENT_ID);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean figureExists(String referenceId) {
        return db.fetchExists(TARGET_FIGURE, TARGET_FIGURE.REFERENCE_ID.eq(referenceId));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean userBaseExists(String referenceId) {
        return db.fetchExists(PLATFORM_USER_BASE, PLATFORM_USER_BASE.REFERENCE_ID.eq(referenceId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> preferredRival(FigureDraft draft) {
        Long subsetOf = draft.subsetOf() == null ? null : figureId(draft.subsetOf());
        CompetingGroup group = new CompetingGroup(draft.incidentId(), draft.countKind(),
                upperOrNull(draft.countryIso2()), subsetOf);
        return db.select(TARGET_FIGURE.REFERENCE_ID).from(TARGET_FIGURE)
                .where(group.members(TARGET_FIGURE))
                .and(TARGET_FIGURE.PREFERRED.isTrue())
                .and(Published.figure(TARGET_FIGURE))
                .and(draft.referenceId() == null ? DSL.noCondition() : TARGET_FIGURE.REFERENCE_ID.ne(draft.referenceId()))
                .limit(1)
                .fetchOptional(TARGET_FIGURE.REFERENCE_ID);
    }

    // --- lists for the curators' screens (retired rows included on request) ----------------------------------

    @Transactional(readOnly = true)
    List<CuratedRow> list(RecordType type, String text, boolean includeRetired, int offset, int limit) {
        return switch (type) {
            case FIGURE -> db.select(TARGET_FIGURE.REFERENCE_ID, TARGET_FIGURE.INCIDENT_ID,
                            coalesce(COUNTRY.NAME, inline("Worldwide")), TARGET_FIGURE.TARGETED_COUNT,
                            TARGET_FIGURE.COUNT_KIND, TARGET_FIGURE.PREFERRED, TARGET_FIGURE.VERIFIED,
                            TARGET_FIGURE.RETIRED_AT)
                    .from(TARGET_FIGURE).leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(TARGET_FIGURE.COUNTRY_ISO2))
                    .where(listCondition(type, text, includeRetired))
                    .orderBy(TARGET_FIGURE.INCIDENT_ID, TARGET_FIGURE.REFERENCE_ID).offset(offset).limit(limit)
                    .fetch(r -> new CuratedRow(r.value1(), r.value2() + " · " + r.value3(),
                            "%,d %s%s%s".formatted(r.value4(), r.value5().label().toLowerCase(Locale.ROOT),
                                    r.value6() ? ", preferred" : ", competing", r.value7() ? "" : ", unverified"),
                            r.value8() != null));
            case USER_BASE -> db.select(PLATFORM_USER_BASE.REFERENCE_ID, PLATFORM.NAME,
                            coalesce(COUNTRY.NAME, inline("Worldwide")), PLATFORM_USER_BASE.USERS,
                            PLATFORM_USER_BASE.METRIC, PLATFORM_USER_BASE.AS_OF_YEAR, PLATFORM_USER_BASE.VERIFIED,
                            PLATFORM_USER_BASE.RETIRED_AT)
                    .from(PLATFORM_USER_BASE).join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID))
                    .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(PLATFORM_USER_BASE.COUNTRY_ISO2))
                    .where(listCondition(type, text, includeRetired))
                    .orderBy(PLATFORM.NAME, PLATFORM_USER_BASE.REFERENCE_ID).offset(offset).limit(limit)
                    .fetch(r -> new CuratedRow(r.value1(), r.value2() + " · " + r.value3(),
                            "%,d %s in %d%s".formatted(r.value4(), r.value5().label(),
                                    r.value6(), r.value7() ? "" : ", unverified"), r.value8() != null));
            case SOURCE -> db.select(SOURCE.ID, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL, SOURCE.RETIRED_AT)
                    .from(SOURCE)
                    .where(listCondition(type, text, includeRetired))
                    .orderBy(SOURCE.TITLE, SOURCE.ID).offset(offset).limit(limit)
                    .fetch(r -> new CuratedRow(String.valueOf(r.value1()), r.value2(),
                            (r.value3() == null ? "" : r.value3() + " · ") + r.value4(), r.value5() != null));
            case INCIDENT -> db.select(INCIDENT.ID, INCIDENT.NAME, INCIDENT.TOOL_OR_VENDOR, INCIDENT.YEAR_START,
                            INCIDENT.YEAR_END, INCIDENT.RETIRED_AT)
                    .from(INCIDENT)
                    .where(listCondition(type, text, includeRetired))
                    .orderBy(INCIDENT.ID).offset(offset).limit(limit)
                    .fetch(r -> new CuratedRow(r.value1(), r.value2(), r.value3() + ", " + r.value4()
                            + (r.value5() == null || r.value5().equals(r.value4()) ? "" : "–" + r.value5()),
                            r.value6() != null));
            case RELEASE, ACCOUNT -> throw new IllegalArgumentException(type + " is not edited as a curated record");
        };
    }

    @Transactional(readOnly = true)
    int count(RecordType type, String text, boolean includeRetired) {
        Table<?> table = switch (type) {
            case FIGURE -> TARGET_FIGURE;
            case USER_BASE -> PLATFORM_USER_BASE.join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID));
            case SOURCE -> SOURCE;
            case INCIDENT -> INCIDENT;
            case RELEASE, ACCOUNT -> throw new IllegalArgumentException(type + " is not edited as a curated record");
        };
        return db.fetchCount(table, listCondition(type, text, includeRetired));
    }

    /** The visitor's words are bound values (containsIgnoreCase escapes % and _), never SQL. */
    private static Condition listCondition(RecordType type, String text, boolean includeRetired) {
        String words = text == null ? "" : text.trim();
        return switch (type) {
            case FIGURE -> (includeRetired ? DSL.noCondition() : Published.figure(TARGET_FIGURE))
                    .and(words.isEmpty() ? DSL.noCondition() : TARGET_FIGURE.REFERENCE_ID.containsIgnoreCase(words)
                            .or(TARGET_FIGURE.INCIDENT_ID.containsIgnoreCase(words))
                            .or(TARGET_FIGURE.COUNTRY_ISO2.eq(words.toUpperCase(Locale.ROOT)))
                            .or(TARGET_FIGURE.LABEL.containsIgnoreCase(words)));
            case USER_BASE -> (includeRetired ? DSL.noCondition() : Published.userBase(PLATFORM_USER_BASE))
                    .and(words.isEmpty() ? DSL.noCondition()
                            : PLATFORM_USER_BASE.REFERENCE_ID.containsIgnoreCase(words)
                            .or(PLATFORM.NAME.containsIgnoreCase(words))
                            .or(PLATFORM_USER_BASE.COUNTRY_ISO2.eq(words.toUpperCase(Locale.ROOT))));
            case SOURCE -> (includeRetired ? DSL.noCondition() : Published.source(SOURCE))
                    .and(words.isEmpty() ? DSL.noCondition() : SOURCE.TITLE.containsIgnoreCase(words)
                            .or(SOURCE.URL.containsIgnoreCase(words)).or(SOURCE.PUBLISHER.containsIgnoreCase(words)));
            case INCIDENT -> (includeRetired ? DSL.noCondition() : Published.incident(INCIDENT))
                    .and(words.isEmpty() ? DSL.noCondition() : INCIDENT.ID.containsIgnoreCase(words)
                            .or(INCIDENT.NAME.containsIgnoreCase(words))
                            .or(INCIDENT.TOOL_OR_VENDOR.containsIgnoreCase(words)));
            case RELEASE, ACCOUNT -> throw new IllegalArgumentException(type + " is not edited as a curated record");
        };
    }

    /** Published sources by title, for choosing a figure's source. */
    @Transactional(readOnly = true)
    List<CuratedRow> sourceChoices() {
        return db.select(SOURCE.URL, SOURCE.TITLE, SOURCE.PUBLISHER).from(SOURCE).where(Published.source(SOURCE))
                .orderBy(SOURCE.TITLE)
                .fetch(r -> new CuratedRow(r.value1(), r.value2(), r.value3(), false));
    }

    @Transactional(readOnly = true)
    List<String> platformNames() {
        return db.select(PLATFORM.NAME).from(PLATFORM).orderBy(PLATFORM.NAME).fetch(PLATFORM.NAME);
    }

    // --- target figures --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Optional<Versioned<FigureDraft>> figure(String referenceId) {
        return db.select(TARGET_FIGURE.asterisk(), SOURCE.URL, PARENT.REFERENCE_ID)
                .from(TARGET_FIGURE)
                .join(SOURCE).on(SOURCE.ID.eq(TARGET_FIGURE.SOURCE_ID))
                .leftJoin(PARENT).on(PARENT.ID.eq(TARGET_FIGURE.SUBSET_OF_FIGURE_ID))
                .where(TARGET_FIGURE.REFERENCE_ID.eq(referenceId))
                .fetchOptional(r -> new Versioned<>(referenceId, new FigureDraft(referenceId,
                        r.get(TARGET_FIGURE.INCIDENT_ID), trimOrNull(r.get(TARGET_FIGURE.COUNTRY_ISO2)),
                        r.get(TARGET_FIGURE.TARGETED_COUNT), r.get(TARGET_FIGURE.COUNT_QUALIFIER),
                        r.get(TARGET_FIGURE.COUNT_KIND), r.get(TARGET_FIGURE.PERIOD_START),
                        r.get(TARGET_FIGURE.PERIOD_END), r.get(TARGET_FIGURE.VICTIM_GROUPS),
                        r.get(TARGET_FIGURE.VERIFIED), r.get(TARGET_FIGURE.PREFERRED), r.get(PARENT.REFERENCE_ID),
                        r.get(TARGET_FIGURE.DENOMINATOR_RULE), r.get(TARGET_FIGURE.NOTES),
                        r.get(SOURCE.URL), r.get(TARGET_FIGURE.SOURCE_QUOTE)),
                        r.get(TARGET_FIGURE.ROW_VERSION), r.get(TARGET_FIGURE.RETIRED_AT), r.get(TARGET_FIGURE.RETIRED_BY)));
    }

    void createFigure(FigureDraft draft, String actor, String comment) {
        TargetFigureRecord record = db.newRecord(TARGET_FIGURE);
        record.setReferenceId(draft.referenceId());
        applyFigure(record, draft);
        record.store();
        announce(record, null);
        audit.write(actor, AuditAction.CREATE, RecordType.FIGURE, draft.referenceId(), comment,
                changes(Map.of(), figureValues(draft)));
    }

    /** @return false if nothing differed (no write, no audit entry) */
    boolean updateFigure(String referenceId, int expectedVersion, FigureDraft draft, String actor, String comment) {
        TargetFigureRecord record = lock(TARGET_FIGURE, TARGET_FIGURE.REFERENCE_ID.eq(referenceId), RecordType.FIGURE,
                referenceId, expectedVersion);
        var before = figureValues(figure(referenceId).orElseThrow().draft());
        return saveChanges(record, RecordType.FIGURE, referenceId, before, figureValues(draft),
                r -> applyFigure(r, draft), actor, comment);
    }

    private void applyFigure(TargetFigureRecord record, FigureDraft draft) {
        record.setIncidentId(draft.incidentId());
        record.setArea(draft.countryIso2() == null ? WORLDWIDE : COUNTRY_AREA);
        record.setCountryIso2(draft.countryIso2());
        record.setTargetedCount(draft.peopleTargeted());
        record.setCountQualifier(draft.countQualifier());
        record.setCountKind(draft.countKind());
        record.setPeriodStart(draft.periodStart());
        record.setPeriodEnd(draft.periodEnd());
        record.setVictimGroups(draft.victimGroups());
        record.setVerified(draft.verified());
        record.setPreferred(draft.preferred());
        record.setSubsetOfFigureId(draft.subsetOf() == null ? null : figureId(draft.subsetOf()));
        record.setDenominatorRule(draft.denominatorRule());
        record.setNotes(draft.notes());
        record.setSourceId(sourceId(draft.sourceUrl()));
        record.setSourceQuote(draft.sourceQuote());
    }

    static Map<String, String> figureValues(FigureDraft d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference_id", d.referenceId());
        values.put("incident_id", d.incidentId());
        values.put("country_iso2", d.countryIso2());
        values.put("people_targeted", text(d.peopleTargeted()));
        values.put("count_qualifier", d.countQualifier() == null ? null : d.countQualifier().code());
        values.put("count_kind", d.countKind() == null ? null : d.countKind().code());
        values.put("period_start", text(d.periodStart()));
        values.put("period_end", text(d.periodEnd()));
        values.put("victim_groups", d.victimGroups());
        values.put("verified", String.valueOf(d.verified()));
        values.put("preferred", String.valueOf(d.preferred()));
        values.put("subset_of", d.subsetOf());
        values.put("denominator_rule", d.denominatorRule() == null ? null : d.denominatorRule().code());
        values.put("notes", d.notes());
        values.put("source_url", d.sourceUrl());
        values.put("source_quote", d.sourceQuote());
        return values;
    }

    // --- user bases ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Optional<Versioned<UserBaseDraft>> userBase(String referenceId) {
        return db.select(PLATFORM_USER_BASE.asterisk(), PLATFORM.NAME, SOURCE.URL)
                .from(PLATFORM_USER_BASE)
                .join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID))
                .join(SOURCE).on(SOURCE.ID.eq(PLATFORM_USER_BASE.SOURCE_ID))
                .where(PLATFORM_USER_BASE.REFERENCE_ID.eq(referenceId))
                .fetchOptional(r -> new Versioned<>(referenceId, new UserBaseDraft(referenceId, r.get(PLATFORM.NAME),
                        trimOrNull(r.get(PLATFORM_USER_BASE.COUNTRY_ISO2)), r.get(PLATFORM_USER_BASE.USERS),
                        r.get(PLATFORM_USER_BASE.USERS_QUALIFIER),
                        r.get(PLATFORM_USER_BASE.METRIC), r.get(PLATFORM_USER_BASE.AS_OF_YEAR),
                        r.get(PLATFORM_USER_BASE.AS_OF_MONTH), r.get(PLATFORM_USER_BASE.VERIFIED),
                        r.get(PLATFORM_USER_BASE.NOTES), r.get(SOURCE.URL), r.get(PLATFORM_USER_BASE.SOURCE_QUOTE)),
                        r.get(PLATFORM_USER_BASE.ROW_VERSION), r.get(PLATFORM_USER_BASE.RETIRED_AT),
                        r.get(PLATFORM_USER_BASE.RETIRED_BY)));
    }

    /** A reference id in the reference files' pattern, e.g. UB-WHATSAPP-IN-2019-11, made unique with a suffix. */
    @Transactional(readOnly = true)
    String newUserBaseReferenceId(UserBaseDraft draft) {
        String base = "UB-" + draft.platform().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") + "-"
                + (draft.countryIso2() == null ? "XX" : draft.countryIso2()) + "-" + draft.asOfYear()
                + (draft.asOfMonth() == null ? "" : "-%02d".formatted(draft.asOfMonth()));
        String candidate = base;
        for (int suffix = 2; userBaseExists(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    void createUserBase(UserBaseDraft draft, String actor, String comment) {
        PlatformUserBaseRecord record = db.newRecord(PLATFORM_USER_BASE);
        record.setReferenceId(draft.referenceId());
        applyUserBase(record, draft);
        record.store();
        announce(record, null);
        audit.write(actor, AuditAction.CREATE, RecordType.USER_BASE, draft.referenceId(), comment,
                changes(Map.of(), userBaseValues(draft)));
    }

    boolean updateUserBase(String referenceId, int expectedVersion, UserBaseDraft draft, String actor, String comment) {
        PlatformUserBaseRecord record = lock(PLATFORM_USER_BASE, PLATFORM_USER_BASE.REFERENCE_ID.eq(referenceId),
                RecordType.USER_BASE, referenceId, expectedVersion);
        var before = userBaseValues(userBase(referenceId).orElseThrow().draft());
        return saveChanges(record, RecordType.USER_BASE, referenceId, before, userBaseValues(draft),
                r -> applyUserBase(r, draft), actor, comment);
    }

    private void applyUserBase(PlatformUserBaseRecord record, UserBaseDraft draft) {
        record.setPlatformId(db.select(PLATFORM.ID).from(PLATFORM).where(PLATFORM.NAME.eq(draft.platform()))
                .fetchSingle(PLATFORM.ID));
        record.setArea(draft.countryIso2() == null ? WORLDWIDE : COUNTRY_AREA);
        record.setCountryIso2(draft.countryIso2());
        record.setUsers(draft.users());
        record.setUsersQualifier(draft.usersQualifier());
        record.setMetric(draft.metric());
        record.setAsOfYear(draft.asOfYear());
        record.setAsOfMonth(draft.asOfMonth());
        record.setVerified(draft.verified());
        record.setNotes(draft.notes());
        record.setSourceId(sourceId(draft.sourceUrl()));
        record.setSourceQuote(draft.sourceQuote());
    }

    static Map<String, String> userBaseValues(UserBaseDraft d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference_id", d.referenceId());
        values.put("platform", d.platform());
        values.put("country_iso2", d.countryIso2());
        values.put("users", text(d.users()));
        values.put("users_qualifier", d.usersQualifier() == null ? null : d.usersQualifier().code());
        values.put("metric", d.metric() == null ? null : d.metric().code());
        values.put("as_of", d.asOfYear() == null ? null
                : d.asOfMonth() == null ? String.valueOf(d.asOfYear()) : "%d-%02d".formatted(d.asOfYear(), d.asOfMonth()));
        values.put("verified", String.valueOf(d.verified()));
        values.put("notes", d.notes());
        values.put("source_url", d.sourceUrl());
        values.put("source_quote", d.sourceQuote());
        return values;
    }

    // --- sources ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Optional<Versioned<SourceDraft>> source(long id) {
        return db.selectFrom(SOURCE).where(SOURCE.ID.eq(id))
                .fetchOptional(r -> new Versioned<>(String.valueOf(id), new SourceDraft(r.getTitle(), r.getPublisher(),
                        r.getUrl(), r.getPublishedOn(), r.getPublishedYear(), r.getPublishedMonth()),
                        r.getRowVersion(), r.getRetiredAt(), r.getRetiredBy()));
    }

    @Transactional(readOnly = true)
    Optional<Long> sourceIdOf(String url) {
        return db.select(SOURCE.ID).from(SOURCE).where(SOURCE.URL.eq(url)).fetchOptional(SOURCE.ID);
    }

    long createSource(SourceDraft draft, String actor, String comment) {
        SourceRecord record = db.newRecord(SOURCE);
        applySource(record, draft);
        record.store();
        announce(record, null);
        audit.write(actor, AuditAction.CREATE, RecordType.SOURCE, String.valueOf(record.getId()), comment,
                changes(Map.of(), sourceValues(draft)));
        return record.getId();
    }

    boolean updateSource(long id, int expectedVersion, SourceDraft draft, String actor, String comment) {
        SourceRecord record = lock(SOURCE, SOURCE.ID.eq(id), RecordType.SOURCE, String.valueOf(id), expectedVersion);
        var before = sourceValues(source(id).orElseThrow().draft());
        return saveChanges(record, RecordType.SOURCE, String.valueOf(id), before, sourceValues(draft),
                r -> applySource(r, draft), actor, comment);
    }

    private static void applySource(SourceRecord record, SourceDraft draft) {
        record.setTitle(draft.title());
        record.setPublisher(draft.publisher());
        record.setUrl(draft.url());
        record.setPublishedOn(draft.publishedOn());
        record.setPublishedYear(draft.publishedYear());
        record.setPublishedMonth(draft.publishedMonth());
    }

    static Map<String, String> sourceValues(SourceDraft d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", d.title());
        values.put("publisher", d.publisher());
        values.put("url", d.url());
        values.put("published_on", text(d.publishedOn()));
        values.put("published_year", text(d.publishedYear()));
        values.put("published_month", text(d.publishedMonth()));
        return values;
    }

    // --- incidents -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Optional<Versioned<IncidentDraft>> incident(String id) {
        var replySource = SOURCE.as("reply_source");
        return db.select(INCIDENT.asterisk(), PLATFORM.NAME, replySource.URL)
                .from(INCIDENT)
                .leftJoin(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .leftJoin(replySource).on(replySource.ID.eq(INCIDENT.RIGHT_OF_REPLY_SOURCE_ID))
                .where(INCIDENT.ID.eq(id))
                .fetchOptional(r -> new Versioned<>(id, new IncidentDraft(id, r.get(INCIDENT.NAME),
                        r.get(INCIDENT.SHORT_NAME), r.get(INCIDENT.TOOL_OR_VENDOR), r.get(PLATFORM.NAME),
                        r.get(INCIDENT.VECTOR_DESCRIPTION), r.get(INCIDENT.YEAR_START), r.get(INCIDENT.YEAR_END),
                        r.get(INCIDENT.DISCLOSED_ON), r.get(INCIDENT.SUMMARY), r.get(INCIDENT.CAVEATS),
                        r.get(INCIDENT.RIGHT_OF_REPLY), r.get(replySource.URL)),
                        r.get(INCIDENT.ROW_VERSION), r.get(INCIDENT.RETIRED_AT), r.get(INCIDENT.RETIRED_BY)));
    }

    void createIncident(IncidentDraft draft, String actor, String comment) {
        IncidentRecord record = db.newRecord(INCIDENT);
        record.setId(draft.id());
        applyIncident(record, draft);
        record.store();
        announce(record, null);
        audit.write(actor, AuditAction.CREATE, RecordType.INCIDENT, draft.id(), comment,
                changes(Map.of(), incidentValues(draft)));
    }

    boolean updateIncident(String id, int expectedVersion, IncidentDraft draft, String actor, String comment) {
        IncidentRecord record = lock(INCIDENT, INCIDENT.ID.eq(id), RecordType.INCIDENT, id, expectedVersion);
        var before = incidentValues(incident(id).orElseThrow().draft());
        return saveChanges(record, RecordType.INCIDENT, id, before, incidentValues(draft),
                r -> applyIncident(r, draft), actor, comment);
    }

    private void applyIncident(IncidentRecord record, IncidentDraft draft) {
        record.setName(draft.name());
        record.setShortName(draft.shortName());
        record.setToolOrVendor(draft.toolOrVendor());
        record.setVectorPlatformId(draft.vectorPlatform() == null ? null : db.select(PLATFORM.ID).from(PLATFORM)
                .where(PLATFORM.NAME.eq(draft.vectorPlatform())).fetchSingle(PLATFORM.ID));
        record.setVectorDescription(draft.vectorDescription());
        record.setYearStart(draft.yearStart());
        record.setYearEnd(draft.yearEnd());
        record.setDisclosedOn(draft.disclosedOn());
        record.setSummary(draft.summary());
        record.setCaveats(draft.caveats());
        record.setRightOfReply(draft.rightOfReply());
        record.setRightOfReplySourceId(draft.rightOfReply() == null ? null : sourceId(draft.rightOfReplySourceUrl()));
    }

    static Map<String, String> incidentValues(IncidentDraft d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", d.id());
        values.put("name", d.name());
        values.put("short_name", d.shortName());
        values.put("tool_or_vendor", d.toolOrVendor());
        values.put("platform", d.vectorPlatform());
        values.put("vector_description", d.vectorDescription());
        values.put("year_start", text(d.yearStart()));
        values.put("year_end", text(d.yearEnd()));
        values.put("disclosed_on", text(d.disclosedOn()));
        values.put("summary", d.summary());
        values.put("caveats", d.caveats());
        values.put("right_of_reply", d.rightOfReply());
        values.put("right_of_reply_source_url", d.rightOfReply() == null ? null : d.rightOfReplySourceUrl());
        return values;
    }

    // --- retiring and restoring ------------------------------------------------------------------------------

    /** What still uses a record, in words; empty if it may be retired. */
    @Transactional(readOnly = true)
    List<String> usesOf(RecordType type, String key) {
        return switch (type) {
            case FIGURE -> db.select(CHILD.REFERENCE_ID).from(CHILD).join(TARGET_FIGURE)
                    .on(TARGET_FIGURE.ID.eq(CHILD.SUBSET_OF_FIGURE_ID))
                    .where(TARGET_FIGURE.REFERENCE_ID.eq(key)).and(Published.figure(CHILD))
                    .fetch(r -> "figure " + r.value1() + " counts part of it");
            case INCIDENT -> db.select(TARGET_FIGURE.REFERENCE_ID).from(TARGET_FIGURE)
                    .where(TARGET_FIGURE.INCIDENT_ID.eq(key)).and(Published.figure(TARGET_FIGURE))
                    .fetch(r -> "figure " + r.value1());
            case SOURCE -> {
                long id = Long.parseLong(key);
                List<String> uses = new ArrayList<>(db.select(TARGET_FIGURE.REFERENCE_ID).from(TARGET_FIGURE)
                        .where(TARGET_FIGURE.SOURCE_ID.eq(id)).and(Published.figure(TARGET_FIGURE))
                        .fetch(r -> "figure " + r.value1()));
                uses.addAll(db.select(PLATFORM_USER_BASE.REFERENCE_ID).from(PLATFORM_USER_BASE)
                        .where(PLATFORM_USER_BASE.SOURCE_ID.eq(id)).and(Published.userBase(PLATFORM_USER_BASE))
                        .fetch(r -> "user base " + r.value1()));
                uses.addAll(db.select(INCIDENT.ID).from(INCIDENT)
                        .where(INCIDENT.RIGHT_OF_REPLY_SOURCE_ID.eq(id)).and(Published.incident(INCIDENT))
                        .fetch(r -> "the right of reply of incident " + r.value1()));
                yield uses;
            }
            case USER_BASE -> List.of();
            case RELEASE, ACCOUNT -> throw new IllegalArgumentException(type + " is not retired");
        };
    }

    /** What a retired record needs published again before it can come back; empty if it may be restored. */
    @Transactional(readOnly = true)
    List<String> missingFor(RecordType type, String key) {
        return switch (type) {
            case FIGURE -> {
                var draft = figure(key).orElseThrow().draft();
                List<String> missing = new ArrayList<>();
                if (!isPublishedIncident(draft.incidentId())) {
                    missing.add("its incident " + draft.incidentId() + " is retired");
                }
                if (!isPublishedSource(draft.sourceUrl())) {
                    missing.add("its source is retired");
                }
                if (draft.preferred()) {
                    preferredRival(draft).ifPresent(rival -> missing.add("figure " + rival + " is preferred in its place"));
                }
                yield missing;
            }
            case USER_BASE -> isPublishedSource(userBase(key).orElseThrow().draft().sourceUrl())
                    ? List.of() : List.of("its source is retired");
            case SOURCE, INCIDENT -> List.of();
            case RELEASE, ACCOUNT -> throw new IllegalArgumentException(type + " is not retired");
        };
    }

    void setRetired(RecordType type, String key, int expectedVersion, boolean retire, String actor, String comment) {
        UpdatableRecord<?> record = switch (type) {
            case FIGURE -> lock(TARGET_FIGURE, TARGET_FIGURE.REFERENCE_ID.eq(key), type, key, expectedVersion);
            case USER_BASE -> lock(PLATFORM_USER_BASE, PLATFORM_USER_BASE.REFERENCE_ID.eq(key), type, key, expectedVersion);
            case SOURCE -> lock(SOURCE, SOURCE.ID.eq(Long.parseLong(key)), type, key, expectedVersion);
            case INCIDENT -> lock(INCIDENT, INCIDENT.ID.eq(key), type, key, expectedVersion);
            case RELEASE, ACCOUNT -> throw new IllegalArgumentException(type + " is not retired");
        };
        Field<OffsetDateTime> retiredAt = field(record, "retired_at", OffsetDateTime.class);
        OffsetDateTime before = record.get(retiredAt);
        if ((before != null) == retire) {
            return;
        }
        OffsetDateTime now = retire ? db.select(DSL.currentOffsetDateTime()).fetchSingle().value1() : null;
        record.set(retiredAt, now);
        record.set(field(record, "retired_by", String.class), retire ? actor : null);
        bumpVersion(record);
        record.store();
        announce(record, null);
        audit.write(actor, retire ? AuditAction.RETIRE : AuditAction.RESTORE, type, key, comment,
                List.of(new AuditEntry.FieldChange("retired", retire ? "false" : "true", retire ? "true" : "false")));
    }

    // --- shared by every record type -------------------------------------------------------------------------

    /** Locks the row for this transaction and refuses a save based on an older version of it. */
    private <R extends UpdatableRecord<R>> R lock(Table<R> table, Condition key, RecordType type, String keyText,
                                                  int expectedVersion) {
        R record = db.selectFrom(table).where(key).forUpdate().fetchOptional()
                .orElseThrow(() -> new ValidationException(List.of(new FieldProblem(keyField(type),
                        "No " + type.label().toLowerCase(Locale.ROOT) + " \"" + keyText + "\""))));
        int current = record.get(field(record, "row_version", Integer.class));
        if (current != expectedVersion) {
            var latest = audit.latest(type, keyText);
            throw new EditConflictException(type, keyText, latest.map(AuditEntry::actor).orElse(null),
                    latest.map(AuditEntry::changedAt).orElse(null));
        }
        return record;
    }

    private <R extends UpdatableRecord<R>> boolean saveChanges(R record, RecordType type, String key,
                                                               Map<String, String> before, Map<String, String> after,
                                                               Consumer<R> apply, String actor, String comment) {
        List<AuditEntry.FieldChange> changes = changes(before, after);
        if (changes.isEmpty()) {
            return false;
        }
        R original = record.original();
        apply.accept(record);
        bumpVersion(record);
        record.store();
        announce(record, original);
        audit.write(actor, AuditAction.UPDATE, type, key, comment, changes);
        return true;
    }

    /**
     * Tells the features that derive tables from the dataset (rates, counts; DD011) what was written, in this
     * transaction. A figure or user figure is announced as it was and as it is: both places are affected.
     *
     * @param original the row as it was before an update; null after a create, retire or restore
     */
    private void announce(UpdatableRecord<?> record, Record original) {
        switch (record) {
            case TargetFigureRecord figure -> {
                if (original != null) {
                    curatedChanges.announce(figureChanged(original.into(TARGET_FIGURE)));
                }
                curatedChanges.announce(figureChanged(figure));
            }
            case PlatformUserBaseRecord userBase -> {
                if (original != null) {
                    PlatformUserBaseRecord before = original.into(PLATFORM_USER_BASE);
                    curatedChanges.announce(new CuratedChange.UserBaseChanged(before.getCountryIso2(),
                            before.getAsOfYear()));
                }
                curatedChanges.announce(new CuratedChange.UserBaseChanged(userBase.getCountryIso2(),
                        userBase.getAsOfYear()));
            }
            case IncidentRecord incident -> curatedChanges.announce(new CuratedChange.IncidentChanged(incident.getId()));
            case SourceRecord source -> curatedChanges.announce(new CuratedChange.SourceChanged(source.getId()));
            default -> throw new IllegalArgumentException("not a curated record: " + record.getTable());
        }
    }

    private static CuratedChange.FigureChanged figureChanged(TargetFigureRecord figure) {
        return new CuratedChange.FigureChanged(figure.getId(), figure.getIncidentId(), figure.getCountKind(),
                figure.getCountryIso2());
    }

    private static void bumpVersion(UpdatableRecord<?> record) {
        Field<Integer> version = field(record, "row_version", Integer.class);
        record.set(version, record.get(version) + 1);
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> field(Record record, String name, Class<T> type) {
        return (Field<T>) Objects.requireNonNull(record.field(name), name);
    }

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

    static String keyField(RecordType type) {
        return switch (type) {
            case FIGURE, USER_BASE -> "reference_id";
            case SOURCE, INCIDENT -> "id";
            case RELEASE -> "version";
            case ACCOUNT -> "username";
        };
    }

    private Long figureId(String referenceId) {
        return db.select(TARGET_FIGURE.ID).from(TARGET_FIGURE).where(TARGET_FIGURE.REFERENCE_ID.eq(referenceId))
                .fetchOptional(TARGET_FIGURE.ID).orElse(null);
    }

    private long sourceId(String url) {
        return db.select(SOURCE.ID).from(SOURCE).where(SOURCE.URL.eq(url)).fetchSingle(SOURCE.ID);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String trimOrNull(String value) {
        return value == null ? null : value.trim();
    }

    private static String upperOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
