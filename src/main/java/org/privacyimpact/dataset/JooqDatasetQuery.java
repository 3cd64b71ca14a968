package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.DATASET_CHANGE;
import static org.privacyimpact.db.Tables.DATASET_RELEASE;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.INCIDENT_TALLY;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.SQLDataType;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.springframework.stereotype.Component;

@Component
@ReadOnlyTransactional
class JooqDatasetQuery implements DatasetQuery {

    /** Names in the order of their characters' codes, as Java sorts strings, whatever the database's locale. */
    static final String BY_CODE_POINT = "C";

    /** 2026.11.10 sorts after 2026.11.9: compare the parts as numbers. */
    private static final Field<Integer[]> VERSION_PARTS = field("string_to_array({0}, '.')::int[]",
            SQLDataType.INTEGER.array(), DATASET_RELEASE.VERSION);

    private final DSLContext db;
    private final JooqDatasetStatistics statistics;

    JooqDatasetQuery(DSLContext db) {
        this.db = db;
        this.statistics = new JooqDatasetStatistics(db);
    }

    @Override
    public List<DatasetRelease> releases() {
        return db.select(DATASET_RELEASE.VERSION, DATASET_RELEASE.RELEASED_ON, DATASET_RELEASE.SUMMARY,
                        multiset(select(DATASET_CHANGE.DESCRIPTION).from(DATASET_CHANGE)
                                .where(DATASET_CHANGE.VERSION.eq(DATASET_RELEASE.VERSION))
                                .orderBy(DATASET_CHANGE.ID))
                                .convertFrom(changes -> changes.map(Record1::value1)))
                .from(DATASET_RELEASE)
                .orderBy(DATASET_RELEASE.RELEASED_ON.desc(), VERSION_PARTS.desc())
                .fetch(r -> new DatasetRelease(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public DatasetRelease currentRelease() {
        return releases().getFirst();
    }

    @Override
    public List<SourceSummary> sources(SourceFilter filter, int offset, int limit) {
        return db.select(SOURCE.ID, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL, SOURCE.PUBLISHED_ON,
                        field(selectCount().from(TARGET_FIGURE).where(TARGET_FIGURE.SOURCE_ID.eq(SOURCE.ID))
                                .and(Published.figure(TARGET_FIGURE))),
                        field(selectCount().from(PLATFORM_USER_BASE)
                                .where(PLATFORM_USER_BASE.SOURCE_ID.eq(SOURCE.ID))
                                .and(Published.userBase(PLATFORM_USER_BASE))))
                .from(SOURCE)
                .where(matching(filter))
                .orderBy(SOURCE.TITLE, SOURCE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new SourceSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    @Override
    public int countSources(SourceFilter filter) {
        return db.fetchCount(SOURCE, matching(filter));
    }

    private static Condition matching(SourceFilter filter) {
        if (filter.isAll()) {
            return Published.source(SOURCE);
        }
        // containsIgnoreCase binds the text and escapes % and _: a visitor's words are never SQL
        String text = filter.text().trim();
        return Published.source(SOURCE).and(SOURCE.TITLE.containsIgnoreCase(text)
                .or(SOURCE.PUBLISHER.containsIgnoreCase(text))
                .or(SOURCE.URL.containsIgnoreCase(text)));
    }

    @Override
    public List<Choice> incidents() {
        return db.select(INCIDENT.ID, coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME))
                .from(INCIDENT)
                .where(Published.incident(INCIDENT))
                .orderBy(coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME), INCIDENT.ID)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    @Override
    public List<Choice> countriesWithFigures() {
        return db.select(COUNTRY.ISO2, COUNTRY.NAME)
                .from(COUNTRY)
                .whereExists(selectOne().from(TARGET_FIGURE).where(TARGET_FIGURE.COUNTRY_ISO2.eq(COUNTRY.ISO2))
                        .and(Published.figure(TARGET_FIGURE)))
                .orderBy(COUNTRY.NAME)
                .fetch(r -> new Choice(r.value1().trim(), r.value2()));
    }

    @Override
    public java.util.Map<String, String> countryNamesByNumericCode() {
        return db.select(COUNTRY.ISO_NUMERIC, COUNTRY.NAME).from(COUNTRY)
                .where(COUNTRY.ISO_NUMERIC.isNotNull())
                .orderBy(COUNTRY.ISO_NUMERIC)
                .fetchMap(r -> r.value1().trim(), r -> r.value2());
    }

    @Override
    public java.util.SortedMap<Integer, List<String>> incidentNamesByYear() {
        java.util.SortedMap<Integer, List<String>> names = new java.util.TreeMap<>();
        db.select(INCIDENT_TALLY.FIRST_REPORTED, coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME))
                .from(INCIDENT)
                .join(INCIDENT_TALLY).on(INCIDENT_TALLY.INCIDENT_ID.eq(INCIDENT.ID))
                .where(Published.incident(INCIDENT)).and(INCIDENT_TALLY.FIRST_REPORTED.isNotNull())
                .orderBy(INCIDENT_TALLY.FIRST_REPORTED, coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME).collate(BY_CODE_POINT))
                .forEach(r -> names.computeIfAbsent(r.value1(), y -> new java.util.ArrayList<>()).add(r.value2()));
        return names;
    }

    /** Counts from the tallies (kind_area_tally, incident_tally; V12), kept current by {@link FigureTallies}. */
    @Override
    public DatasetStatistics statistics() {
        return statistics.statistics();
    }
}
