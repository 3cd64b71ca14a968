package org.privacyimpact.exposure;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
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

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.privacyimpact.dataset.Area;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;
import org.privacyimpact.db.tables.PlatformUserBase;
import org.privacyimpact.db.tables.Source;
import org.privacyimpact.db.tables.TargetFigure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JooqTargetedPerMillionQuery implements TargetedPerMillionQuery {

    private static final String DIVIDE_BY_AREA_USER_BASE = "country_user_base";

    private static final TargetFigure FIGURE = TARGET_FIGURE.as("figure");
    private static final Source FIGURE_SOURCE = SOURCE.as("figure_source");
    private static final PlatformUserBase BASE = PLATFORM_USER_BASE.as("base");
    private static final Source BASE_SOURCE = SOURCE.as("base_source");
    private static final TargetFigure OTHER = TARGET_FIGURE.as("other");
    private static final Source OTHER_SOURCE = SOURCE.as("other_source");

    /**
     * The denominator: a user figure of the incident's platform for the figure's own area, within
     * MAX_YEAR_GAP years of the incident. A verified figure beats an unverified one even if it is further
     * away in time; then the nearest year, then the later one.
     */
    private static final Table<?> NEAREST_BASE = lateral(
            select(BASE.USERS, BASE.USERS_QUALIFIER, BASE.METRIC, BASE.AS_OF_YEAR, BASE.AS_OF_MONTH,
                    BASE.VERIFIED, BASE.NOTES, BASE.SOURCE_QUOTE, BASE_SOURCE.TITLE, BASE_SOURCE.PUBLISHER,
                    BASE_SOURCE.URL, BASE_SOURCE.PUBLISHED_ON)
                    .from(BASE)
                    .join(BASE_SOURCE).on(BASE_SOURCE.ID.eq(BASE.SOURCE_ID))
                    .where(BASE.PLATFORM_ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                    .and(BASE.AREA.eq(FIGURE.AREA))
                    .and(BASE.COUNTRY_ISO2.isNotDistinctFrom(FIGURE.COUNTRY_ISO2))
                    .and(abs(BASE.AS_OF_YEAR.minus(INCIDENT.YEAR_START)).le(MAX_YEAR_GAP))
                    .orderBy(BASE.VERIFIED.desc(), abs(BASE.AS_OF_YEAR.minus(INCIDENT.YEAR_START)),
                            BASE.AS_OF_YEAR.desc())
                    .limit(1))
            .as("nearest_base");

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
                    .orderBy(OTHER.TARGETED_COUNT.desc(), OTHER.REFERENCE_ID))
            .as("competing")
            .convertFrom(JooqTargetedPerMillionQuery::toCompetingFigures);

    private final DSLContext db;

    JooqTargetedPerMillionQuery(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<TargetedPerMillion> find(ExposureFilter filter, ExposureSort sort, int offset, int limit) {
        return db.select(INCIDENT.ID, INCIDENT.NAME, INCIDENT.YEAR_START, FIGURE.COUNTRY_ISO2, AREA_NAME,
                        FIGURE.TARGETED_COUNT, FIGURE.COUNT_QUALIFIER, FIGURE.COUNT_KIND, FIGURE.VERIFIED,
                        FIGURE.NOTES, FIGURE.SOURCE_QUOTE, FIGURE_SOURCE.TITLE, FIGURE_SOURCE.PUBLISHER,
                        FIGURE_SOURCE.URL, FIGURE_SOURCE.PUBLISHED_ON, PLATFORM.NAME, FIGURE.DENOMINATOR_RULE)
                .select(NEAREST_BASE.fields())
                .select(PER_MILLION, COMPETING)
                .from(FIGURE)
                .join(INCIDENT).on(INCIDENT.ID.eq(FIGURE.INCIDENT_ID))
                .join(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .join(FIGURE_SOURCE).on(FIGURE_SOURCE.ID.eq(FIGURE.SOURCE_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(FIGURE.COUNTRY_ISO2))
                .leftJoin(NEAREST_BASE).on(trueCondition())
                .where(matching(filter))
                .orderBy(orderFor(sort))
                .offset(offset)
                .limit(limit)
                .fetch(this::toRow);
    }

    @Override
    public int count(ExposureFilter filter) {
        return db.fetchCount(db.select(FIGURE.ID)
                .from(FIGURE)
                .join(INCIDENT).on(INCIDENT.ID.eq(FIGURE.INCIDENT_ID))
                .join(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID))
                .where(matching(filter)));
    }

    private static Condition matching(ExposureFilter filter) {
        // Subsets (e.g. the civil-society part of a total) are other measures, not rows of this comparison
        return FIGURE.PREFERRED.isTrue()
                .and(FIGURE.SUBSET_OF_FIGURE_ID.isNull())
                .and(FIGURE.COUNT_KIND.eq(filter.countKind().code()))
                .and(PLATFORM.NAME.eq(filter.platform()))
                .and(INCIDENT.YEAR_START.le(filter.year()))
                .and(coalesce(INCIDENT.YEAR_END, INCIDENT.YEAR_START).ge(filter.year()));
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

    private TargetedPerMillion toRow(Record r) {
        Long users = r.get(USERS);
        UserBase userBase = users == null ? null : new UserBase(r.get(PLATFORM.NAME), users,
                ValueQualifier.fromCode(r.get(NEAREST_BASE.field(BASE.USERS_QUALIFIER))),
                UserBaseMetric.fromCode(r.get(NEAREST_BASE.field(BASE.METRIC))),
                r.get(BASE_YEAR), r.get(NEAREST_BASE.field(BASE.AS_OF_MONTH)),
                r.get(NEAREST_BASE.field(BASE.VERIFIED)), r.get(NEAREST_BASE.field(BASE.NOTES)),
                new SourceCitation(r.get(NEAREST_BASE.field(BASE_SOURCE.TITLE)),
                        r.get(NEAREST_BASE.field(BASE_SOURCE.PUBLISHER)), r.get(NEAREST_BASE.field(BASE_SOURCE.URL)),
                        r.get(NEAREST_BASE.field(BASE_SOURCE.PUBLISHED_ON)),
                        r.get(NEAREST_BASE.field(BASE.SOURCE_QUOTE))));
        BigDecimal perMillion = userBase == null ? null : r.get(PER_MILLION);
        RateUnavailable rateUnavailable = !DIVIDE_BY_AREA_USER_BASE.equals(r.get(FIGURE.DENOMINATOR_RULE))
                ? RateUnavailable.NOT_THE_AREAS_USERS
                : userBase == null ? RateUnavailable.NO_USER_BASE_NEARBY : null;
        int incidentYear = r.get(INCIDENT.YEAR_START);
        return new TargetedPerMillion(r.get(INCIDENT.ID), r.get(INCIDENT.NAME), incidentYear,
                new Area(r.get(FIGURE.COUNTRY_ISO2), r.get(AREA_NAME)),
                r.get(FIGURE.TARGETED_COUNT), ValueQualifier.fromCode(r.get(FIGURE.COUNT_QUALIFIER)),
                CountKind.fromCode(r.get(FIGURE.COUNT_KIND)), r.get(FIGURE.VERIFIED), r.get(FIGURE.NOTES),
                new SourceCitation(r.get(FIGURE_SOURCE.TITLE), r.get(FIGURE_SOURCE.PUBLISHER),
                        r.get(FIGURE_SOURCE.URL), r.get(FIGURE_SOURCE.PUBLISHED_ON), r.get(FIGURE.SOURCE_QUOTE)),
                userBase, userBase == null ? null : userBase.asOfYear() - incidentYear,
                perMillion, rateUnavailable, r.get(COMPETING));
    }

    private static List<CompetingFigure> toCompetingFigures(Result<? extends Record> others) {
        return others.map(o -> new CompetingFigure(o.get(OTHER.TARGETED_COUNT),
                ValueQualifier.fromCode(o.get(OTHER.COUNT_QUALIFIER)), o.get(OTHER.VERIFIED), o.get(OTHER.NOTES),
                new SourceCitation(o.get(OTHER_SOURCE.TITLE), o.get(OTHER_SOURCE.PUBLISHER), o.get(OTHER_SOURCE.URL),
                        o.get(OTHER_SOURCE.PUBLISHED_ON), o.get(OTHER.SOURCE_QUOTE))));
    }
}
