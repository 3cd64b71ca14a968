package org.privacyimpact.exposure;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.privacyimpact.db.Tables.FIGURE_RATE;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;

import java.util.HashMap;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.Param;
import org.privacyimpact.db.tables.FigureRate;
import org.privacyimpact.db.tables.Incident;
import org.privacyimpact.db.tables.Platform;

/**
 * A comparison's filter on the rates table as SQL whose text depends only on which filters are set (its
 * {@link Shape}) and whose values are named parameters, bound on each call from {@link #valuesOf}.
 */
final class JooqRateFilter {

    static final String DENOMINATOR = "denominator";
    static final String COUNT_KIND = "count_kind";
    private static final String COUNTRIES = "countries";
    private static final String INCIDENTS = "incidents";
    private static final String PLATFORM_NAME = "platform";
    private static final String FROM_YEAR = "from_year";
    private static final String TO_YEAR = "to_year";

    private static final Incident THROUGH_PLATFORM = INCIDENT.as("through_platform");
    private static final Platform VECTOR = PLATFORM.as("vector");

    /** Which filters are set: what changes a filter's SQL, as opposed to its values. */
    record Shape(boolean countries, boolean worldwide, boolean incidents, boolean platform, boolean fromYear,
                 boolean toYear) {

        static Shape of(ExposureFilter filter) {
            return new Shape(!filter.countries().isEmpty(), filter.worldwide(), !filter.incidents().isEmpty(),
                    filter.platform() != null, filter.fromYear() != null, filter.toYear() != null);
        }

        /** Only a kind and a denominator, with or without worldwide figures. */
        boolean wholeKind() {
            return !countries && !incidents && !platform && !fromYear && !toYear;
        }
    }

    private JooqRateFilter() {
    }

    /**
     * The filter on the rates table (or an alias of it): one kind, one denominator, areas, incidents (those through
     * a platform, or named ones, or both), years.
     */
    static Condition matching(FigureRate rate, Shape shape) {
        Condition countries = shape.countries()
                ? rate.COUNTRY_ISO2.eq(any(param(COUNTRIES, rate.COUNTRY_ISO2.getDataType().array())))
                : rate.COUNTRY_ISO2.isNotNull();
        return rate.DENOMINATOR.eq(denominator())
                .and(rate.COUNT_KIND.eq(param(COUNT_KIND, rate.COUNT_KIND.getDataType())))
                .and(shape.worldwide() ? countries.or(rate.COUNTRY_ISO2.isNull()) : countries)
                .and(shape.incidents()
                        ? rate.INCIDENT_ID.eq(any(param(INCIDENTS, rate.INCIDENT_ID.getDataType().array())))
                        : noCondition())
                .and(shape.platform() ? rate.INCIDENT_ID.in(
                        select(THROUGH_PLATFORM.ID).from(THROUGH_PLATFORM)
                                .join(VECTOR).on(VECTOR.ID.eq(THROUGH_PLATFORM.VECTOR_PLATFORM_ID))
                                .where(VECTOR.NAME.eq(param(PLATFORM_NAME, VECTOR.NAME.getDataType()))))
                        : noCondition())
                .and(shape.toYear() ? rate.FIGURE_YEAR.le(param(TO_YEAR, rate.FIGURE_YEAR.getDataType()))
                        : noCondition())
                .and(shape.fromYear() ? rate.FIGURE_LAST_YEAR.ge(param(FROM_YEAR, rate.FIGURE_LAST_YEAR.getDataType()))
                        : noCondition());
    }

    /** The chosen denominator, as the rates table stores it. */
    static Param<Denominator> denominator() {
        return param(DENOMINATOR, FIGURE_RATE.DENOMINATOR.getDataType());
    }

    /** The values a filter binds, by the names {@link #matching} gives them; a caller adds its own. */
    static Map<String, Object> valuesOf(ExposureFilter filter) {
        Map<String, Object> values = new HashMap<>();
        values.put(DENOMINATOR, filter.denominator());
        values.put(COUNT_KIND, filter.countKind());
        values.put(COUNTRIES, filter.countries().toArray(String[]::new));
        values.put(INCIDENTS, filter.incidents().toArray(String[]::new));
        values.put(PLATFORM_NAME, filter.platform());
        values.put(FROM_YEAR, filter.fromYear());
        values.put(TO_YEAR, filter.toYear());
        return values;
    }
}
