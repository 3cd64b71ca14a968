package org.privacyimpact.curation;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.dataset.CuratedChange;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.db.tables.TargetFigure;
import org.privacyimpact.db.tables.records.TargetFigureRecord;
import org.springframework.stereotype.Component;

/** Target figures, keyed by reference id; a figure names its source by URL and a larger figure by reference id. */
@Component
class JooqFigureTable extends JooqCuratedTable<FigureDraft, TargetFigureRecord> {

    private static final TargetFigure PARENT = TARGET_FIGURE.as("parent");
    private static final TargetFigure CHILD = TARGET_FIGURE.as("child");

    JooqFigureTable(DSLContext db, JooqCurationLookup lookup) {
        super(db, lookup, CuratedType.FIGURE, TARGET_FIGURE, TARGET_FIGURE.REFERENCE_ID,
                Published.figure(TARGET_FIGURE));
    }

    @Override
    Optional<Versioned<FigureDraft>> read(String referenceId) {
        return db.select(TARGET_FIGURE.asterisk(), SOURCE.URL, PARENT.REFERENCE_ID)
                .from(TARGET_FIGURE)
                .join(SOURCE).on(SOURCE.ID.eq(TARGET_FIGURE.SOURCE_ID))
                .leftJoin(PARENT).on(PARENT.ID.eq(TARGET_FIGURE.SUBSET_OF_FIGURE_ID))
                .where(keyIs(referenceId))
                .fetchOptional(r -> versioned(referenceId, new FigureDraft(referenceId,
                        r.get(TARGET_FIGURE.INCIDENT_ID), Areas.trimmed(r.get(TARGET_FIGURE.COUNTRY_ISO2)),
                        r.get(TARGET_FIGURE.TARGETED_COUNT), r.get(TARGET_FIGURE.COUNT_QUALIFIER),
                        r.get(TARGET_FIGURE.COUNT_KIND), r.get(TARGET_FIGURE.COUNTED_UNIT),
                        r.get(TARGET_FIGURE.PERIOD_START),
                        r.get(TARGET_FIGURE.PERIOD_END), r.get(TARGET_FIGURE.VICTIM_GROUPS),
                        r.get(TARGET_FIGURE.VERIFIED), r.get(TARGET_FIGURE.PREFERRED), r.get(PARENT.REFERENCE_ID),
                        r.get(TARGET_FIGURE.DENOMINATOR_RULE), r.get(TARGET_FIGURE.NOTES),
                        r.get(SOURCE.URL), r.get(TARGET_FIGURE.SOURCE_QUOTE)), r));
    }

    @Override
    void fill(TargetFigureRecord record, FigureDraft draft) {
        record.setReferenceId(draft.referenceId());
        record.setIncidentId(draft.incidentId());
        record.setArea(Areas.of(draft.countryIso2()));
        record.setCountryIso2(draft.countryIso2());
        record.setTargetedCount(draft.peopleTargeted());
        record.setCountQualifier(draft.countQualifier());
        record.setCountKind(draft.countKind());
        record.setCountedUnit(draft.countedUnit());
        record.setPeriodStart(draft.periodStart());
        record.setPeriodEnd(draft.periodEnd());
        record.setVictimGroups(draft.victimGroups());
        record.setVerified(draft.verified());
        record.setPreferred(draft.preferred());
        record.setSubsetOfFigureId(draft.subsetOf() == null ? null : lookup.figureId(draft.subsetOf()).orElseThrow());
        record.setDenominatorRule(draft.denominatorRule());
        record.setNotes(draft.notes());
        record.setSourceId(lookup.sourceIdOf(draft.sourceUrl()).orElseThrow());
        record.setSourceQuote(draft.sourceQuote());
    }

    @Override
    List<FieldProblem> problems(DraftChecks checks, FigureDraft draft, String storedKey) {
        return checks.figure(draft, storedKey == null);
    }

    @Override
    List<CuratedRow> list(String text, boolean includeRetired, int offset, int limit) {
        return db.select(TARGET_FIGURE.REFERENCE_ID, TARGET_FIGURE.INCIDENT_ID,
                        coalesce(COUNTRY.NAME, inline("Worldwide")), TARGET_FIGURE.TARGETED_COUNT,
                        TARGET_FIGURE.COUNT_KIND, TARGET_FIGURE.PREFERRED, TARGET_FIGURE.VERIFIED,
                        TARGET_FIGURE.RETIRED_AT)
                .from(TARGET_FIGURE).leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(TARGET_FIGURE.COUNTRY_ISO2))
                .where(listed(text, includeRetired))
                .orderBy(TARGET_FIGURE.INCIDENT_ID, TARGET_FIGURE.REFERENCE_ID).offset(offset).limit(limit)
                .fetch(r -> new CuratedRow(r.value1(), r.value2() + " · " + r.value3(),
                        "%,d %s%s%s".formatted(r.value4(), r.value5().label().toLowerCase(Locale.ROOT),
                                r.value6() ? ", preferred" : ", competing", r.value7() ? "" : ", unverified"),
                        r.value8() != null));
    }

    @Override
    Condition matching(String words) {
        return TARGET_FIGURE.REFERENCE_ID.containsIgnoreCase(words)
                .or(TARGET_FIGURE.INCIDENT_ID.containsIgnoreCase(words))
                .or(TARGET_FIGURE.COUNTRY_ISO2.eq(words.toUpperCase(Locale.ROOT)))
                .or(TARGET_FIGURE.LABEL.containsIgnoreCase(words));
    }

    @Override
    List<String> usesOf(String referenceId) {
        return db.select(CHILD.REFERENCE_ID).from(CHILD).join(TARGET_FIGURE)
                .on(TARGET_FIGURE.ID.eq(CHILD.SUBSET_OF_FIGURE_ID))
                .where(keyIs(referenceId)).and(Published.figure(CHILD))
                .fetch(r -> "figure " + r.value1() + " counts part of it");
    }

    @Override
    List<String> missingFor(String referenceId) {
        FigureDraft draft = read(referenceId).orElseThrow().draft();
        List<String> missing = new ArrayList<>();
        if (!lookup.isPublishedIncident(draft.incidentId())) {
            missing.add("its incident " + draft.incidentId() + " is retired");
        }
        if (!lookup.isPublishedSource(draft.sourceUrl())) {
            missing.add("its source is retired");
        }
        if (draft.preferred()) {
            lookup.preferredRival(draft)
                    .ifPresent(rival -> missing.add("figure " + rival + " is preferred in its place"));
        }
        return missing;
    }

    @Override
    List<CuratedChange> changesOf(TargetFigureRecord figure) {
        return List.of(new CuratedChange.FigureChanged(figure.getId(), figure.getIncidentId(), figure.getCountKind(),
                figure.getCountryIso2()));
    }
}
