package org.privacyimpact.incident;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trueCondition;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.INCIDENT_TALLY;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.common.db.SelectedRow;
import org.privacyimpact.common.db.ShapedSelect;
import org.privacyimpact.dataset.Area;
import org.privacyimpact.dataset.CompetingGroup;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.FigureYears;
import org.privacyimpact.dataset.LargestPreferredFigure;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.StoredCode;
import org.privacyimpact.db.tables.Source;
import org.privacyimpact.db.tables.TargetFigure;
import org.springframework.stereotype.Component;

@Component
@ReadOnlyTransactional
class JooqIncidentQuery implements IncidentQuery {

    private static final TargetFigure FIGURE = TARGET_FIGURE.as("figure");
    private static final TargetFigure PARENT = TARGET_FIGURE.as("parent");
    private static final Field<Integer> LAST_YEAR = FigureYears.last(FIGURE).as("last_year");
    private static final Source FIGURE_SOURCE = SOURCE.as("figure_source");
    private static final Source REPLY_SOURCE = SOURCE.as("reply_source");

    // counted per incident in incident_tally (V12), kept current by FigureTallies; an incident without a row
    // there yet (none should be) shows zeros rather than disappearing
    private static final Field<Integer> FIGURES_OR_ZERO = coalesce(INCIDENT_TALLY.FIGURES, inline(0));
    private static final Field<Integer> FIGURES = FIGURES_OR_ZERO.as("figures");
    private static final Field<Integer> COUNTRIES = coalesce(INCIDENT_TALLY.COUNTRIES, inline(0)).as("countries");
    private static final Field<String[]> KINDS = INCIDENT_TALLY.KINDS.as("kinds");
    private static final Field<Boolean> HAS_UNVERIFIED = coalesce(INCIDENT_TALLY.UNVERIFIED, inline(0)).gt(inline(0))
            .as("has_unverified");
    /** The year of the earliest dated document the dataset cites for the incident. */
    private static final Field<Integer> FIRST_REPORTED = INCIDENT_TALLY.FIRST_REPORTED.as("first_reported");

    private static final Field<Integer> COUNTED = DSL.count();

    /** Apart from the incident's own name in a page of incidents. */
    private static final Field<String> PLATFORM_NAME = PLATFORM.NAME.as("platform_name");
    private static final Field<String> LABEL = coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME);

    /** What a page shows of each incident, in the order the page selects it. */
    private static final List<Field<?>> PAGE_COLUMNS = List.of(INCIDENT.ID, INCIDENT.NAME, INCIDENT.SHORT_NAME,
            INCIDENT.TOOL_OR_VENDOR, PLATFORM_NAME, INCIDENT.YEAR_START, INCIDENT.YEAR_END, FIRST_REPORTED, FIGURES,
            COUNTRIES, KINDS, HAS_UNVERIFIED);

    /**
     * The columns of the page's derived table, as the outer select names them ("page"."id"): each shape builds
     * its own table of this name, and selects and reads these fields.
     */
    private static final Table<?> PAGE = select(PAGE_COLUMNS).from(INCIDENT).asTable("page");
    private static final Field<String> PAGE_ID = PAGE.field(INCIDENT.ID);
    private static final Field<String> PAGE_NAME = PAGE.field(INCIDENT.NAME);
    private static final Field<String> PAGE_SHORT_NAME = PAGE.field(INCIDENT.SHORT_NAME);
    private static final Field<String> PAGE_TOOL_OR_VENDOR = PAGE.field(INCIDENT.TOOL_OR_VENDOR);
    private static final Field<String> PAGE_PLATFORM = PAGE.field(PLATFORM_NAME);
    private static final Field<Integer> PAGE_YEAR_START = PAGE.field(INCIDENT.YEAR_START);
    private static final Field<Integer> PAGE_YEAR_END = PAGE.field(INCIDENT.YEAR_END);
    private static final Field<Integer> PAGE_FIRST_REPORTED = PAGE.field(FIRST_REPORTED);
    private static final Field<Integer> PAGE_FIGURES = PAGE.field(FIGURES);
    private static final Field<Integer> PAGE_COUNTRIES = PAGE.field(COUNTRIES);
    private static final Field<String[]> PAGE_KINDS = PAGE.field(KINDS);
    private static final Field<Boolean> PAGE_HAS_UNVERIFIED = PAGE.field(HAS_UNVERIFIED);
    private static final List<Field<?>> PAGE_SELECTED = List.of(PAGE_ID, PAGE_NAME, PAGE_SHORT_NAME,
            PAGE_TOOL_OR_VENDOR, PAGE_PLATFORM, PAGE_YEAR_START, PAGE_YEAR_END, PAGE_FIRST_REPORTED, PAGE_FIGURES,
            PAGE_COUNTRIES, PAGE_KINDS, PAGE_HAS_UNVERIFIED, LargestPreferredFigure.COUNT,
            LargestPreferredFigure.QUALIFIER, LargestPreferredFigure.KIND, LargestPreferredFigure.UNIT,
            LargestPreferredFigure.COUNTRY, LargestPreferredFigure.VERIFIED, COUNTRY.NAME);

    /** The values a list binds, each a named parameter of its shape (see {@link #valuesOf}). */
    private enum ListValue {
        TEXT, VENDOR, PLATFORM, KIND, COUNTRY, FROM_YEAR, TO_YEAR, OFFSET, ROW_LIMIT;

        /** The parameter's name in the SQL. */
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Which filters are set and the order: what changes the list's SQL, as opposed to its values.
     *
     * @param sort null for the count
     */
    private record ListShape(boolean text, boolean vendor, boolean platform, boolean kind, boolean country,
                             boolean fromYear, boolean toYear, IncidentSort sort) {

        static ListShape of(IncidentFilter filter, IncidentSort sort) {
            return new ListShape(hasWords(filter.text()), hasWords(filter.vendor()), filter.platform() != null,
                    filter.kind() != null, filter.country() != null, filter.fromYear() != null,
                    filter.toYear() != null, sort);
        }

        private static boolean hasWords(String words) {
            return words != null && !words.isBlank();
        }
    }

    private final DSLContext db;
    private final ShapedSelect<ListShape> pages;
    private final ShapedSelect<ListShape> counts;

    JooqIncidentQuery(DSLContext db) {
        this.db = db;
        this.pages = new ShapedSelect<>(db, this::pageOf);
        this.counts = new ShapedSelect<>(db, shape -> new ShapedSelect.Shape(db.select(COUNTED).from(INCIDENT)
                .leftJoin(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .where(matching(shape)), List.of(COUNTED)));
    }

    @Override
    public List<IncidentSummary> find(IncidentFilter filter, IncidentSort sort, int offset, int limit) {
        Map<String, Object> values = valuesOf(filter);
        values.put(ListValue.OFFSET.key(), offset);
        values.put(ListValue.ROW_LIMIT.key(), limit);
        return pages.fetch(ListShape.of(filter, sort), values, JooqIncidentQuery::toSummary);
    }

    @Override
    public int count(IncidentFilter filter) {
        return counts.fetch(ListShape.of(filter, null), valuesOf(filter), row -> row.get(COUNTED)).getFirst();
    }

    /**
     * The page first, then the largest preferred figure of each of its rows: one probe per row shown, not one
     * per incident before the page is cut (5,000 probes, 0.8 s, at the benchmark's scale).
     */
    private ShapedSelect.Shape pageOf(ListShape shape) {
        Field<Integer> position = rowNumber().over(orderBy(orderFor(shape.sort()))).as("position");
        Table<?> page = select(PAGE_COLUMNS).select(position)
                .from(INCIDENT)
                .leftJoin(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .leftJoin(INCIDENT_TALLY).on(INCIDENT_TALLY.INCIDENT_ID.eq(INCIDENT.ID))
                .where(matching(shape))
                .orderBy(orderFor(shape.sort()))
                .offset(param(ListValue.OFFSET.key(), Integer.class))
                .limit(param(ListValue.ROW_LIMIT.key(), Integer.class))
                .asTable(PAGE.getName());
        return new ShapedSelect.Shape(db.select(PAGE_SELECTED)
                .from(page)
                .leftJoin(LargestPreferredFigure.among(figure -> figure.INCIDENT_ID.eq(page.field(INCIDENT.ID))))
                .on(trueCondition())
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(LargestPreferredFigure.COUNTRY))
                .orderBy(page.field(position)), PAGE_SELECTED);
    }

    private static IncidentSummary toSummary(SelectedRow r) {
        String name = r.get(PAGE_NAME);
        String[] kinds = r.get(PAGE_KINDS);
        Integer largestCount = r.get(LargestPreferredFigure.COUNT);
        String largestCountry = r.get(LargestPreferredFigure.COUNTRY);
        return new IncidentSummary(r.get(PAGE_ID), name, Objects.requireNonNullElse(r.get(PAGE_SHORT_NAME), name),
                r.get(PAGE_TOOL_OR_VENDOR), r.get(PAGE_PLATFORM), r.get(PAGE_YEAR_START), r.get(PAGE_YEAR_END),
                r.get(PAGE_FIRST_REPORTED), r.get(PAGE_FIGURES), r.get(PAGE_COUNTRIES),
                // an incident without figures yet has no kinds (array_agg of nothing is null)
                kinds == null ? List.of() : Arrays.stream(kinds)
                        .map(code -> StoredCode.fromCode(CountKind.class, code)).sorted().toList(),
                r.get(PAGE_HAS_UNVERIFIED), largestCount == null ? null
                        : new IncidentSummary.Largest(largestCount, r.get(LargestPreferredFigure.QUALIFIER),
                        r.get(LargestPreferredFigure.KIND), r.get(LargestPreferredFigure.UNIT),
                        largestCountry == null ? Area.worldwide()
                                : new Area(largestCountry.trim(), r.get(COUNTRY.NAME)),
                        r.get(LargestPreferredFigure.VERIFIED)));
    }

    /** Published incidents, narrowed by the filters the shape has; each value a named parameter. */
    private static Condition matching(ListShape shape) {
        Condition condition = Published.incident(INCIDENT);
        if (shape.text()) {
            // containsIgnoreCase binds the text and escapes % and _: a visitor's words are never SQL
            Param<String> text = param(ListValue.TEXT.key(), String.class);
            condition = condition.and(INCIDENT.NAME.containsIgnoreCase(text)
                    .or(INCIDENT.SHORT_NAME.containsIgnoreCase(text))
                    .or(INCIDENT.TOOL_OR_VENDOR.containsIgnoreCase(text))
                    .or(INCIDENT.SUMMARY.containsIgnoreCase(text)));
        }
        if (shape.vendor()) {
            condition = condition.and(INCIDENT.TOOL_OR_VENDOR.containsIgnoreCase(
                    param(ListValue.VENDOR.key(), String.class)));
        }
        if (shape.platform()) {
            condition = condition.and(PLATFORM.NAME.eq(
                    param(ListValue.PLATFORM.key(), PLATFORM.NAME.getDataType())));
        }
        if (shape.kind()) {
            condition = condition.andExists(selectOne().from(FIGURE).where(FIGURE.INCIDENT_ID.eq(INCIDENT.ID))
                    .and(Published.figure(FIGURE))
                    .and(FIGURE.COUNT_KIND.eq(param(ListValue.KIND.key(), FIGURE.COUNT_KIND.getDataType()))));
        }
        if (shape.country()) {
            condition = condition.andExists(selectOne().from(FIGURE).where(FIGURE.INCIDENT_ID.eq(INCIDENT.ID))
                    .and(Published.figure(FIGURE))
                    .and(FIGURE.COUNTRY_ISO2.eq(
                            param(ListValue.COUNTRY.key(), FIGURE.COUNTRY_ISO2.getDataType()))));
        }
        if (shape.toYear()) {
            condition = condition.and(INCIDENT.YEAR_START.le(param(ListValue.TO_YEAR.key(), Integer.class)));
        }
        if (shape.fromYear()) {
            condition = condition.and(coalesce(INCIDENT.YEAR_END, INCIDENT.YEAR_START)
                    .ge(param(ListValue.FROM_YEAR.key(), Integer.class)));
        }
        return condition;
    }

    /** The values a filter binds, by the names {@link #matching} gives them. */
    private static Map<String, Object> valuesOf(IncidentFilter filter) {
        Map<String, Object> values = new HashMap<>();
        values.put(ListValue.TEXT.key(), filter.text() == null ? null : filter.text().trim());
        values.put(ListValue.VENDOR.key(), filter.vendor() == null ? null : filter.vendor().trim());
        values.put(ListValue.PLATFORM.key(), filter.platform());
        values.put(ListValue.KIND.key(), filter.kind());
        values.put(ListValue.COUNTRY.key(), filter.country());
        values.put(ListValue.FROM_YEAR.key(), filter.fromYear());
        values.put(ListValue.TO_YEAR.key(), filter.toYear());
        return values;
    }

    private static List<SortField<?>> orderFor(IncidentSort sort) {
        boolean asc = sort.ascending();
        List<SortField<?>> order = new ArrayList<>();
        switch (sort.column()) {
            case NAME -> order.add(asc ? LABEL.asc() : LABEL.desc());
            case YEARS -> {
                order.add(asc ? INCIDENT.YEAR_START.asc() : INCIDENT.YEAR_START.desc());
                order.add(asc ? INCIDENT.YEAR_END.asc().nullsFirst() : INCIDENT.YEAR_END.desc().nullsLast());
            }
            // the expressions, not their names in the select list: the order also numbers the rows (a window)
            case FIRST_REPORTED -> order.add((asc ? INCIDENT_TALLY.FIRST_REPORTED.asc()
                    : INCIDENT_TALLY.FIRST_REPORTED.desc()).nullsLast());
            case FIGURES -> order.add(asc ? FIGURES_OR_ZERO.asc() : FIGURES_OR_ZERO.desc());
        }
        // a stable tiebreaker keeps lazy-loaded pages from repeating or skipping rows
        order.add(INCIDENT.ID.asc());
        return order;
    }

    @Override
    public Optional<IncidentDetail> detail(String id) {
        Record incident = db.select(INCIDENT.asterisk(), PLATFORM.NAME, REPLY_SOURCE.TITLE, REPLY_SOURCE.PUBLISHER,
                        REPLY_SOURCE.URL, REPLY_SOURCE.PUBLISHED_ON)
                .from(INCIDENT)
                .leftJoin(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .leftJoin(REPLY_SOURCE).on(REPLY_SOURCE.ID.eq(INCIDENT.RIGHT_OF_REPLY_SOURCE_ID))
                .where(INCIDENT.ID.eq(id)).and(Published.incident(INCIDENT))
                .fetchOne();
        if (incident == null) {
            return Optional.empty();
        }
        List<FigureLine> figures = figuresOf(id);
        Map<String, SourceCitation> sources = new LinkedHashMap<>();
        for (FigureLine line : figures) {
            sources.putIfAbsent(line.source().url(), withoutQuote(line.source()));
            line.competing().forEach(other -> sources.putIfAbsent(other.source().url(), withoutQuote(other.source())));
        }
        String reply = incident.get(INCIDENT.RIGHT_OF_REPLY);
        SourceCitation replySource = reply == null ? null : new SourceCitation(incident.get(REPLY_SOURCE.TITLE),
                incident.get(REPLY_SOURCE.PUBLISHER), incident.get(REPLY_SOURCE.URL),
                incident.get(REPLY_SOURCE.PUBLISHED_ON), reply);
        return Optional.of(new IncidentDetail(id, incident.get(INCIDENT.NAME),
                Objects.requireNonNullElse(incident.get(INCIDENT.SHORT_NAME), incident.get(INCIDENT.NAME)),
                incident.get(INCIDENT.TOOL_OR_VENDOR), incident.get(PLATFORM.NAME),
                incident.get(INCIDENT.VECTOR_DESCRIPTION), incident.get(INCIDENT.YEAR_START),
                incident.get(INCIDENT.YEAR_END), incident.get(INCIDENT.SUMMARY), incident.get(INCIDENT.CAVEATS),
                reply, replySource, figures, List.copyOf(sources.values())));
    }

    /** Preferred figures in order (worldwide first, then countries by name), each with its competing values. */
    private List<FigureLine> figuresOf(String incidentId) {
        var records = db.select(FIGURE.asterisk(), LAST_YEAR, COUNTRY.NAME, PARENT.REFERENCE_ID, FIGURE_SOURCE.TITLE,
                        FIGURE_SOURCE.PUBLISHER, FIGURE_SOURCE.URL, FIGURE_SOURCE.PUBLISHED_ON)
                .from(FIGURE)
                .join(FIGURE_SOURCE).on(FIGURE_SOURCE.ID.eq(FIGURE.SOURCE_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(FIGURE.COUNTRY_ISO2))
                .leftJoin(PARENT).on(PARENT.ID.eq(FIGURE.SUBSET_OF_FIGURE_ID))
                .where(FIGURE.INCIDENT_ID.eq(incidentId)).and(Published.figure(FIGURE))
                .orderBy(FIGURE.AREA.desc(), COUNTRY.NAME, FIGURE.COUNT_KIND, FIGURE.SUBSET_OF_FIGURE_ID.nullsFirst(),
                        FIGURE.PREFERRED.desc(), FIGURE.TARGETED_COUNT.desc(), FIGURE.REFERENCE_ID)
                .fetch();
        Map<CompetingGroup, FigureLine> preferredByGroup = new LinkedHashMap<>();
        Map<CompetingGroup, List<FigureLine>> competingByGroup = new LinkedHashMap<>();
        for (Record r : records) {
            CompetingGroup group = CompetingGroup.of(r, FIGURE);
            FigureLine line = line(r, List.of());
            if (r.get(FIGURE.PREFERRED)) {
                preferredByGroup.put(group, line);
            } else {
                competingByGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(line);
            }
        }
        List<FigureLine> lines = new ArrayList<>();
        preferredByGroup.forEach((group, line) -> lines.add(new FigureLine(line.referenceId(), line.area(),
                line.count(), line.qualifier(), line.kind(), line.victimGroups(), line.periodStart(),
                line.periodEnd(), line.verified(), line.notes(), line.source(), line.subsetOf(), line.denominatorRule(),
                competingByGroup.getOrDefault(group, List.of()))));
        return lines;
    }

    private static FigureLine line(Record r, List<FigureLine> competing) {
        String iso2 = r.get(FIGURE.COUNTRY_ISO2);
        Area area = iso2 == null ? Area.worldwide() : new Area(iso2.trim(), r.get(COUNTRY.NAME));
        return new FigureLine(r.get(FIGURE.REFERENCE_ID), area, r.get(FIGURE.TARGETED_COUNT),
                r.get(FIGURE.COUNT_QUALIFIER), r.get(FIGURE.COUNT_KIND),
                r.get(FIGURE.VICTIM_GROUPS), r.get(FIGURE.PERIOD_START), r.get(LAST_YEAR), r.get(FIGURE.VERIFIED),
                r.get(FIGURE.NOTES),
                new SourceCitation(r.get(FIGURE_SOURCE.TITLE), r.get(FIGURE_SOURCE.PUBLISHER),
                        r.get(FIGURE_SOURCE.URL), r.get(FIGURE_SOURCE.PUBLISHED_ON), r.get(FIGURE.SOURCE_QUOTE)),
                r.get(PARENT.REFERENCE_ID), r.get(FIGURE.DENOMINATOR_RULE), competing);
    }

    private static SourceCitation withoutQuote(SourceCitation source) {
        return new SourceCitation(source.title(), source.publisher(), source.url(), source.publishedOn(), null);
    }

}
