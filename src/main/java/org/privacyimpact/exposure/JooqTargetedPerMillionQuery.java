package org.privacyimpact.exposure;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.FIGURE_RATE;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.KIND_AREA_TALLY;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SortField;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.common.db.SelectedRow;
import org.privacyimpact.common.db.ShapedSelect;
import org.privacyimpact.common.db.TransactionConnection;
import org.privacyimpact.dataset.Area;
import org.privacyimpact.dataset.CompetingGroup;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.db.tables.FigureRate;
import org.privacyimpact.db.tables.Platform;
import org.privacyimpact.db.tables.PlatformUserBase;
import org.privacyimpact.db.tables.Source;
import org.privacyimpact.db.tables.TargetFigure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the comparison from the rates table (figure_rate, see {@link JooqFigureRates}): the rate, the user
 * figure divided by and the filter keys are stored per figure and denominator, so a page of the highest rates
 * is read in index order; only the rows shown are joined to their figure, sources and competing values. Each
 * statement is rendered once per shape (which filters are set, the order, what picks the rows) and run again with
 * each call's values ({@link ShapedSelect}).
 */
@Component
@ReadOnlyTransactional
class JooqTargetedPerMillionQuery implements TargetedPerMillionQuery {

    /** Rows fetched per round trip when streaming a download. */
    private static final int FETCH_SIZE = 1000;

    private static final FigureRate RATE = FIGURE_RATE.as("rate");
    private static final FigureRate BEST = FIGURE_RATE.as("best");
    private static final TargetFigure FIGURE = TARGET_FIGURE.as("figure");
    private static final Source FIGURE_SOURCE = SOURCE.as("figure_source");
    private static final PlatformUserBase BASE = PLATFORM_USER_BASE.as("base");
    private static final Source BASE_SOURCE = SOURCE.as("base_source");
    private static final Platform PLATFORM_OF_BASE = PLATFORM.as("platform_of_base");
    private static final TargetFigure OTHER = TARGET_FIGURE.as("other");
    private static final Source OTHER_SOURCE = SOURCE.as("other_source");
    private static final Field<String> AREA_NAME = coalesce(COUNTRY.NAME, inline(Area.WORLDWIDE_NAME));

    /** A row's competing figures: the other listed figures of its figure's group, highest first. */
    private static final List<Field<?>> COMPETING_FIELDS = List.of(OTHER.TARGETED_COUNT, OTHER.COUNT_QUALIFIER,
            OTHER.VERIFIED, OTHER.NOTES, OTHER.SOURCE_QUOTE, OTHER_SOURCE.TITLE, OTHER_SOURCE.PUBLISHER,
            OTHER_SOURCE.URL, OTHER_SOURCE.PUBLISHED_ON);

    private static final Field<Result<Record>> COMPETING = multiset(select(COMPETING_FIELDS)
                    .from(OTHER)
                    .join(OTHER_SOURCE).on(OTHER_SOURCE.ID.eq(OTHER.SOURCE_ID))
                    .where(CompetingGroup.same(OTHER, FIGURE))
                    .and(OTHER.PREFERRED.isFalse())
                    .and(Published.figure(OTHER))
                    .orderBy(OTHER.TARGETED_COUNT.desc(), OTHER.REFERENCE_ID))
            .as("competing");
    private static final SelectedRow.Nested COMPETING_ROWS = new SelectedRow.Nested(COMPETING, COMPETING_FIELDS);

    /** Everything a row shows, in the order the rows query selects it (then COMPETING, on a list's rows). */
    private static final List<Field<?>> ROW_FIELDS = List.of(RATE.FIGURE_ID, INCIDENT.ID, INCIDENT.NAME,
            INCIDENT.SHORT_NAME, RATE.FIGURE_YEAR, RATE.FIGURE_LAST_YEAR, FIGURE.COUNTRY_ISO2, AREA_NAME,
            FIGURE.TARGETED_COUNT, FIGURE.COUNT_QUALIFIER, FIGURE.COUNT_KIND, FIGURE.COUNTED_UNIT, FIGURE.VERIFIED,
            FIGURE.NOTES, FIGURE.SOURCE_QUOTE, FIGURE_SOURCE.TITLE, FIGURE_SOURCE.PUBLISHER, FIGURE_SOURCE.URL,
            FIGURE_SOURCE.PUBLISHED_ON,
            BASE.USERS, BASE.USERS_QUALIFIER, BASE.METRIC, BASE.AS_OF_YEAR, BASE.AS_OF_MONTH, BASE.VERIFIED,
            BASE.NOTES, BASE.SOURCE_QUOTE, BASE_SOURCE.TITLE, BASE_SOURCE.PUBLISHER, BASE_SOURCE.URL,
            BASE_SOURCE.PUBLISHED_ON, PLATFORM_OF_BASE.NAME,
            RATE.PER_MILLION, RATE.RATE_BOUND, RATE.RATE_UNAVAILABLE, RATE.YEARS_BETWEEN);

    private static final Field<Integer> COUNTED = DSL.count();
    private static final Field<BigDecimal> LISTED_IN_KIND = coalesce(sum(KIND_AREA_TALLY.LISTED),
            inline(BigDecimal.ZERO));

    /** The names of the values a page, a chart or one figure binds besides its filter's. */
    private static final String OFFSET = "offset";
    private static final String LIMIT = "row_limit";
    private static final String FIGURE_ID = "figure_id";

    /**
     * What picks the rows of a rows query, each its own SQL.
     *
     * @param competing whether the rows carry their competing figures: a list does; no chart draws them (a clicked
     *                  bar reads its figure again, whole), and their subquery and its JSON were most of the time the
     *                  overview's map and top chart took (BENCHMARKS.md)
     */
    private enum Picked {
        PAGE(true), HIGHEST(false), FIRST_WITH_RATE(false), FIRST_WITHOUT_RATE(false), ONE_FIGURE(true),
        EVERY_ROW(true);

        private final boolean competing;

        Picked(boolean competing) {
            this.competing = competing;
        }
    }

    /** @param filter null where one figure is picked by its id */
    private record RowsShape(Picked picked, JooqRateFilter.Shape filter, ExposureSort sort) {
    }

    private record CountShape(JooqRateFilter.Shape filter, boolean withRate) {

        /** A whole kind is counted from the tally of listed figures per kind and area (V12). */
        boolean fromTally() {
            return !withRate && filter.wholeKind();
        }
    }

    private final DSLContext db;
    private final ShapedSelect<RowsShape> rows;
    private final ShapedSelect<CountShape> counts;

    JooqTargetedPerMillionQuery(DSLContext db) {
        this.db = db;
        this.rows = new ShapedSelect<>(db, shape -> new ShapedSelect.Shape(rowsOf(shape), selectedBy(shape)));
        this.counts = new ShapedSelect<>(db, this::countOf);
    }

    @Override
    public List<TargetedPerMillion> find(ExposureFilter filter, ExposureSort sort, int offset, int limit) {
        Map<String, Object> values = JooqRateFilter.valuesOf(filter);
        values.put(OFFSET, offset);
        values.put(LIMIT, limit);
        return aFewRows(() -> rows.fetch(new RowsShape(Picked.PAGE, JooqRateFilter.Shape.of(filter), sort), values,
                this::toRow));
    }

    @Override
    public List<TargetedPerMillion> highest(ExposureFilter filter, int limit) {
        Map<String, Object> values = JooqRateFilter.valuesOf(filter);
        values.put(LIMIT, limit);
        return aFewRows(() -> rows.fetch(new RowsShape(Picked.HIGHEST, JooqRateFilter.Shape.of(filter),
                ExposureSort.HIGHEST_RATE_FIRST), values, this::toRow));
    }

    @Override
    public List<TargetedPerMillion> highestPerCountry(ExposureFilter filter) {
        return aFewRows(() -> rows.fetch(new RowsShape(Picked.FIRST_WITH_RATE, JooqRateFilter.Shape.of(filter),
                ExposureSort.HIGHEST_RATE_FIRST), JooqRateFilter.valuesOf(filter), this::toRow));
    }

    @Override
    public List<TargetedPerMillion> countriesWithoutRate(ExposureFilter filter) {
        return aFewRows(() -> rows.fetch(new RowsShape(Picked.FIRST_WITHOUT_RATE, JooqRateFilter.Shape.of(filter),
                new ExposureSort(ExposureSort.Column.AREA, true)), JooqRateFilter.valuesOf(filter), this::toRow));
    }

    @Override
    public Optional<TargetedPerMillion> figure(long figureId, Denominator denominator) {
        Map<String, Object> values = new HashMap<>();
        values.put(FIGURE_ID, figureId);
        values.put(JooqRateFilter.DENOMINATOR, denominator);
        return aFewRows(() -> rows.fetch(new RowsShape(Picked.ONE_FIGURE, null, ExposureSort.HIGHEST_RATE_FIRST),
                values, this::toRow).stream().findFirst());
    }

    @Override
    public void stream(ExposureFilter filter, ExposureSort sort, Consumer<TargetedPerMillion> each) {
        everyRow(() -> {
            rows.forEach(new RowsShape(Picked.EVERY_ROW, JooqRateFilter.Shape.of(filter), sort),
                    JooqRateFilter.valuesOf(filter), FETCH_SIZE, row -> each.accept(toRow(row)));
            return null;
        });
    }

    /**
     * A page or a chart's rows, picked by index. While the query runs, PostgreSQL joins the tables in the order
     * the query names them: the rows query joins ten tables outwards from the rate rows it picks, which is the
     * plan it needs, and searching every order cost 20–30 ms of planning per page at a million figures, several
     * times the query's own time. It also does without Memoize (keeping each joined table's rows by key), which
     * it sizes for all the rows it expects before the limit: a page of the comparison took 8.2 ms with it and
     * 1.2 ms without, and the overview's top chart up to 30 ms on a connection's first calls (EXPLAIN ANALYZE at a
     * million figures, BENCHMARKS.md, 2026-12-03).
     */
    private <T> T aFewRows(Supplier<T> query) {
        return withSettings("set local join_collapse_limit = 1; set local enable_memoize = off",
                "set local join_collapse_limit to default; set local enable_memoize to default", query);
    }

    /**
     * Every row of a download, in the same join order; Memoize stays, since a long list reads the same
     * incidents, sources and user figures again and again.
     */
    private <T> T everyRow(Supplier<T> query) {
        return withSettings("set local join_collapse_limit = 1", "set local join_collapse_limit to default", query);
    }

    /**
     * The settings for the query alone: back to the defaults for whatever else the caller's transaction runs. A
     * transaction begun for this call alone ends with it, and its settings with it ("set local"), so it is spared
     * the round trip. Outside a transaction PostgreSQL would only warn and ignore them, so that is refused: a method
     * reached without this class's proxy (a default method of the interface, say) once ran every query unplanned.
     */
    private <T> T withSettings(String settings, String defaults, Supplier<T> query) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the comparison's queries run in a transaction");
        }
        boolean callersTransaction = !TransactionAspectSupport.currentTransactionStatus().isNewTransaction();
        set(settings);
        try {
            return query.get();
        } finally {
            if (callersTransaction) {
                set(defaults);
            }
        }
    }

    /** A setting sent as it is, on the transaction's connection: there is nothing for jOOQ to render or read. */
    private void set(String settings) {
        TransactionConnection.run(db, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(settings)) {
                statement.execute();
            }
        });
    }

    /** The SQL of a rows query: the listed figures' rates (figure_rate, kept current by FigureRates). */
    private ResultQuery<Record> rowsOf(RowsShape shape) {
        return switch (shape.picked()) {
            case PAGE, EVERY_ROW -> rows(RATE, JooqRateFilter.matching(RATE, shape.filter()), shape);
            case HIGHEST -> rows(RATE, JooqRateFilter.matching(RATE, shape.filter())
                    .and(RATE.PER_MILLION.isNotNull()), shape);
            case FIRST_WITH_RATE, FIRST_WITHOUT_RATE -> rows(firstOfEachCountry(shape), noCondition(), shape);
            case ONE_FIGURE -> rows(RATE, RATE.FIGURE_ID.eq(param(FIGURE_ID, Long.class))
                    .and(RATE.DENOMINATOR.eq(JooqRateFilter.denominator())), shape);
        };
    }

    /**
     * Each country's first figure in index order (highest rate first, figures without a rate last): one index
     * probe per country into figure_rate_highest_in_country instead of ranking every rate of the kind; the rows
     * are then read from those few figures outwards. FIRST_WITH_RATE picks the countries whose first figure has a
     * rate (its highest), FIRST_WITHOUT_RATE those where none has one.
     */
    private static Table<?> firstOfEachCountry(RowsShape shape) {
        var firstInCountry = lateral(select(BEST.FIGURE_ID, BEST.PER_MILLION).from(BEST)
                .where(JooqRateFilter.matching(BEST, shape.filter()))
                .and(BEST.COUNTRY_ISO2.eq(COUNTRY.ISO2))
                .orderBy(BEST.PER_MILLION.desc().nullsLast(), BEST.FIGURE_ID)
                .limit(inline(1))).as("first_in_country");
        Field<BigDecimal> rate = firstInCountry.field(BEST.PER_MILLION);
        Table<?> countryFirst = select(firstInCountry.field(BEST.FIGURE_ID)).from(COUNTRY).crossJoin(firstInCountry)
                .where(shape.picked() == Picked.FIRST_WITH_RATE ? rate.isNotNull() : rate.isNull())
                .asTable("country_first");
        return countryFirst.join(RATE).on(RATE.FIGURE_ID.eq(countryFirst.field(BEST.FIGURE_ID)))
                .and(RATE.DENOMINATOR.eq(JooqRateFilter.denominator()));
    }

    private static List<Field<?>> selectedBy(RowsShape shape) {
        if (!shape.picked().competing) {
            return ROW_FIELDS;
        }
        List<Field<?>> selected = new ArrayList<>(ROW_FIELDS);
        selected.add(COMPETING);
        return selected;
    }

    /** @param rates figure_rate as RATE, alone or joined to what picks its rows */
    private ResultQuery<Record> rows(Table<?> rates, Condition which, RowsShape shape) {
        var ordered = db.select(selectedBy(shape))
                .from(rates)
                .join(FIGURE).on(FIGURE.ID.eq(RATE.FIGURE_ID))
                .join(INCIDENT).on(INCIDENT.ID.eq(RATE.INCIDENT_ID))
                .join(FIGURE_SOURCE).on(FIGURE_SOURCE.ID.eq(FIGURE.SOURCE_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(RATE.COUNTRY_ISO2))
                .leftJoin(BASE).on(BASE.ID.eq(RATE.USER_BASE_ID))
                .leftJoin(BASE_SOURCE).on(BASE_SOURCE.ID.eq(BASE.SOURCE_ID))
                .leftJoin(PLATFORM_OF_BASE).on(PLATFORM_OF_BASE.ID.eq(BASE.PLATFORM_ID))
                .where(which)
                .orderBy(orderFor(shape.sort()));
        return switch (shape.picked()) {
            case PAGE -> ordered.offset(param(OFFSET, Integer.class)).limit(param(LIMIT, Integer.class));
            case HIGHEST -> ordered.limit(param(LIMIT, Integer.class));
            default -> ordered;
        };
    }

    @Override
    public int count(ExposureFilter filter) {
        return count(new CountShape(JooqRateFilter.Shape.of(filter), false), filter);
    }

    @Override
    public int countWithRate(ExposureFilter filter) {
        return count(new CountShape(JooqRateFilter.Shape.of(filter), true), filter);
    }

    /** A whole kind is counted from the tally of listed figures per kind and area (V12), the rest over the rates. */
    private ShapedSelect.Shape countOf(CountShape shape) {
        if (shape.fromTally()) {
            return new ShapedSelect.Shape(db.select(LISTED_IN_KIND).from(KIND_AREA_TALLY)
                    .where(KIND_AREA_TALLY.COUNT_KIND.eq(
                            param(JooqRateFilter.COUNT_KIND, KIND_AREA_TALLY.COUNT_KIND.getDataType())))
                    .and(shape.filter().worldwide() ? noCondition()
                            : KIND_AREA_TALLY.AREA_KEY.ne(inline(Area.WORLDWIDE_KEY))), List.of(LISTED_IN_KIND));
        }
        return new ShapedSelect.Shape(db.select(COUNTED).from(RATE)
                .where(JooqRateFilter.matching(RATE, shape.filter()))
                .and(shape.withRate() ? RATE.PER_MILLION.isNotNull() : noCondition()), List.of(COUNTED));
    }

    private int count(CountShape shape, ExposureFilter filter) {
        return counts.fetch(shape, JooqRateFilter.valuesOf(filter), row -> shape.fromTally()
                ? row.get(LISTED_IN_KIND).intValue() : row.get(COUNTED)).getFirst();
    }

    private static List<SortField<?>> orderFor(ExposureSort sort) {
        SortField<?> primary = switch (sort.column()) {
            case AREA -> sort.ascending() ? AREA_NAME.asc() : AREA_NAME.desc();
            case PEOPLE_TARGETED -> sort.ascending() ? FIGURE.TARGETED_COUNT.asc() : FIGURE.TARGETED_COUNT.desc();
            case USERS -> (sort.ascending() ? BASE.USERS.asc() : BASE.USERS.desc()).nullsLast();
            case PER_MILLION -> (sort.ascending() ? RATE.PER_MILLION.asc() : RATE.PER_MILLION.desc()).nullsLast();
        };
        // A stable tiebreaker keeps lazy-loaded pages from repeating or skipping rows
        return List.of(primary, RATE.FIGURE_ID.asc());
    }

    private TargetedPerMillion toRow(SelectedRow r) {
        Long users = r.get(BASE.USERS);
        UserBase userBase = users == null ? null : new UserBase(r.get(PLATFORM_OF_BASE.NAME), users,
                r.get(BASE.USERS_QUALIFIER), r.get(BASE.METRIC),
                r.get(BASE.AS_OF_YEAR), r.get(BASE.AS_OF_MONTH), r.get(BASE.VERIFIED), r.get(BASE.NOTES),
                new SourceCitation(r.get(BASE_SOURCE.TITLE), r.get(BASE_SOURCE.PUBLISHER), r.get(BASE_SOURCE.URL),
                        r.get(BASE_SOURCE.PUBLISHED_ON), r.get(BASE.SOURCE_QUOTE)));
        BigDecimal perMillion = userBase == null ? null : r.get(RATE.PER_MILLION);
        return new TargetedPerMillion(r.get(RATE.FIGURE_ID), r.get(INCIDENT.ID), r.get(INCIDENT.NAME),
                r.get(INCIDENT.SHORT_NAME), r.get(RATE.FIGURE_YEAR), r.get(RATE.FIGURE_LAST_YEAR),
                new Area(r.get(FIGURE.COUNTRY_ISO2), r.get(AREA_NAME)),
                r.get(FIGURE.TARGETED_COUNT), r.get(FIGURE.COUNT_QUALIFIER),
                r.get(FIGURE.COUNT_KIND), r.get(FIGURE.COUNTED_UNIT),
                r.get(FIGURE.VERIFIED), r.get(FIGURE.NOTES),
                new SourceCitation(r.get(FIGURE_SOURCE.TITLE), r.get(FIGURE_SOURCE.PUBLISHER),
                        r.get(FIGURE_SOURCE.URL), r.get(FIGURE_SOURCE.PUBLISHED_ON), r.get(FIGURE.SOURCE_QUOTE)),
                userBase, r.get(RATE.YEARS_BETWEEN),
                perMillion, perMillion == null ? null : r.get(RATE.RATE_BOUND), r.get(RATE.RATE_UNAVAILABLE),
                competingOf(r));
    }

    /** A list's competing figures; most rows have none, and a chart's rows do not carry them. */
    private static List<CompetingFigure> competingOf(SelectedRow r) {
        return r.has(COMPETING) ? r.nested(COMPETING_ROWS).stream()
                .map(JooqTargetedPerMillionQuery::toCompetingFigure).toList() : List.of();
    }

    private static CompetingFigure toCompetingFigure(SelectedRow o) {
        return new CompetingFigure(o.get(OTHER.TARGETED_COUNT), o.get(OTHER.COUNT_QUALIFIER), o.get(OTHER.VERIFIED),
                o.get(OTHER.NOTES), new SourceCitation(o.get(OTHER_SOURCE.TITLE), o.get(OTHER_SOURCE.PUBLISHER),
                o.get(OTHER_SOURCE.URL), o.get(OTHER_SOURCE.PUBLISHED_ON), o.get(OTHER.SOURCE_QUOTE)));
    }
}
