package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.val;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.FIGURE_LIST_COUNT;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectLimitStep;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGConnection;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.common.db.SelectedRow;
import org.privacyimpact.common.db.ShapedSelect;
import org.privacyimpact.db.tables.Source;
import org.privacyimpact.db.tables.TargetFigure;
import org.privacyimpact.export.SpreadsheetSafeCopy.CellRule;
import org.privacyimpact.export.SpreadsheetSafeCopy;
import org.springframework.stereotype.Component;

/**
 * The data API's records and the downloads: figures and user figures, as a page, a count, a stream or a COPY. The
 * figures' page, count and stream are rendered once per set of filters ({@link ShapedSelect}); the API serves
 * them to every analyst's request that its cache does not answer.
 */
@Component
@ReadOnlyTransactional
class JooqRecordsQuery implements RecordsQuery {

    /** Rows fetched per round trip when streaming: the export's memory stays flat however many rows match. */
    static final int FETCH_SIZE = 1000;

    private static final TargetFigure PARENT = TARGET_FIGURE.as("parent");
    private static final Source REPLY_SOURCE = SOURCE.as("reply_source");
    private static final Field<Integer> LAST_YEAR = FigureYears.last(TARGET_FIGURE).as("period_end");

    /** Only the columns a FigureRecord holds: an export reads a million rows of them. */
    private static final List<Field<?>> FIGURE_COLUMNS = List.of(TARGET_FIGURE.REFERENCE_ID,
            TARGET_FIGURE.INCIDENT_ID, TARGET_FIGURE.COUNTRY_ISO2, TARGET_FIGURE.TARGETED_COUNT,
            TARGET_FIGURE.COUNT_QUALIFIER, TARGET_FIGURE.COUNT_KIND, TARGET_FIGURE.COUNTED_UNIT,
            TARGET_FIGURE.PERIOD_START, LAST_YEAR, TARGET_FIGURE.VICTIM_GROUPS, TARGET_FIGURE.VERIFIED,
            TARGET_FIGURE.PREFERRED,
            TARGET_FIGURE.DENOMINATOR_RULE, TARGET_FIGURE.NOTES, TARGET_FIGURE.SOURCE_QUOTE, INCIDENT.NAME,
            COUNTRY.NAME, PARENT.REFERENCE_ID, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL, SOURCE.PUBLISHED_ON,
            FIGURE_LIST_COUNT.LIST_VERSION, FIGURE_LIST_COUNT.LIST_SHA256, FIGURE_LIST_COUNT.ROW_NUMBERS,
            FIGURE_LIST_COUNT.ROW_SOURCES);

    /** The names a figures query binds its values by: each filter's, then a page's. */
    private static final String COUNTRY_CODE = "country";
    private static final String INCIDENT_ID = "incident";
    private static final String KIND = "kind";
    private static final String TO_YEAR = "to_year";
    private static final String FROM_YEAR = "from_year";
    private static final String VERIFIED = "verified";
    private static final String OFFSET = "offset";
    private static final String LIMIT = "row_limit";

    private static final Field<Integer> COUNTED = count();

    /**
     * What changes the figures' SQL: which filters are set, and whether a page of them is read or all of them.
     *
     * @param filters the names of the filters set, in the order {@link #setValues} gives them
     */
    private record FigureShape(List<String> filters, boolean page) {

        /** @param values the filter's set values ({@link #setValues}), before a page's are added */
        static FigureShape of(Map<String, Object> values, boolean page) {
            return new FigureShape(List.copyOf(values.keySet()), page);
        }
    }

    private final DSLContext db;
    private final ShapedSelect<FigureShape> figureRows;
    private final ShapedSelect<FigureShape> figureCounts;

    JooqRecordsQuery(DSLContext db) {
        this.db = db;
        this.figureRows = new ShapedSelect<>(db, shape -> new ShapedSelect.Shape(figureQuery(shape), FIGURE_COLUMNS));
        this.figureCounts = new ShapedSelect<>(db, shape -> new ShapedSelect.Shape(db.select(COUNTED)
                .from(TARGET_FIGURE).where(figureCondition(shape.filters(), NAMED_PARAMETERS)), List.of(COUNTED)));
    }

    /** A page of figures, its SQL rendered once per shape and run with each call's values ({@link ShapedSelect}). */
    @Override
    public List<FigureRecord> figures(FigureFilter filter, int offset, int limit) {
        Map<String, Object> values = setValues(filter);
        FigureShape shape = FigureShape.of(values, true);
        values.put(OFFSET, offset);
        values.put(LIMIT, limit);
        return figureRows.fetch(shape, values, JooqRecordsQuery::figure);
    }

    @Override
    public int countFigures(FigureFilter filter) {
        Map<String, Object> values = setValues(filter);
        return figureCounts.fetch(FigureShape.of(values, false), values, row -> row.get(COUNTED)).getFirst();
    }

    @Override
    public void streamFigures(FigureFilter filter, Consumer<FigureRecord> each) {
        Map<String, Object> values = setValues(filter);
        figureRows.forEach(FigureShape.of(values, false), values, FETCH_SIZE,
                row -> each.accept(figure(row)));
    }

    @Override
    public List<IncidentCare> readWithCare(Collection<String> incidentIds) {
        return db.select(INCIDENT.NAME, INCIDENT.CAVEATS, INCIDENT.RIGHT_OF_REPLY, REPLY_SOURCE.TITLE,
                        REPLY_SOURCE.URL)
                .from(INCIDENT)
                .leftJoin(REPLY_SOURCE).on(REPLY_SOURCE.ID.eq(INCIDENT.RIGHT_OF_REPLY_SOURCE_ID))
                // one array bound, however many incidents a report holds
                .where(INCIDENT.ID.eq(any(incidentIds.toArray(String[]::new))))
                .and(Published.incident(INCIDENT))
                .and(INCIDENT.CAVEATS.isNotNull().or(INCIDENT.RIGHT_OF_REPLY.isNotNull()))
                .orderBy(INCIDENT.YEAR_START, INCIDENT.NAME)
                .fetch(row -> new IncidentCare(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5()));
    }

    private ResultQuery<Record> figureQuery(FigureShape shape) {
        var ordered = db.select(FIGURE_COLUMNS)
                .from(TARGET_FIGURE)
                .join(INCIDENT).on(INCIDENT.ID.eq(TARGET_FIGURE.INCIDENT_ID))
                .join(SOURCE).on(SOURCE.ID.eq(TARGET_FIGURE.SOURCE_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(TARGET_FIGURE.COUNTRY_ISO2))
                .leftJoin(PARENT).on(PARENT.ID.eq(TARGET_FIGURE.SUBSET_OF_FIGURE_ID))
                .leftJoin(FIGURE_LIST_COUNT).on(FIGURE_LIST_COUNT.FIGURE_ID.eq(TARGET_FIGURE.ID))
                .where(figureCondition(shape.filters(), NAMED_PARAMETERS))
                .orderBy(TARGET_FIGURE.INCIDENT_ID, TARGET_FIGURE.REFERENCE_ID);
        return shape.page() ? ordered.offset(param(OFFSET, Integer.class)).limit(param(LIMIT, Integer.class))
                : ordered;
    }

    /** The filter's values that are set, by the name each is bound by: which are set is the SQL's shape. */
    private static Map<String, Object> setValues(FigureFilter filter) {
        Map<String, Object> values = new LinkedHashMap<>();
        putIfSet(values, COUNTRY_CODE, filter.country());
        putIfSet(values, INCIDENT_ID, filter.incident());
        putIfSet(values, KIND, filter.kind());
        putIfSet(values, TO_YEAR, filter.toYear());
        putIfSet(values, FROM_YEAR, filter.fromYear());
        putIfSet(values, VERIFIED, filter.verified());
        return values;
    }

    private static void putIfSet(Map<String, Object> values, String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    /** @param filters the names of the filters set */
    private static Condition figureCondition(Collection<String> filters, FilterValues values) {
        Condition condition = Published.figure(TARGET_FIGURE);
        if (filters.contains(COUNTRY_CODE)) {
            condition = condition.and(TARGET_FIGURE.COUNTRY_ISO2.eq(values.of(COUNTRY_CODE, SQLDataType.CHAR(2))));
        }
        if (filters.contains(INCIDENT_ID)) {
            condition = condition.and(TARGET_FIGURE.INCIDENT_ID.eq(values.of(INCIDENT_ID, SQLDataType.VARCHAR(40))));
        }
        if (filters.contains(KIND)) {
            condition = condition.and(TARGET_FIGURE.COUNT_KIND.eq(values.of(KIND,
                    TARGET_FIGURE.COUNT_KIND.getDataType())));
        }
        if (filters.contains(TO_YEAR)) {
            condition = condition.and(TARGET_FIGURE.PERIOD_START.le(values.of(TO_YEAR, SQLDataType.INTEGER)));
        }
        if (filters.contains(FROM_YEAR)) {
            condition = condition.and(FigureYears.last(TARGET_FIGURE).ge(values.of(FROM_YEAR, SQLDataType.INTEGER)));
        }
        if (filters.contains(VERIFIED)) {
            condition = condition.and(TARGET_FIGURE.VERIFIED.eq(values.of(VERIFIED, SQLDataType.BOOLEAN)));
        }
        return condition;
    }

    /** How a set filter's value reaches the SQL; never as text spliced into it. */
    private interface FilterValues {
        <T> Field<T> of(String name, DataType<T> type);
    }

    /** A named parameter, bound on each call of a shaped select. */
    private static final FilterValues NAMED_PARAMETERS = new FilterValues() {
        @Override
        public <T> Field<T> of(String name, DataType<T> type) {
            return param(name, type);
        }
    };

    /**
     * COPY takes no bind values, so each value is first bound into a setting of this transaction
     * (set_config(…, true)) and the statement reads it back with current_setting.
     */
    private FilterValues transactionSettings(Map<String, Object> set) {
        return new FilterValues() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Field<T> of(String name, DataType<T> type) {
                String setting = "dashboard.figures_filter_" + name;
                // as stored: a count kind's code, not its enum constant's name
                Object stored = type.getConverter().to((T) set.get(name));
                db.select(function("set_config", String.class, inline(setting), val(String.valueOf(stored)),
                        inline(true))).fetch();
                return function("current_setting", String.class, inline(setting)).cast(type);
            }
        };
    }

    /** A column of the copied figures, with the cell rule SpreadsheetSafeCopy applies to it. */
    private record CopiedColumn(Field<?> field, CellRule rule) {
    }

    /**
     * The figures as CSV written by PostgreSQL (COPY … TO STDOUT), with the same columns and the same
     * spreadsheet-safe cells as {@link RecordsCsv#FIGURE_COLUMNS} written row by row in Java would have: the
     * database copies the columns as stored and {@link SpreadsheetSafeCopy} applies the cell rules to the bytes
     * on their way out. Runs in this class's read-only transaction, which the settings need.
     */
    @Override
    public void copyFiguresCsv(FigureFilter filter, OutputStream out) {
        // count_qualifier, count_kind, counted_unit and denominator_rule are written as stored: check constraints
        // keep them to known codes of lowercase words, which no spreadsheet reads as a formula
        List<CopiedColumn> columns = List.of(
                new CopiedColumn(TARGET_FIGURE.REFERENCE_ID.as("reference_id"), CellRule.TEXT),
                new CopiedColumn(TARGET_FIGURE.INCIDENT_ID.as("incident_id"), CellRule.TEXT),
                new CopiedColumn(INCIDENT.NAME.as("incident_name"), CellRule.TEXT),
                new CopiedColumn(TARGET_FIGURE.COUNTRY_ISO2.as("country_iso2"), CellRule.TEXT),
                new CopiedColumn(coalesce(COUNTRY.NAME, inline(Area.WORLDWIDE_NAME)).as("area"), CellRule.TEXT),
                new CopiedColumn(TARGET_FIGURE.TARGETED_COUNT.as("people_targeted"), CellRule.AS_STORED),
                new CopiedColumn(TARGET_FIGURE.COUNT_QUALIFIER.as("count_qualifier"), CellRule.AS_STORED),
                new CopiedColumn(TARGET_FIGURE.COUNT_KIND.as("count_kind"), CellRule.AS_STORED),
                new CopiedColumn(TARGET_FIGURE.COUNTED_UNIT.as("counted_unit"), CellRule.AS_STORED),
                new CopiedColumn(TARGET_FIGURE.PERIOD_START.as("period_start"), CellRule.AS_STORED),
                new CopiedColumn(LAST_YEAR, CellRule.AS_STORED),
                new CopiedColumn(TARGET_FIGURE.VICTIM_GROUPS.as("victim_groups"), CellRule.TEXT),
                new CopiedColumn(TARGET_FIGURE.VERIFIED.as("verified"), CellRule.FLAG),
                new CopiedColumn(TARGET_FIGURE.PREFERRED.as("preferred"), CellRule.FLAG),
                new CopiedColumn(PARENT.REFERENCE_ID.as("subset_of"), CellRule.TEXT),
                new CopiedColumn(TARGET_FIGURE.DENOMINATOR_RULE.as("denominator_rule"), CellRule.AS_STORED),
                new CopiedColumn(TARGET_FIGURE.NOTES.as("notes"), CellRule.TEXT),
                new CopiedColumn(SOURCE.TITLE.as("source_title"), CellRule.TEXT),
                new CopiedColumn(SOURCE.URL.as("source_url"), CellRule.TEXT),
                new CopiedColumn(TARGET_FIGURE.SOURCE_QUOTE.as("source_quote"), CellRule.TEXT));
        if (!columns.stream().map(column -> column.field().getName()).toList().equals(RecordsCsv.FIGURE_COLUMNS)) {
            throw new IllegalStateException("the copied columns differ from RecordsCsv.FIGURE_COLUMNS");
        }
        Map<String, Object> set = setValues(filter);
        var select = db.select(columns.stream().map(CopiedColumn::field).toList())
                .from(TARGET_FIGURE)
                .join(INCIDENT).on(INCIDENT.ID.eq(TARGET_FIGURE.INCIDENT_ID))
                .join(SOURCE).on(SOURCE.ID.eq(TARGET_FIGURE.SOURCE_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(TARGET_FIGURE.COUNTRY_ISO2))
                .leftJoin(PARENT).on(PARENT.ID.eq(TARGET_FIGURE.SUBSET_OF_FIGURE_ID))
                .where(figureCondition(set.keySet(), transactionSettings(set)))
                .orderBy(TARGET_FIGURE.INCIDENT_ID, TARGET_FIGURE.REFERENCE_ID);
        // every value in the statement is a constant of ours: the filter's values are read from settings
        String sql = "COPY (" + db.renderInlined(select) + ") TO STDOUT WITH (FORMAT csv, HEADER true)";
        List<CellRule> rules = columns.stream().map(CopiedColumn::rule).toList();
        db.connection(connection -> {
            try (SpreadsheetSafeCopy safe = new SpreadsheetSafeCopy(nonClosing(out), rules)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, safe);
            }
        });
    }

    /** The caller owns the response stream; closing the line-end filter must only flush it. */
    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
    }

    private static FigureRecord figure(SelectedRow r) {
        String iso2 = r.get(TARGET_FIGURE.COUNTRY_ISO2);
        return new FigureRecord(r.get(TARGET_FIGURE.REFERENCE_ID), r.get(TARGET_FIGURE.INCIDENT_ID),
                r.get(INCIDENT.NAME), iso2 == null ? Area.worldwide() : new Area(iso2.trim(), r.get(COUNTRY.NAME)),
                r.get(TARGET_FIGURE.TARGETED_COUNT), r.get(TARGET_FIGURE.COUNT_QUALIFIER),
                r.get(TARGET_FIGURE.COUNT_KIND),
                r.get(TARGET_FIGURE.COUNTED_UNIT), r.get(TARGET_FIGURE.PERIOD_START), r.get(LAST_YEAR),
                r.get(TARGET_FIGURE.VICTIM_GROUPS), r.get(TARGET_FIGURE.VERIFIED), r.get(TARGET_FIGURE.PREFERRED),
                r.get(PARENT.REFERENCE_ID), r.get(TARGET_FIGURE.DENOMINATOR_RULE),
                r.get(TARGET_FIGURE.NOTES),
                new SourceCitation(r.get(SOURCE.TITLE), r.get(SOURCE.PUBLISHER), r.get(SOURCE.URL),
                        r.get(SOURCE.PUBLISHED_ON), r.get(TARGET_FIGURE.SOURCE_QUOTE)), listTrail(r));
    }

    private static ListTrail listTrail(SelectedRow r) {
        if (r.get(FIGURE_LIST_COUNT.LIST_SHA256) == null) {
            return null;
        }
        return new ListTrail(r.get(FIGURE_LIST_COUNT.LIST_VERSION), r.get(FIGURE_LIST_COUNT.LIST_SHA256),
                RowNumbers.describe(Arrays.asList(r.get(FIGURE_LIST_COUNT.ROW_NUMBERS))),
                List.of(r.get(FIGURE_LIST_COUNT.ROW_SOURCES)));
    }

    @Override
    public List<UserBaseRecord> userBases(UserBaseFilter filter, int offset, int limit) {
        return userBaseQuery(filter).offset(offset).limit(limit).fetch(JooqRecordsQuery::userBase);
    }

    @Override
    public int countUserBases(UserBaseFilter filter) {
        return db.fetchCount(db.select(PLATFORM_USER_BASE.ID).from(PLATFORM_USER_BASE)
                .join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID))
                .where(userBaseCondition(filter)));
    }

    @Override
    public void streamUserBases(UserBaseFilter filter, Consumer<UserBaseRecord> each) {
        try (Cursor<Record> cursor = userBaseQuery(filter).fetchSize(FETCH_SIZE).fetchLazy()) {
            cursor.forEach(r -> each.accept(userBase(r)));
        }
    }

    private SelectLimitStep<Record> userBaseQuery(UserBaseFilter filter) {
        return db.select(PLATFORM_USER_BASE.asterisk(), PLATFORM.NAME, COUNTRY.NAME, SOURCE.TITLE, SOURCE.PUBLISHER,
                        SOURCE.URL, SOURCE.PUBLISHED_ON)
                .from(PLATFORM_USER_BASE)
                .join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID))
                .join(SOURCE).on(SOURCE.ID.eq(PLATFORM_USER_BASE.SOURCE_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(PLATFORM_USER_BASE.COUNTRY_ISO2))
                .where(userBaseCondition(filter))
                .orderBy(PLATFORM.NAME, PLATFORM_USER_BASE.COUNTRY_ISO2.nullsFirst(), PLATFORM_USER_BASE.AS_OF_YEAR,
                        PLATFORM_USER_BASE.AS_OF_MONTH.nullsFirst(), PLATFORM_USER_BASE.ID);
    }

    private static Condition userBaseCondition(UserBaseFilter filter) {
        Condition condition = Published.userBase(PLATFORM_USER_BASE);
        if (filter.platform() != null) {
            condition = condition.and(PLATFORM.NAME.eq(filter.platform()));
        }
        if (filter.country() != null) {
            condition = condition.and(PLATFORM_USER_BASE.COUNTRY_ISO2.eq(filter.country()));
        }
        if (filter.metric() != null) {
            condition = condition.and(PLATFORM_USER_BASE.METRIC.eq(filter.metric()));
        }
        return condition;
    }

    private static UserBaseRecord userBase(Record r) {
        String iso2 = r.get(PLATFORM_USER_BASE.COUNTRY_ISO2);
        return new UserBaseRecord(r.get(PLATFORM_USER_BASE.REFERENCE_ID), r.get(PLATFORM.NAME),
                iso2 == null ? Area.worldwide() : new Area(iso2.trim(), r.get(COUNTRY.NAME)),
                r.get(PLATFORM_USER_BASE.USERS), r.get(PLATFORM_USER_BASE.USERS_QUALIFIER),
                r.get(PLATFORM_USER_BASE.METRIC), r.get(PLATFORM_USER_BASE.AS_OF_YEAR),
                r.get(PLATFORM_USER_BASE.AS_OF_MONTH), r.get(PLATFORM_USER_BASE.VERIFIED),
                r.get(PLATFORM_USER_BASE.NOTES),
                new SourceCitation(r.get(SOURCE.TITLE), r.get(SOURCE.PUBLISHER), r.get(SOURCE.URL),
                        r.get(SOURCE.PUBLISHED_ON), r.get(PLATFORM_USER_BASE.SOURCE_QUOTE)));
    }

    @Override
    public List<String> platformNames() {
        return db.select(PLATFORM.NAME).from(PLATFORM).orderBy(PLATFORM.NAME).fetch(PLATFORM.NAME);
    }

    @Override
    public List<String> incidentPlatforms() {
        return db.selectDistinct(PLATFORM.NAME).from(PLATFORM)
                .join(INCIDENT).on(INCIDENT.VECTOR_PLATFORM_ID.eq(PLATFORM.ID))
                .where(Published.incident(INCIDENT))
                .orderBy(PLATFORM.NAME)
                .fetch(PLATFORM.NAME);
    }

    @Override
    public boolean isCountry(String iso2) {
        return iso2 != null && db.fetchExists(COUNTRY, COUNTRY.ISO2.eq(iso2));
    }

    @Override
    public boolean isIncident(String id) {
        return id != null && db.fetchExists(INCIDENT, INCIDENT.ID.eq(id).and(Published.incident(INCIDENT)));
    }
}
