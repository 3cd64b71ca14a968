package org.privacyimpact.exposure;

import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.when;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.privacyimpact.dataset.Area;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;
import org.privacyimpact.db.tables.Platform;
import org.privacyimpact.db.tables.PlatformUserBase;
import org.privacyimpact.db.tables.Source;
import org.privacyimpact.db.tables.TargetFigure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JooqTargetedPerMillionQuery implements TargetedPerMillionQuery {

    /** Rows fetched per round trip when streaming a download. */
    private static final int FETCH_SIZE = 1000;

    private static final String DIVIDE_BY_AREA_USER_BASE = "country_user_base";

    private static final TargetFigure FIGURE = TARGET_FIGURE.as("figure");
    private static final Source FIGURE_SOURCE = SOURCE.as("figure_source");
    private static final PlatformUserBase BASE = PLATFORM_USER_BASE.as("base");
    private static final Source BASE_SOURCE = SOURCE.as("base_source");
    private static final Platform PLATFORM_OF_BASE = PLATFORM.as("platform_of_base");
    private static final TargetFigure OTHER = TARGET_FIGURE.as("other");
    /**
     * A subset (the civil-society part of a total) is not a row beside its own parent, which counts the same
     * people in the same area the same way; a subset in another area or of another kind is a row of its own.
     */
    private static final TargetFigure PARENT = TARGET_FIGURE.as("parent");
    private static final Source OTHER_SOURCE = SOURCE.as("other_source");

    /** The year a figure is about: its own period if the reference gives one, else its incident's. */
    private static final Field<Integer> FIGURE_YEAR = coalesce(FIGURE.PERIOD_START, INCIDENT.YEAR_START);
    private static final Field<Integer> FIGURE_YEAR_COLUMN = FIGURE_YEAR.as("figure_year");
    private static final Field<Integer> FIGURE_LAST_YEAR = coalesce(FIGURE.PERIOD_END, FIGURE.PERIOD_START,
            INCIDENT.YEAR_END, INCIDENT.YEAR_START);
    private static final Field<Integer> FIGURE_LAST_YEAR_COLUMN = FIGURE_LAST_YEAR.as("figure_last_year");

    /** Years between a user figure and the figure's period: 0 inside it, else to its nearer end. */
    private static final Field<Integer> YEARS_AWAY = greatest(FIGURE_YEAR.minus(BASE.AS_OF_YEAR),
            BASE.AS_OF_YEAR.minus(FIGURE_LAST_YEAR), inline(0));

    /**
     * The denominator: a user figure for the figure's own area whose metric fits the chosen denominator (for
     * platform users, of the incident's own platform), within MAX_YEAR_GAP years of the figure. A verified
     * figure beats an unverified one even if it is further away in time; then the nearest year, then the
     * later date.
     */
    private static Table<?> nearestBase(Denominator denominator) {
        Condition platformFits = denominator.isPlatformSpecific()
                ? BASE.PLATFORM_ID.eq(INCIDENT.VECTOR_PLATFORM_ID) : trueCondition();
        // only the user base's own columns here: its source and platform are joined to the one row chosen
        return lateral(
                select(BASE.USERS, BASE.USERS_QUALIFIER, BASE.METRIC, BASE.AS_OF_YEAR, BASE.AS_OF_MONTH,
                        BASE.VERIFIED, BASE.NOTES, BASE.SOURCE_QUOTE, BASE.SOURCE_ID, BASE.PLATFORM_ID)
                        .from(BASE)
                        .where(Published.userBase(BASE))
                        .and(platformFits)
                        .and(BASE.METRIC.in(denominator.metricCodes()))
                        .and(BASE.AREA.eq(FIGURE.AREA))
                        // equality on the same expression as the lookup indexes (V10); worldwide is '--'
                        .and(areaKey(BASE.COUNTRY_ISO2).eq(areaKey(FIGURE.COUNTRY_ISO2)))
                        .and(YEARS_AWAY.le(MAX_YEAR_GAP))
                        .orderBy(BASE.VERIFIED.desc(), YEARS_AWAY, BASE.AS_OF_YEAR.desc(),
                                BASE.AS_OF_MONTH.desc().nullsLast(), BASE.ID)
                        .limit(1))
                .as(NEAREST_BASE_ALIAS);
    }

    /** A country code, or '--' for worldwide: one value to compare and index where null would match nothing. */
    private static Field<String> areaKey(Field<String> countryIso2) {
        return coalesce(countryIso2, inline("--"));
    }

    private static final String NEAREST_BASE_ALIAS = "nearest_base";
    /** Only to name the lateral table's columns; every query builds its own for its denominator. */
    private static final Table<?> NEAREST_BASE = nearestBase(Denominator.PLATFORM_USERS);

    private static final Field<Long> USERS = NEAREST_BASE.field(BASE.USERS);
    private static final Field<Integer> BASE_YEAR = NEAREST_BASE.field(BASE.AS_OF_YEAR);

    private static final Field<BigDecimal> PER_MILLION = when(FIGURE.DENOMINATOR_RULE.eq(DIVIDE_BY_AREA_USER_BASE),
            round(FIGURE.TARGETED_COUNT.cast(SQLDataType.NUMERIC).mul(inline(1_000_000)).div(USERS), RATE_SCALE))
            .as("per_million");

    private static final Field<String> AREA_NAME = coalesce(COUNTRY.NAME, inline(Area.WORLDWIDE_NAME));

    private static final Field<List<CompetingFigure>> COMPETING = multiset(
            select(OTHER.TARGETED_COUNT, OTHER.COUNT_QUALIFIER, OTHER.VERIFIED, OTHER.NOTES, OTHER.SOURCE_QUOTE,
                    OTHER_SOURCE.TITLE, OTHER_SOURCE.PUBLISHER, OTHER_SOURCE.URL, OTHER_SOURCE.PUBLISHED_ON)
                    .from(OTHER)
                    .join(OTHER_SOURCE).on(OTHER_SOURCE.ID.eq(OTHER.SOURCE_ID))
                    .where(OTHER.INCIDENT_ID.eq(FIGURE.INCIDENT_ID))
                    .and(OTHER.AREA.eq(FIGURE.AREA))
                    .and(OTHER.COUNTRY_ISO2.isNotDistinctFrom(FIGURE.COUNTRY_ISO2))
                    .and(OTHER.COUNT_KIND.eq(FIGURE.COUNT_KIND))
                    .and(OTHER.SUBSET_OF_FIGURE_ID.isNotDistinctFrom(FIGURE.SUBSET_OF_FIGURE_ID))
                    .and(OTHER.PREFERRED.isFalse())
                    .and(Published.figure(OTHER))
                    .orderBy(OTHER.TARGETED_COUNT.desc(), OTHER.REFERENCE_ID))
            .as("competing")
            .convertFrom(JooqTargetedPerMillionQuery::toCompetingFigures);

    private final DSLContext db;

    JooqTargetedPerMillionQuery(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<TargetedPerMillion> find(ExposureFilter filter, ExposureSort sort, int offset, int limit) {
        return rows(filter, sort).offset(offset).limit(limit).fetch(r -> toRow(r, filter.denominator()));
    }

    @Override
    public void stream(ExposureFilter filter, ExposureSort sort, Consumer<TargetedPerMillion> each) {
        try (Cursor<Record> cursor = rows(filter, sort).fetchSize(FETCH_SIZE).fetchLazy()) {
            cursor.forEach(r -> each.accept(toRow(r, filter.denominator())));
        }
    }

    private SelectLimitStep<Record> rows(ExposureFilter filter, ExposureSort sort) {
        return db.select(INCIDENT.ID, INCIDENT.NAME, INCIDENT.SHORT_NAME, FIGURE_YEAR_COLUMN, FIGURE_LAST_YEAR_COLUMN,
                        FIGURE.COUNTRY_ISO2, AREA_NAME,
                        FIGURE.TARGETED_COUNT, FIGURE.COUNT_QUALIFIER, FIGURE.COUNT_KIND, FIGURE.VERIFIED,
                        FIGURE.NOTES, FIGURE.SOURCE_QUOTE, FIGURE_SOURCE.TITLE, FIGURE_SOURCE.PUBLISHER,
                        FIGURE_SOURCE.URL, FIGURE_SOURCE.PUBLISHED_ON, PLATFORM.NAME, FIGURE.DENOMINATOR_RULE)
                .select(NEAREST_BASE.fields())
                .select(BASE_SOURCE.TITLE, BASE_SOURCE.PUBLISHER, BASE_SOURCE.URL, BASE_SOURCE.PUBLISHED_ON,
                        PLATFORM_OF_BASE.NAME)
                .select(PER_MILLION, COMPETING)
                .from(FIGURE)
                .join(INCIDENT).on(INCIDENT.ID.eq(FIGURE.INCIDENT_ID))
                .leftJoin(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .join(FIGURE_SOURCE).on(FIGURE_SOURCE.ID.eq(FIGURE.SOURCE_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(FIGURE.COUNTRY_ISO2))
                .leftJoin(nearestBase(filter.denominator())).on(trueCondition())
                .leftJoin(BASE_SOURCE).on(BASE_SOURCE.ID.eq(NEAREST_BASE.field(BASE.SOURCE_ID)))
                .leftJoin(PLATFORM_OF_BASE).on(PLATFORM_OF_BASE.ID.eq(NEAREST_BASE.field(BASE.PLATFORM_ID)))
                .where(matching(filter))
                .orderBy(orderFor(sort));
    }

    @Override
    public int count(ExposureFilter filter) {
        return db.fetchCount(db.select(FIGURE.ID)
                .from(FIGURE)
                .join(INCIDENT).on(INCIDENT.ID.eq(FIGURE.INCIDENT_ID))
                .where(matching(filter)));
    }

    private static Condition matching(ExposureFilter filter) {
        return Published.figure(FIGURE).and(FIGURE.PREFERRED.isTrue())
                .andNotExists(selectOne().from(PARENT)
                        .where(PARENT.ID.eq(FIGURE.SUBSET_OF_FIGURE_ID))
                        .and(Published.figure(PARENT))
                        .and(PARENT.AREA.eq(FIGURE.AREA))
                        .and(PARENT.COUNTRY_ISO2.isNotDistinctFrom(FIGURE.COUNTRY_ISO2))
                        .and(PARENT.COUNT_KIND.eq(FIGURE.COUNT_KIND)))
                .and(FIGURE.COUNT_KIND.eq(filter.countKind().code()))
                .and(filter.incidents().isEmpty() ? noCondition() : FIGURE.INCIDENT_ID.in(filter.incidents()))
                .and(areaCondition(filter))
                .and(filter.toYear() == null ? noCondition() : FIGURE_YEAR.le(filter.toYear()))
                .and(filter.fromYear() == null ? noCondition() : FIGURE_LAST_YEAR.ge(filter.fromYear()));
    }

    private static Condition areaCondition(ExposureFilter filter) {
        Condition countries = filter.countries().isEmpty() ? FIGURE.AREA.eq(Area.COUNTRY_CODE)
                : FIGURE.COUNTRY_ISO2.in(filter.countries());
        return filter.worldwide() ? countries.or(FIGURE.AREA.eq(Area.WORLDWIDE_CODE)) : countries;
    }

    private static List<SortField<?>> orderFor(ExposureSort sort) {
        SortField<?> primary = switch (sort.column()) {
            case AREA -> sort.ascending() ? AREA_NAME.asc() : AREA_NAME.desc();
            case PEOPLE_TARGETED -> sort.ascending() ? FIGURE.TARGETED_COUNT.asc() : FIGURE.TARGETED_COUNT.desc();
            case USERS -> (sort.ascending() ? USERS.asc() : USERS.desc()).nullsLast();
            case PER_MILLION -> (sort.ascending() ? PER_MILLION.asc() : PER_MILLION.desc()).nullsLast();
        };
        // A stable tiebreaker keeps lazy-loaded pages from repeating or skipping rows
        return List.of(primary, FIGURE.ID.asc());
    }

    private TargetedPerMillion toRow(Record r, Denominator denominator) {
        Long users = r.get(USERS);
        UserBase userBase = users == null ? null : new UserBase(r.get(PLATFORM_OF_BASE.NAME), users,
                ValueQualifier.fromCode(r.get(NEAREST_BASE.field(BASE.USERS_QUALIFIER))),
                UserBaseMetric.fromCode(r.get(NEAREST_BASE.field(BASE.METRIC))),
                r.get(BASE_YEAR), r.get(NEAREST_BASE.field(BASE.AS_OF_MONTH)),
                r.get(NEAREST_BASE.field(BASE.VERIFIED)), r.get(NEAREST_BASE.field(BASE.NOTES)),
                new SourceCitation(r.get(BASE_SOURCE.TITLE), r.get(BASE_SOURCE.PUBLISHER), r.get(BASE_SOURCE.URL),
                        r.get(BASE_SOURCE.PUBLISHED_ON),
                        r.get(NEAREST_BASE.field(BASE.SOURCE_QUOTE))));
        BigDecimal perMillion = userBase == null ? null : r.get(PER_MILLION);
        RateUnavailable rateUnavailable;
        if (!DIVIDE_BY_AREA_USER_BASE.equals(r.get(FIGURE.DENOMINATOR_RULE))) {
            rateUnavailable = RateUnavailable.NOT_THE_AREAS_USERS;
        } else if (denominator.isPlatformSpecific() && r.get(PLATFORM.NAME) == null) {
            rateUnavailable = RateUnavailable.NOT_ONE_PLATFORM;
        } else {
            rateUnavailable = userBase == null ? RateUnavailable.NO_USER_BASE_NEARBY : null;
        }
        int incidentYear = r.get(FIGURE_YEAR_COLUMN);
        int lastYear = r.get(FIGURE_LAST_YEAR_COLUMN);
        return new TargetedPerMillion(r.get(INCIDENT.ID), r.get(INCIDENT.NAME), r.get(INCIDENT.SHORT_NAME),
                incidentYear, lastYear,
                new Area(r.get(FIGURE.COUNTRY_ISO2), r.get(AREA_NAME)),
                r.get(FIGURE.TARGETED_COUNT), ValueQualifier.fromCode(r.get(FIGURE.COUNT_QUALIFIER)),
                CountKind.fromCode(r.get(FIGURE.COUNT_KIND)), r.get(FIGURE.VERIFIED), r.get(FIGURE.NOTES),
                new SourceCitation(r.get(FIGURE_SOURCE.TITLE), r.get(FIGURE_SOURCE.PUBLISHER),
                        r.get(FIGURE_SOURCE.URL), r.get(FIGURE_SOURCE.PUBLISHED_ON), r.get(FIGURE.SOURCE_QUOTE)),
                userBase, userBase == null ? null : yearsFromPeriod(userBase.asOfYear(), incidentYear, lastYear),
                perMillion, rateUnavailable, r.get(COMPETING));
    }

    /** Negative: the user figure is from before the period; positive: after it; 0: within it. */
    private static int yearsFromPeriod(int asOf, int first, int last) {
        return asOf < first ? asOf - first : Math.max(0, asOf - last);
    }

    private static List<CompetingFigure> toCompetingFigures(Result<? extends Record> others) {
        return others.map(o -> new CompetingFigure(o.get(OTHER.TARGETED_COUNT),
                ValueQualifier.fromCode(o.get(OTHER.COUNT_QUALIFIER)), o.get(OTHER.VERIFIED), o.get(OTHER.NOTES),
                new SourceCitation(o.get(OTHER_SOURCE.TITLE), o.get(OTHER_SOURCE.PUBLISHER), o.get(OTHER_SOURCE.URL),
                        o.get(OTHER_SOURCE.PUBLISHED_ON), o.get(OTHER.SOURCE_QUOTE))));
    }
}
