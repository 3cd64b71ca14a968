package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.values;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.INCIDENT_TALLY;
import static org.privacyimpact.db.Tables.KIND_AREA_TALLY;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Row1;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.privacyimpact.common.db.SelectedRow;
import org.privacyimpact.common.db.ShapedSelect;
import org.privacyimpact.common.db.ShapedSelect.Single;

/**
 * The dataset's headline statistics from the tallies (kind_area_tally, incident_tally; V12), kept current by
 * {@link FigureTallies}. Each statement is rendered once ({@link ShapedSelect}); none binds a value.
 */
final class JooqDatasetStatistics {

    /** A fetch size of 0: the driver reads the few rows in one round trip. */
    private static final int ALL_AT_ONCE = 0;

    private static final Field<Integer> COUNTED = count();
    private static final Field<Integer> COUNTRIES = countDistinct(KIND_AREA_TALLY.AREA_KEY);
    private static final Field<BigDecimal> PREFERRED = sum(KIND_AREA_TALLY.PREFERRED);
    private static final Field<Integer> COUNTRIES_WITH_PREFERRED = count().filterWhere(
            KIND_AREA_TALLY.AREA_KEY.ne(inline(Area.WORLDWIDE_KEY)).and(KIND_AREA_TALLY.PREFERRED.gt(inline(0))));

    private static final Field<String> INCIDENT_LABEL = coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME);
    private static final Field<String[]> FIRST_NAMES = field("({0})[1:{1}]", SQLDataType.VARCHAR.array(),
            arrayAgg(INCIDENT_LABEL).orderBy(INCIDENT_LABEL.collate(JooqDatasetQuery.BY_CODE_POINT)),
            inline(DatasetStatistics.NAMED_PER_YEAR));

    /** The kinds asked for, as a table of codes ("kind"."code"), and each kind's largest figure beside it. */
    private static final Field<CountKind> KIND_CODE = field(name("kind", "code"),
            TARGET_FIGURE.COUNT_KIND.getDataType());
    private static final List<Field<?>> LARGEST_SELECTED = List.of(KIND_CODE, LargestPreferredFigure.COUNT,
            LargestPreferredFigure.QUALIFIER, LargestPreferredFigure.COUNTRY, COUNTRY.NAME, INCIDENT_LABEL,
            LargestPreferredFigure.VERIFIED, LargestPreferredFigure.NOTES, LargestPreferredFigure.QUOTE, SOURCE.TITLE,
            SOURCE.PUBLISHER, SOURCE.URL, SOURCE.PUBLISHED_ON, LargestPreferredFigure.UNIT);

    private final ShapedSelect<Single> incidents;
    private final ShapedSelect<Single> countries;
    private final ShapedSelect<Single> perKind;
    private final ShapedSelect<Set<CountKind>> largest;
    private final ShapedSelect<Single> years;

    JooqDatasetStatistics(DSLContext db) {
        incidents = ShapedSelect.single(db, () -> new ShapedSelect.Shape(db.select(COUNTED).from(INCIDENT)
                .where(Published.incident(INCIDENT)), List.of(COUNTED)));
        countries = ShapedSelect.single(db, () -> new ShapedSelect.Shape(db.select(COUNTRIES).from(KIND_AREA_TALLY)
                .where(KIND_AREA_TALLY.AREA_KEY.ne(inline(Area.WORLDWIDE_KEY)))
                .and(KIND_AREA_TALLY.FIGURES.gt(inline(0))), List.of(COUNTRIES)));
        perKind = ShapedSelect.single(db, () -> new ShapedSelect.Shape(db.select(KIND_AREA_TALLY.COUNT_KIND,
                        PREFERRED, COUNTRIES_WITH_PREFERRED)
                .from(KIND_AREA_TALLY)
                .groupBy(KIND_AREA_TALLY.COUNT_KIND)
                .having(PREFERRED.gt(inline(BigDecimal.ZERO))),
                List.of(KIND_AREA_TALLY.COUNT_KIND, PREFERRED, COUNTRIES_WITH_PREFERRED)));
        largest = new ShapedSelect<>(db, kinds -> largestOfEachKind(db, kinds));
        years = ShapedSelect.single(db, () -> new ShapedSelect.Shape(db.select(INCIDENT_TALLY.FIRST_REPORTED,
                        COUNTED, FIRST_NAMES)
                .from(INCIDENT)
                .join(INCIDENT_TALLY).on(INCIDENT_TALLY.INCIDENT_ID.eq(INCIDENT.ID))
                .where(Published.incident(INCIDENT)).and(INCIDENT_TALLY.FIRST_REPORTED.isNotNull())
                .groupBy(INCIDENT_TALLY.FIRST_REPORTED)
                .orderBy(INCIDENT_TALLY.FIRST_REPORTED), List.of(INCIDENT_TALLY.FIRST_REPORTED, COUNTED, FIRST_NAMES)));
    }

    DatasetStatistics statistics() {
        int incidentCount = incidents.fetch(Single.SHAPE, Map.of(), row -> row.get(COUNTED)).getFirst();
        int countryCount = countries.fetch(Single.SHAPE, Map.of(), row -> row.get(COUNTRIES)).getFirst();
        Map<CountKind, int[]> counts = new EnumMap<>(CountKind.class);
        perKind.forEach(Single.SHAPE, Map.of(), ALL_AT_ONCE, row -> counts.put(row.get(KIND_AREA_TALLY.COUNT_KIND),
                new int[] {row.get(PREFERRED).intValue(), row.get(COUNTRIES_WITH_PREFERRED)}));
        Map<CountKind, DatasetStatistics.Largest> largestOfKind = new EnumMap<>(CountKind.class);
        if (!counts.isEmpty()) {
            largest.forEach(EnumSet.copyOf(counts.keySet()), Map.of(), ALL_AT_ONCE,
                    row -> largestOfKind.put(row.get(KIND_CODE), toLargest(row)));
        }
        List<DatasetStatistics.KindStatistics> kinds = new ArrayList<>();
        for (CountKind kind : CountKind.values()) {
            int[] ofKind = counts.get(kind);
            if (ofKind != null) {
                kinds.add(new DatasetStatistics.KindStatistics(kind, ofKind[0], ofKind[1], largestOfKind.get(kind)));
            }
        }
        // incidents per year first reported, grouped in the database: a row per year, not one per incident
        List<DatasetStatistics.YearCount> byYear = years.fetch(Single.SHAPE, Map.of(),
                row -> new DatasetStatistics.YearCount(row.get(INCIDENT_TALLY.FIRST_REPORTED), row.get(COUNTED),
                        List.of(row.get(FIRST_NAMES))));
        return new DatasetStatistics(incidentCount, countryCount, kinds, byYear);
    }

    /**
     * The largest preferred figure of each kind, in one statement: per kind one probe into the index
     * target_figure_largest_of_kind (V12). The kinds are written into the SQL: there are a handful, so a handful
     * of shapes at most, and one in practice (every kind the dataset has).
     */
    private static ShapedSelect.Shape largestOfEachKind(DSLContext db, Set<CountKind> kinds) {
        Table<?> kindCodes = values(kinds.stream()
                .map(kind -> row(inline(kind, TARGET_FIGURE.COUNT_KIND.getDataType()))).toArray(Row1[]::new))
                .as("kind", "code");
        return new ShapedSelect.Shape(db.select(LARGEST_SELECTED)
                .from(kindCodes)
                .crossJoin(LargestPreferredFigure.among(figure -> figure.COUNT_KIND.eq(KIND_CODE)))
                .join(INCIDENT).on(INCIDENT.ID.eq(LargestPreferredFigure.INCIDENT_ID))
                .join(SOURCE).on(SOURCE.ID.eq(LargestPreferredFigure.SOURCE_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(LargestPreferredFigure.COUNTRY)), LARGEST_SELECTED);
    }

    private static DatasetStatistics.Largest toLargest(SelectedRow row) {
        String country = row.get(LargestPreferredFigure.COUNTRY);
        return new DatasetStatistics.Largest(row.get(KIND_CODE), row.get(LargestPreferredFigure.UNIT),
                row.get(LargestPreferredFigure.COUNT), row.get(LargestPreferredFigure.QUALIFIER),
                country == null ? Area.worldwide() : new Area(country.trim(), row.get(COUNTRY.NAME)),
                row.get(INCIDENT_LABEL), row.get(LargestPreferredFigure.VERIFIED),
                row.get(LargestPreferredFigure.NOTES),
                new SourceCitation(row.get(SOURCE.TITLE), row.get(SOURCE.PUBLISHER), row.get(SOURCE.URL),
                        row.get(SOURCE.PUBLISHED_ON), row.get(LargestPreferredFigure.QUOTE)));
    }
}
