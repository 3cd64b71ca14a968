package org.privacyimpact.incident;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.orderBy;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.privacyimpact.dataset.Area;
import org.privacyimpact.dataset.CompetingGroup;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.StoredCode;
import org.privacyimpact.dataset.ValueQualifier;
import org.privacyimpact.db.tables.Source;
import org.privacyimpact.db.tables.TargetFigure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JooqIncidentQuery implements IncidentQuery {

    private static final TargetFigure FIGURE = TARGET_FIGURE.as("figure");
    private static final TargetFigure PARENT = TARGET_FIGURE.as("parent");
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

    /** Apart from the incident's own name in a page of incidents. */
    private static final Field<String> PLATFORM_NAME = PLATFORM.NAME.as("platform_name");
    private static final Field<String> LABEL = coalesce(INCIDENT.SHORT_NAME, INCIDENT.NAME);

    private final DSLContext db;

    @Override
    public List<IncidentSummary> find(IncidentFilter filter, IncidentSort sort, int offset, int limit) {
        // the page first, then the largest preferred figure of each of its rows: one probe per row shown, not one
        // per incident before the page is cut (5,000 probes, 0.8 s, at the benchmark's scale)
        Field<Integer> position = rowNumber().over(orderBy(orderFor(sort))).as("position");
        Table<?> page = select(INCIDENT.ID, INCIDENT.NAME, INCIDENT.SHORT_NAME, INCIDENT.TOOL_OR_VENDOR,
                        PLATFORM_NAME, INCIDENT.YEAR_START, INCIDENT.YEAR_END, FIRST_REPORTED, FIGURES, COUNTRIES,
                        KINDS, HAS_UNVERIFIED, position)
                .from(INCIDENT)
                .leftJoin(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .leftJoin(INCIDENT_TALLY).on(INCIDENT_TALLY.INCIDENT_ID.eq(INCIDENT.ID))
                .where(matching(filter))
                .orderBy(orderFor(sort))
                .offset(offset)
                .limit(limit)
                .asTable("page");
        Field<String> id = page.field(INCIDENT.ID);
        var largest = lateral(select(FIGURE.TARGETED_COUNT, FIGURE.COUNT_QUALIFIER, FIGURE.COUNT_KIND,
                        FIGURE.COUNTED_UNIT, FIGURE.COUNTRY_ISO2, FIGURE.VERIFIED)
                .from(FIGURE)
                .where(FIGURE.INCIDENT_ID.eq(id)).and(FIGURE.PREFERRED.isTrue()).and(Published.figure(FIGURE))
                .orderBy(FIGURE.TARGETED_COUNT.desc(), FIGURE.REFERENCE_ID)
                .limit(1)).as("largest");
        Field<Integer> largestCount = largest.field(FIGURE.TARGETED_COUNT);
        Field<String> largestCountry = largest.field(FIGURE.COUNTRY_ISO2);
        // each column looked up in the derived tables once, not once per row
        Field<String> name = page.field(INCIDENT.NAME);
        Field<String> shortName = page.field(INCIDENT.SHORT_NAME);
        Field<String> toolOrVendor = page.field(INCIDENT.TOOL_OR_VENDOR);
        Field<String> platform = page.field(PLATFORM_NAME);
        Field<Integer> yearStart = page.field(INCIDENT.YEAR_START);
        Field<Integer> yearEnd = page.field(INCIDENT.YEAR_END);
        Field<Integer> firstReported = page.field(FIRST_REPORTED);
        Field<Integer> figures = page.field(FIGURES);
        Field<Integer> countries = page.field(COUNTRIES);
        Field<String[]> kinds = page.field(KINDS);
        Field<Boolean> hasUnverified = page.field(HAS_UNVERIFIED);
        Field<ValueQualifier> largestQualifier = largest.field(FIGURE.COUNT_QUALIFIER);
        Field<CountKind> largestKind = largest.field(FIGURE.COUNT_KIND);
        Field<CountedUnit> largestUnit = largest.field(FIGURE.COUNTED_UNIT);
        Field<Boolean> largestVerified = largest.field(FIGURE.VERIFIED);
        return db.select(page.fields())
                .select(largestCount, largestQualifier, largestKind, largestUnit, largestCountry, largestVerified,
                        COUNTRY.NAME)
                .from(page)
                .leftJoin(largest).on(trueCondition())
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(largestCountry))
                .orderBy(page.field(position))
                .fetch(r -> new IncidentSummary(r.get(id), r.get(name),
                        Objects.requireNonNullElse(r.get(shortName), r.get(name)),
                        r.get(toolOrVendor), r.get(platform), r.get(yearStart), r.get(yearEnd),
                        r.get(firstReported), r.get(figures), r.get(countries),
                        // an incident without figures yet has no kinds (array_agg of nothing is null)
                        r.get(kinds) == null ? List.of() : Arrays.stream(r.get(kinds))
                                .map(code -> StoredCode.fromCode(CountKind.class, code)).sorted().toList(),
                        r.get(hasUnverified), r.get(largestCount) == null ? null
                                : new IncidentSummary.Largest(r.get(largestCount), r.get(largestQualifier),
                                r.get(largestKind), r.get(largestUnit),
                                r.get(largestCountry) == null ? Area.worldwide()
                                        : new Area(r.get(largestCountry).trim(), r.get(COUNTRY.NAME)),
                                r.get(largestVerified))));
    }

    @Override
    public int count(IncidentFilter filter) {
        return db.fetchCount(db.select(INCIDENT.ID).from(INCIDENT)
                .leftJoin(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .where(matching(filter)));
    }

    private static Condition matching(IncidentFilter filter) {
        Condition condition = Published.incident(INCIDENT);
        if (filter.text() != null && !filter.text().isBlank()) {
            // containsIgnoreCase binds the text and escapes % and _: a visitor's words are never SQL
            String text = filter.text().trim();
            condition = condition.and(INCIDENT.NAME.containsIgnoreCase(text)
                    .or(INCIDENT.SHORT_NAME.containsIgnoreCase(text))
                    .or(INCIDENT.TOOL_OR_VENDOR.containsIgnoreCase(text))
                    .or(INCIDENT.SUMMARY.containsIgnoreCase(text)));
        }
        if (filter.vendor() != null && !filter.vendor().isBlank()) {
            condition = condition.and(INCIDENT.TOOL_OR_VENDOR.containsIgnoreCase(filter.vendor().trim()));
        }
        if (filter.platform() != null) {
            condition = condition.and(PLATFORM.NAME.eq(filter.platform()));
        }
        if (filter.kind() != null) {
            condition = condition.andExists(selectOne().from(FIGURE).where(FIGURE.INCIDENT_ID.eq(INCIDENT.ID)).and(Published.figure(FIGURE))
                    .and(FIGURE.COUNT_KIND.eq(filter.kind())));
        }
        if (filter.country() != null) {
            condition = condition.andExists(selectOne().from(FIGURE).where(FIGURE.INCIDENT_ID.eq(INCIDENT.ID)).and(Published.figure(FIGURE))
                    .and(FIGURE.COUNTRY_ISO2.eq(filter.country())));
        }
        if (filter.toYear() != null) {
            condition = condition.and(INCIDENT.YEAR_START.le(filter.toYear()));
        }
        if (filter.fromYear() != null) {
            condition = condition.and(coalesce(INCIDENT.YEAR_END, INCIDENT.YEAR_START).ge(filter.fromYear()));
        }
        return condition;
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
        var records = db.select(FIGURE.asterisk(), COUNTRY.NAME, PARENT.REFERENCE_ID, FIGURE_SOURCE.TITLE,
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
        int start = Objects.requireNonNullElse(r.get(FIGURE.PERIOD_START), 0);
        int end = Objects.requireNonNullElse(r.get(FIGURE.PERIOD_END), start);
        return new FigureLine(r.get(FIGURE.REFERENCE_ID), area, r.get(FIGURE.TARGETED_COUNT),
                r.get(FIGURE.COUNT_QUALIFIER), r.get(FIGURE.COUNT_KIND),
                r.get(FIGURE.VICTIM_GROUPS), start, end, r.get(FIGURE.VERIFIED), r.get(FIGURE.NOTES),
                new SourceCitation(r.get(FIGURE_SOURCE.TITLE), r.get(FIGURE_SOURCE.PUBLISHER),
                        r.get(FIGURE_SOURCE.URL), r.get(FIGURE_SOURCE.PUBLISHED_ON), r.get(FIGURE.SOURCE_QUOTE)),
                r.get(PARENT.REFERENCE_ID), r.get(FIGURE.DENOMINATOR_RULE), competing);
    }

    private static SourceCitation withoutQuote(SourceCitation source) {
        return new SourceCitation(source.title(), source.publisher(), source.url(), source.publishedOn(), null);
    }

}
