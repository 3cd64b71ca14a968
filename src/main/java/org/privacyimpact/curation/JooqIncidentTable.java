package org.privacyimpact.curation;

import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.dataset.CuratedChange;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.db.tables.records.IncidentRecord;
import org.springframework.stereotype.Component;

/** Incidents, keyed by their short id (WA2019); they name their platform, and a right of reply its source. */
@Component
class JooqIncidentTable extends JooqCuratedTable<IncidentDraft, IncidentRecord> {

    JooqIncidentTable(DSLContext db, JooqCurationLookup lookup) {
        super(db, lookup, CuratedType.INCIDENT, INCIDENT, INCIDENT.ID, Published.incident(INCIDENT));
    }

    @Override
    Optional<Versioned<IncidentDraft>> read(String id) {
        var replySource = SOURCE.as("reply_source");
        return db.select(INCIDENT.asterisk(), PLATFORM.NAME, replySource.URL)
                .from(INCIDENT)
                .leftJoin(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .leftJoin(replySource).on(replySource.ID.eq(INCIDENT.RIGHT_OF_REPLY_SOURCE_ID))
                .where(keyIs(id))
                .fetchOptional(r -> versioned(id, new IncidentDraft(id, r.get(INCIDENT.NAME),
                        r.get(INCIDENT.SHORT_NAME), r.get(INCIDENT.TOOL_OR_VENDOR), r.get(PLATFORM.NAME),
                        r.get(INCIDENT.VECTOR_DESCRIPTION), r.get(INCIDENT.YEAR_START), r.get(INCIDENT.YEAR_END),
                        r.get(INCIDENT.DISCLOSED_ON), r.get(INCIDENT.SUMMARY), r.get(INCIDENT.CAVEATS),
                        r.get(INCIDENT.RIGHT_OF_REPLY), r.get(replySource.URL)), r));
    }

    @Override
    void fill(IncidentRecord record, IncidentDraft draft) {
        record.setId(draft.id());
        record.setName(draft.name());
        record.setShortName(draft.shortName());
        record.setToolOrVendor(draft.toolOrVendor());
        record.setVectorPlatformId(draft.vectorPlatform() == null ? null
                : lookup.platformId(draft.vectorPlatform()).orElseThrow());
        record.setVectorDescription(draft.vectorDescription());
        record.setYearStart(draft.yearStart());
        record.setYearEnd(draft.yearEnd());
        record.setDisclosedOn(draft.disclosedOn());
        record.setSummary(draft.summary());
        record.setCaveats(draft.caveats());
        record.setRightOfReply(draft.rightOfReply());
        record.setRightOfReplySourceId(draft.rightOfReply() == null ? null
                : lookup.sourceIdOf(draft.rightOfReplySourceUrl()).orElseThrow());
    }

    @Override
    List<FieldProblem> problems(DraftChecks checks, IncidentDraft draft, String storedKey) {
        return checks.incident(draft, storedKey == null);
    }

    @Override
    List<CuratedRow> list(String text, boolean includeRetired, int offset, int limit) {
        return db.select(INCIDENT.ID, INCIDENT.NAME, INCIDENT.TOOL_OR_VENDOR, INCIDENT.YEAR_START,
                        INCIDENT.YEAR_END, INCIDENT.RETIRED_AT)
                .from(INCIDENT)
                .where(listed(text, includeRetired))
                .orderBy(INCIDENT.ID).offset(offset).limit(limit)
                .fetch(r -> new CuratedRow(r.value1(), r.value2(), r.value3() + ", " + r.value4()
                        + (r.value5() == null || r.value5().equals(r.value4()) ? "" : "–" + r.value5()),
                        r.value6() != null));
    }

    @Override
    Condition matching(String words) {
        return INCIDENT.ID.containsIgnoreCase(words).or(INCIDENT.NAME.containsIgnoreCase(words))
                .or(INCIDENT.TOOL_OR_VENDOR.containsIgnoreCase(words));
    }

    @Override
    List<String> usesOf(String id) {
        return db.select(TARGET_FIGURE.REFERENCE_ID).from(TARGET_FIGURE)
                .where(TARGET_FIGURE.INCIDENT_ID.eq(id)).and(Published.figure(TARGET_FIGURE))
                .fetch(r -> "figure " + r.value1());
    }

    @Override
    List<CuratedChange> changesOf(IncidentRecord incident) {
        return List.of(new CuratedChange.IncidentChanged(incident.getId()));
    }
}
