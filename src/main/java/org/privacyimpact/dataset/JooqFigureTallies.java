package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.arrayAggDistinct;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;
import static org.privacyimpact.db.Tables.FIGURE_TALLY_BUILD;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.INCIDENT_TALLY;
import static org.privacyimpact.db.Tables.KIND_AREA_TALLY;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts published figures per incident and per count kind and area, so that no page counts a million figures
 * to show a handful of numbers (DD011). A change recounts the incidents and the kind-and-area cells it
 * touches, before and after; the count of a cell is a few thousand index entries at most.
 */
@Component
@Transactional
class JooqFigureTallies extends DerivedTableMaintenance implements FigureTallies {

    /** The area of a figure as a key: its country, or '--' for worldwide. */
    private static final Field<String> AREA_KEY = AreaKey.of(TARGET_FIGURE.COUNTRY_ISO2);

    JooqFigureTallies(DSLContext db) {
        super(db, FIGURE_TALLY_BUILD, "Figures counted per incident, kind and area");
    }

    @Override
    protected void recomputeEverything() {
        recountIncidents(trueCondition());
        recountCells(null, null);
    }

    @Override
    protected void recompute(List<CuratedChange> changes) {
        Set<String> incidents = new LinkedHashSet<>();
        Set<Long> sources = new LinkedHashSet<>();
        Set<CountKind> kinds = new LinkedHashSet<>();
        Set<String> areas = new LinkedHashSet<>();
        for (CuratedChange change : changes) {
            switch (change) {
                case CuratedChange.FigureChanged figure -> {
                    incidents.add(figure.incidentId());
                    kinds.add(figure.countKind());
                    areas.add(figure.countryIso2() == null ? Area.WORLDWIDE_KEY : figure.countryIso2());
                }
                case CuratedChange.IncidentChanged incident -> incidents.add(incident.incidentId());
                case CuratedChange.SourceChanged source -> sources.add(source.sourceId());
                case CuratedChange.UserBaseChanged ignored -> {
                    // user figures are not counted here
                }
                case CuratedChange.Everything ignored -> throw new IllegalArgumentException("not a single change");
            }
        }
        if (!sources.isEmpty()) {
            incidents.addAll(db.selectDistinct(TARGET_FIGURE.INCIDENT_ID).from(TARGET_FIGURE)
                    .where(TARGET_FIGURE.SOURCE_ID.in(sources)).fetch(TARGET_FIGURE.INCIDENT_ID));
        }
        if (!incidents.isEmpty()) {
            recountIncidents(INCIDENT.ID.in(incidents));
        }
        if (!kinds.isEmpty()) {
            // every cell of these kinds in these areas: a few more than changed, each cheap to count
            recountCells(kinds, areas);
        }
    }

    /** Every incident {@code which} selects, retired ones included (readers filter incidents themselves). */
    private void recountIncidents(Condition which) {
        db.deleteFrom(INCIDENT_TALLY).where(INCIDENT_TALLY.INCIDENT_ID.in(select(INCIDENT.ID).from(INCIDENT)
                .where(which))).execute();
        db.insertInto(INCIDENT_TALLY, INCIDENT_TALLY.INCIDENT_ID, INCIDENT_TALLY.FIGURES, INCIDENT_TALLY.COUNTRIES,
                        INCIDENT_TALLY.KINDS, INCIDENT_TALLY.UNVERIFIED, INCIDENT_TALLY.FIRST_REPORTED)
                .select(select(INCIDENT.ID, count(TARGET_FIGURE.ID), countDistinct(TARGET_FIGURE.COUNTRY_ISO2),
                        // the tally keeps the kinds' codes (text[]), which the incident list reads
                        arrayAggDistinct(TARGET_FIGURE.COUNT_KIND.coerce(String.class))
                                .filterWhere(TARGET_FIGURE.ID.isNotNull()),
                        count(TARGET_FIGURE.ID).filterWhere(TARGET_FIGURE.VERIFIED.isFalse()),
                        min(SOURCE.PUBLISHED_YEAR))
                        .from(INCIDENT)
                        .leftJoin(TARGET_FIGURE).on(TARGET_FIGURE.INCIDENT_ID.eq(INCIDENT.ID))
                        .and(Published.figure(TARGET_FIGURE))
                        .leftJoin(SOURCE).on(SOURCE.ID.eq(TARGET_FIGURE.SOURCE_ID))
                        .where(which)
                        .groupBy(INCIDENT.ID))
                .execute();
    }

    /** The cells of these kinds in these areas (keys; '--' for worldwide); every cell when both are null. */
    private void recountCells(Set<CountKind> kinds, Set<String> areas) {
        Condition cells = kinds == null ? noCondition()
                : KIND_AREA_TALLY.COUNT_KIND.in(kinds).and(KIND_AREA_TALLY.AREA_KEY.in(areas));
        Condition figures = kinds == null ? noCondition()
                : TARGET_FIGURE.COUNT_KIND.in(kinds).and(inAreas(areas));
        db.deleteFrom(KIND_AREA_TALLY).where(cells).execute();
        db.insertInto(KIND_AREA_TALLY, KIND_AREA_TALLY.COUNT_KIND, KIND_AREA_TALLY.AREA_KEY, KIND_AREA_TALLY.FIGURES,
                        KIND_AREA_TALLY.PREFERRED, KIND_AREA_TALLY.LISTED)
                .select(select(TARGET_FIGURE.COUNT_KIND, AREA_KEY, count(),
                        count().filterWhere(TARGET_FIGURE.PREFERRED.isTrue()),
                        count().filterWhere(Published.listedFigure(TARGET_FIGURE)))
                        .from(TARGET_FIGURE)
                        .where(Published.figure(TARGET_FIGURE))
                        .and(figures)
                        .groupBy(TARGET_FIGURE.COUNT_KIND, AREA_KEY))
                .execute();
    }

    /** On the country column as it is, so that the index on it serves the lookup. */
    private static Condition inAreas(Set<String> areas) {
        Set<String> countries = new LinkedHashSet<>(areas);
        boolean worldwide = countries.remove(Area.WORLDWIDE_KEY);
        Condition inCountries = countries.isEmpty() ? org.jooq.impl.DSL.falseCondition()
                : TARGET_FIGURE.COUNTRY_ISO2.in(countries);
        return worldwide ? inCountries.or(TARGET_FIGURE.COUNTRY_ISO2.isNull()) : inCountries;
    }
}
