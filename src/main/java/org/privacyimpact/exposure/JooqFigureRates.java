package org.privacyimpact.exposure;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.when;
import static org.privacyimpact.db.Tables.FIGURE_RATE;
import static org.privacyimpact.db.Tables.FIGURE_RATE_BUILD;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.privacyimpact.dataset.AreaKey;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CuratedChange;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.DerivedTableMaintenance;
import org.privacyimpact.dataset.FigureYears;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.dataset.ValueQualifier;
import org.privacyimpact.db.tables.PlatformUserBase;
import org.privacyimpact.db.tables.TargetFigure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out each listed figure's denominator and rate with one index lookup per figure and denominator, and
 * stores them in {@code figure_rate} (V11, DD011). The rules of the comparison live here: which user figure a
 * figure divides by and how the rate is rounded (which figures are listed: {@link Published#listedFigure}).
 */
@Component
@Transactional
class JooqFigureRates extends DerivedTableMaintenance implements FigureRates {

    private static final TargetFigure FIGURE = TARGET_FIGURE.as("figure");
    private static final PlatformUserBase BASE = PLATFORM_USER_BASE.as("base");

    /** The year a figure is about: its own period if the reference gives one, else its incident's. */
    private static final Field<Integer> FIGURE_YEAR = coalesce(FIGURE.PERIOD_START, INCIDENT.YEAR_START);
    private static final Field<Integer> FIGURE_LAST_YEAR = coalesce(FigureYears.last(FIGURE), INCIDENT.YEAR_END,
            INCIDENT.YEAR_START);

    /** Years between a user figure and the figure's period: 0 inside it, else to its nearer end. */
    private static final Field<Integer> YEARS_AWAY = greatest(FIGURE_YEAR.minus(BASE.AS_OF_YEAR),
            BASE.AS_OF_YEAR.minus(FIGURE_LAST_YEAR), inline(0));

    private static final String NEAREST_BASE_ALIAS = "nearest_base";

    JooqFigureRates(DSLContext db) {
        super(db, FIGURE_RATE_BUILD, "Rates of every figure");
    }

    @Override
    protected void recomputeEverything() {
        recompute(trueCondition());
    }

    @Override
    protected void recompute(List<CuratedChange> changes) {
        Set<Long> figures = new LinkedHashSet<>();
        Set<String> incidents = new LinkedHashSet<>();
        Set<CuratedChange.UserBaseChanged> userBases = new LinkedHashSet<>();
        for (CuratedChange change : changes) {
            switch (change) {
                case CuratedChange.FigureChanged figure -> figures.add(figure.figureId());
                case CuratedChange.IncidentChanged incident -> incidents.add(incident.incidentId());
                case CuratedChange.UserBaseChanged userBase -> userBases.add(userBase);
                case CuratedChange.SourceChanged ignored -> {
                    // titles and dates are read with the rows shown
                }
                case CuratedChange.Everything ignored -> throw new IllegalArgumentException("not a single change");
            }
        }
        if (!figures.isEmpty()) {
            Long[] ids = figures.toArray(Long[]::new);
            // a figure's subsets are listed or not depending on it
            recompute(FIGURE.ID.eq(any(ids)).or(FIGURE.SUBSET_OF_FIGURE_ID.eq(any(ids))));
        }
        if (!incidents.isEmpty()) {
            recompute(FIGURE.INCIDENT_ID.in(incidents));
        }
        for (CuratedChange.UserBaseChanged userBase : userBases) {
            recompute(nearUserBase(userBase));
        }
    }

    /** Figures of the user figure's area whose period is within reach of its year. */
    private static Condition nearUserBase(CuratedChange.UserBaseChanged userBase) {
        Condition area = userBase.countryIso2() == null ? FIGURE.COUNTRY_ISO2.isNull()
                : FIGURE.COUNTRY_ISO2.eq(userBase.countryIso2());
        return area.and(FIGURE_YEAR.le(userBase.asOfYear() + TargetedPerMillionQuery.MAX_YEAR_GAP))
                .and(FIGURE_LAST_YEAR.ge(userBase.asOfYear() - TargetedPerMillionQuery.MAX_YEAR_GAP));
    }

    /** Deletes the rows of the figures {@code which} selects and inserts them again from the current data. */
    private void recompute(Condition which) {
        db.deleteFrom(FIGURE_RATE)
                .where(FIGURE_RATE.FIGURE_ID.in(select(FIGURE.ID).from(FIGURE)
                        .join(INCIDENT).on(INCIDENT.ID.eq(FIGURE.INCIDENT_ID))
                        .where(which)))
                .execute();
        for (Denominator denominator : Denominator.values()) {
            Table<?> nearest = nearestBase(denominator);
            Field<Long> baseId = nearest.field(BASE.ID);
            Field<Long> users = nearest.field(BASE.USERS);
            Field<BigDecimal> perMillion = round(FIGURE.TARGETED_COUNT.cast(SQLDataType.NUMERIC)
                    .mul(inline(1_000_000)).div(users), TargetedPerMillionQuery.RATE_SCALE);
            Field<Integer> asOf = nearest.field(BASE.AS_OF_YEAR);
            // negative: the user figure is from before the period; positive: after it; 0: within it. PostgreSQL's
            // greatest() skips nulls, so no user figure is answered first: none, not 0.
            Field<Integer> yearsBetween = when(asOf.isNull(), inline((Integer) null))
                    .when(asOf.lt(FIGURE_YEAR), asOf.minus(FIGURE_YEAR))
                    .otherwise(greatest(inline(0), asOf.minus(FIGURE_LAST_YEAR)));
            db.insertInto(FIGURE_RATE, FIGURE_RATE.FIGURE_ID, FIGURE_RATE.DENOMINATOR, FIGURE_RATE.COUNT_KIND,
                            FIGURE_RATE.COUNTRY_ISO2, FIGURE_RATE.INCIDENT_ID, FIGURE_RATE.FIGURE_YEAR,
                            FIGURE_RATE.FIGURE_LAST_YEAR, FIGURE_RATE.USER_BASE_ID, FIGURE_RATE.PER_MILLION,
                            FIGURE_RATE.RATE_BOUND, FIGURE_RATE.RATE_UNAVAILABLE, FIGURE_RATE.YEARS_BETWEEN)
                    .select(select(FIGURE.ID, inline(denominator, FIGURE_RATE.DENOMINATOR.getDataType()),
                            FIGURE.COUNT_KIND, FIGURE.COUNTRY_ISO2, FIGURE.INCIDENT_ID, FIGURE_YEAR, FIGURE_LAST_YEAR,
                            baseId, perMillion,
                            rateBound(FIGURE.COUNT_KIND, FIGURE.COUNT_QUALIFIER, nearest.field(BASE.USERS_QUALIFIER)),
                            rateUnavailable(denominator, baseId), yearsBetween)
                            .from(FIGURE)
                            .join(INCIDENT).on(INCIDENT.ID.eq(FIGURE.INCIDENT_ID))
                            // a figure whose rule does not fit this denominator gets no user figure, hence no rate
                            .leftJoin(nearest).on(FIGURE.DENOMINATOR_RULE.in(rulesFitting(denominator)))
                            .where(which)
                            .and(Published.listedFigure(FIGURE)))
                    .execute();
        }
    }

    private static List<DenominatorRule> rulesFitting(Denominator denominator) {
        return Arrays.stream(DenominatorRule.values()).filter(denominator::fits).toList();
    }

    /**
     * The bound of a rate from its count kind and two qualifiers, as one SQL {@code case} over every
     * combination, each answered by {@link RateBound#of}: the rule is written once, in Java. Null where there is
     * no user figure.
     */
    private static Field<RateBound> rateBound(Field<CountKind> countKind, Field<ValueQualifier> countQualifier,
                                              Field<ValueQualifier> usersQualifier) {
        CaseConditionStep<RateBound> bound = null;
        for (CountKind kind : CountKind.values()) {
            for (ValueQualifier count : ValueQualifier.values()) {
                for (ValueQualifier users : ValueQualifier.values()) {
                    Condition combination = countKind.eq(inline(kind, countKind.getDataType()))
                            .and(countQualifier.eq(inline(count, countQualifier.getDataType())))
                            .and(usersQualifier.eq(inline(users, usersQualifier.getDataType())));
                    Field<RateBound> answer = inline(RateBound.of(kind, count, users),
                            FIGURE_RATE.RATE_BOUND.getDataType());
                    bound = bound == null ? when(combination, answer) : bound.when(combination, answer);
                }
            }
        }
        return bound;
    }

    /**
     * Why a figure has no rate against {@code denominator}, as one SQL {@code case} over its denominator rule and
     * whether its incident went through a platform, each answered by {@link RateUnavailable#of}: the rule is
     * written once, in Java. Null where a user figure was found.
     */
    private static Field<RateUnavailable> rateUnavailable(Denominator denominator, Field<Long> baseId) {
        DataType<RateUnavailable> type = FIGURE_RATE.RATE_UNAVAILABLE.getDataType();
        CaseConditionStep<RateUnavailable> reason = when(baseId.isNotNull(), inline((RateUnavailable) null, type));
        for (DenominatorRule rule : DenominatorRule.values()) {
            for (boolean throughPlatform : new boolean[] {true, false}) {
                Condition situation = FIGURE.DENOMINATOR_RULE.eq(inline(rule, FIGURE.DENOMINATOR_RULE.getDataType()))
                        .and(throughPlatform ? INCIDENT.VECTOR_PLATFORM_ID.isNotNull()
                                : INCIDENT.VECTOR_PLATFORM_ID.isNull());
                reason = reason.when(situation,
                        inline(RateUnavailable.of(false, rule, denominator, throughPlatform), type));
            }
        }
        return reason;
    }

    /**
     * The denominator: a user figure for the figure's own area whose metric fits the chosen denominator (for
     * platform users, of the incident's own platform), within MAX_YEAR_GAP years of the figure. A verified
     * figure beats an unverified one even if it is further away in time; then the nearest year, then the
     * later date.
     */
    private static Table<?> nearestBase(Denominator denominator) {
        Condition platformFits = denominator.isPlatformSpecific()
                ? BASE.PLATFORM_ID.eq(INCIDENT.VECTOR_PLATFORM_ID) : noCondition();
        return lateral(
                select(BASE.ID, BASE.USERS, BASE.USERS_QUALIFIER, BASE.AS_OF_YEAR)
                        .from(BASE)
                        .where(Published.userBase(BASE))
                        .and(platformFits)
                        .and(BASE.METRIC.in(denominator.metrics()))
                        .and(BASE.AREA.eq(FIGURE.AREA))
                        // equality on the same expression as the lookup indexes (V10); worldwide is '--'
                        .and(AreaKey.of(BASE.COUNTRY_ISO2).eq(AreaKey.of(FIGURE.COUNTRY_ISO2)))
                        .and(YEARS_AWAY.le(TargetedPerMillionQuery.MAX_YEAR_GAP))
                        .orderBy(BASE.VERIFIED.desc(), YEARS_AWAY, BASE.AS_OF_YEAR.desc(),
                                BASE.AS_OF_MONTH.desc().nullsLast(), BASE.ID)
                        .limit(1))
                .as(NEAREST_BASE_ALIAS);
    }
}
