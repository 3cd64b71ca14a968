package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.DATASET_CHANGE;
import static org.privacyimpact.db.Tables.DATASET_RELEASE;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.INCIDENT_TALLY;
import static org.privacyimpact.db.Tables.KIND_AREA_TALLY;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.math.BigDecimal;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Row1;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JooqDatasetQuery implements DatasetQuery {

    /** Names in the order of their characters' codes, as Java sorts strings, whatever the database's locale. */
    private static final String BY_CODE_POINT = "C";

    /** 2026.11.10 sorts after 2026.11.9: compare the parts as numbers. */
    private static final Field<Integer[]> VERSION_PARTS = field("string_to_array({0}, '.')::int[]",
            SQLDataType.INTEGER.array(), DATASET_RELEASE.VERSION);

    private final DSLContext db;

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

    /**
     * Incidents per year first reported, each year with the first of its names: grouped in the database, so a
     * row per year comes back rather than one per incident.
     */
    private List<DatasetStatistics.YearCount> yearCounts() {
        Field<String> name = coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME);
        Field<String[]> firstNames = field("({0})[1:{1}]", SQLDataType.VARCHAR.array(),
                arrayAgg(name).orderBy(name.collate(BY_CODE_POINT)), inline(DatasetStatistics.NAMED_PER_YEAR));
        return db.select(INCIDENT_TALLY.FIRST_REPORTED, count(), firstNames)
                .from(INCIDENT)
                .join(INCIDENT_TALLY).on(INCIDENT_TALLY.INCIDENT_ID.eq(INCIDENT.ID))
                .where(Published.incident(INCIDENT)).and(INCIDENT_TALLY.FIRST_REPORTED.isNotNull())
                .groupBy(INCIDENT_TALLY.FIRST_REPORTED)
                .orderBy(INCIDENT_TALLY.FIRST_REPORTED)
                .fetch(r -> new DatasetStatistics.YearCount(r.value1(), r.value2(), List.of(r.value3())));
    }

    /**
     * The largest preferred figure of each kind, in one statement: per kind one probe into the index
     * target_figure_largest_of_kind (V12).
     */
    private java.util.Map<CountKind, DatasetStatistics.Largest> largestOfEachKind(java.util.Set<CountKind> kinds) {
        if (kinds.isEmpty()) {
            return java.util.Map.of();
        }
        Table<Record1<CountKind>> kindCodes = values(kinds.stream()
                .map(kind -> row(val(kind, TARGET_FIGURE.COUNT_KIND.getDataType()))).toArray(Row1[]::new))
                .as("kind", "code");
        Field<CountKind> code = kindCodes.field("code", TARGET_FIGURE.COUNT_KIND.getDataType());
        var largest = lateral(select(TARGET_FIGURE.TARGETED_COUNT, TARGET_FIGURE.COUNT_QUALIFIER,
                        TARGET_FIGURE.COUNTRY_ISO2, TARGET_FIGURE.INCIDENT_ID, TARGET_FIGURE.VERIFIED,
                        TARGET_FIGURE.NOTES, TARGET_FIGURE.SOURCE_ID, TARGET_FIGURE.SOURCE_QUOTE,
                        TARGET_FIGURE.COUNTED_UNIT)
                .from(TARGET_FIGURE)
                .where(TARGET_FIGURE.COUNT_KIND.eq(code)).and(TARGET_FIGURE.PREFERRED.isTrue())
                .and(Published.figure(TARGET_FIGURE))
                .orderBy(TARGET_FIGURE.TARGETED_COUNT.desc(), TARGET_FIGURE.REFERENCE_ID)
                .limit(1)).as("largest");
        Field<String> country = largest.field(TARGET_FIGURE.COUNTRY_ISO2);
        return db.select(code, largest.field(TARGET_FIGURE.TARGETED_COUNT), largest.field(TARGET_FIGURE.COUNT_QUALIFIER),
                        country, COUNTRY.NAME, coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME),
                        largest.field(TARGET_FIGURE.VERIFIED), largest.field(TARGET_FIGURE.NOTES),
                        largest.field(TARGET_FIGURE.SOURCE_QUOTE), SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL,
                        SOURCE.PUBLISHED_ON, largest.field(TARGET_FIGURE.COUNTED_UNIT))
                .from(kindCodes)
                .crossJoin(largest)
                .join(INCIDENT).on(INCIDENT.ID.eq(largest.field(TARGET_FIGURE.INCIDENT_ID)))
                .join(SOURCE).on(SOURCE.ID.eq(largest.field(TARGET_FIGURE.SOURCE_ID)))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(country))
                .fetchMap(r -> r.value1(), r -> new DatasetStatistics.Largest(
                        r.value1(), r.value14(), r.value2(), r.value3(),
                        r.value4() == null ? Area.worldwide() : new Area(r.value4().trim(), r.value5()), r.value6(),
                        r.value7(), r.value8(), new SourceCitation(r.value10(), r.value11(), r.value12(),
                                r.value13(), r.value9())));
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
                .fetchMap(r -> r.value1(), r -> new int[] {r.value2().intValue(), r.value3()});
        java.util.Map<CountKind, DatasetStatistics.Largest> largest = largestOfEachKind(perKind.keySet());
        List<DatasetStatistics.KindStatistics> kinds = new java.util.ArrayList<>();
        for (CountKind kind : CountKind.values()) {
            int[] counts = perKind.get(kind);
            if (counts != null) {
                kinds.add(new DatasetStatistics.KindStatistics(kind, counts[0], counts[1], largest.get(kind)));
            }
        }
        List<DatasetStatistics.YearCount> years = yearCounts();
        return new DatasetStatistics(incidents, countries, kinds, years);
    }
}
