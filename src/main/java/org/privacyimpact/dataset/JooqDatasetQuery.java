package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.INCIDENT_TALLY;
import static org.privacyimpact.db.Tables.KIND_AREA_TALLY;
import static org.privacyimpact.db.Tables.DATASET_CHANGE;
import static org.privacyimpact.db.Tables.DATASET_RELEASE;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.math.BigDecimal;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JooqDatasetQuery implements DatasetQuery {

    /** 2026.11.10 sorts after 2026.11.9: compare the parts as numbers. */
    private static final Field<Integer[]> VERSION_PARTS = field("string_to_array({0}, '.')::int[]",
            SQLDataType.INTEGER.array(), DATASET_RELEASE.VERSION);

    private final DSLContext db;

    JooqDatasetQuery(DSLContext db) {
        this.db = db;
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
    public List<SourceSummary> sources(int offset, int limit) {
        return db.select(SOURCE.ID, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL, SOURCE.PUBLISHED_ON,
                        field(selectCount().from(TARGET_FIGURE).where(TARGET_FIGURE.SOURCE_ID.eq(SOURCE.ID))
                                .and(Published.figure(TARGET_FIGURE))),
                        field(selectCount().from(PLATFORM_USER_BASE)
                                .where(PLATFORM_USER_BASE.SOURCE_ID.eq(SOURCE.ID))
                                .and(Published.userBase(PLATFORM_USER_BASE))))
                .from(SOURCE)
                .where(Published.source(SOURCE))
                .orderBy(SOURCE.TITLE, SOURCE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new SourceSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    @Override
    public int countSources() {
        return db.fetchCount(SOURCE, Published.source(SOURCE));
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

    /** Counts from the tallies (kind_area_tally, incident_tally; V12), kept current by {@link FigureTallies}. */
    @Override
    public DatasetStatistics statistics() {
        int incidents = db.fetchCount(INCIDENT, Published.incident(INCIDENT));
        int countries = db.fetchCount(selectDistinct(KIND_AREA_TALLY.AREA_KEY).from(KIND_AREA_TALLY)
                .where(KIND_AREA_TALLY.AREA_KEY.ne(Area.WORLDWIDE_KEY)).and(KIND_AREA_TALLY.FIGURES.gt(0)));
        var perKind = db.select(KIND_AREA_TALLY.COUNT_KIND, sum(KIND_AREA_TALLY.PREFERRED),
                        count().filterWhere(KIND_AREA_TALLY.AREA_KEY.ne(Area.WORLDWIDE_KEY)
                                .and(KIND_AREA_TALLY.PREFERRED.gt(0))))
                .from(KIND_AREA_TALLY)
                .groupBy(KIND_AREA_TALLY.COUNT_KIND)
                .having(sum(KIND_AREA_TALLY.PREFERRED).gt(BigDecimal.ZERO))
                .fetchMap(r -> CountKind.fromCode(r.value1()), r -> new int[] {r.value2().intValue(), r.value3()});
        List<DatasetStatistics.KindStatistics> kinds = new java.util.ArrayList<>();
        for (CountKind kind : CountKind.values()) {
            int[] counts = perKind.get(kind);
            if (counts == null) {
                continue;
            }
            var largest = db.select(TARGET_FIGURE.TARGETED_COUNT, TARGET_FIGURE.COUNT_QUALIFIER,
                            TARGET_FIGURE.COUNTRY_ISO2, COUNTRY.NAME, coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME))
                    .from(TARGET_FIGURE)
                    .join(INCIDENT).on(INCIDENT.ID.eq(TARGET_FIGURE.INCIDENT_ID))
                    .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(TARGET_FIGURE.COUNTRY_ISO2))
                    .where(TARGET_FIGURE.COUNT_KIND.eq(kind.code())).and(TARGET_FIGURE.PREFERRED.isTrue())
                    .and(Published.figure(TARGET_FIGURE))
                    .orderBy(TARGET_FIGURE.TARGETED_COUNT.desc(), TARGET_FIGURE.REFERENCE_ID)
                    .limit(1)
                    .fetchSingle(r -> new DatasetStatistics.Largest(r.value1(), ValueQualifier.fromCode(r.value2()),
                            r.value3() == null ? Area.worldwide() : new Area(r.value3().trim(), r.value4()),
                            r.value5()));
            kinds.add(new DatasetStatistics.KindStatistics(kind, counts[0], counts[1], largest));
        }
        var byYear = db.select(INCIDENT_TALLY.FIRST_REPORTED, coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME))
                .from(INCIDENT)
                .join(INCIDENT_TALLY).on(INCIDENT_TALLY.INCIDENT_ID.eq(INCIDENT.ID))
                .where(Published.incident(INCIDENT))
                .fetch();
        java.util.Map<Integer, List<String>> names = new java.util.TreeMap<>();
        byYear.forEach(r -> {
            if (r.value1() != null) {
                names.computeIfAbsent(r.value1(), year -> new java.util.ArrayList<>()).add(r.value2());
            }
        });
        List<DatasetStatistics.YearCount> years = names.entrySet().stream()
                .map(e -> new DatasetStatistics.YearCount(e.getKey(), e.getValue().stream().sorted().toList()))
                .toList();
        return new DatasetStatistics(incidents, countries, kinds, years);
    }
}
