package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.val;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.privacyimpact.db.tables.TargetFigure;

/**
 * The figures that compete for one place: the same incident, count kind and area, each a part of the same total
 * (or of none). One of them is preferred — the unique index {@code target_figure_one_preferred} (V9) keeps it so —
 * and the others are shown beside it as competing values. A check constraint ties a figure's area to whether it
 * names a country, so the country (or worldwide, {@link AreaKey}) decides the area.
 *
 * @param countryIso2 null for worldwide
 * @param subsetOf    the id of the total the figure is part of, or null
 */
public record CompetingGroup(String incidentId, CountKind kind, String countryIso2, Long subsetOf) {

    /** The group of a figure read from the database. */
    public static CompetingGroup of(Record figure, TargetFigure table) {
        return new CompetingGroup(figure.get(table.INCIDENT_ID), figure.get(table.COUNT_KIND),
                figure.get(table.COUNTRY_ISO2), figure.get(table.SUBSET_OF_FIGURE_ID));
    }

    /** The figures of {@code table} in this group. */
    public Condition members(TargetFigure table) {
        return sameGroup(table, val(incidentId, table.INCIDENT_ID), val(kind, table.COUNT_KIND),
                AreaKey.of(countryIso2), val(subsetOf, table.SUBSET_OF_FIGURE_ID));
    }

    /**
     * The figures of {@code other} in the same group as each figure of {@code figure}, for a correlated subquery;
     * the area is compared on the expression the index {@code target_figure_competing} (V12) is built on.
     */
    public static Condition same(TargetFigure other, TargetFigure figure) {
        return sameGroup(other, figure.INCIDENT_ID, figure.COUNT_KIND, AreaKey.of(figure.COUNTRY_ISO2),
                figure.SUBSET_OF_FIGURE_ID);
    }

    private static Condition sameGroup(TargetFigure table, Field<String> incidentId, Field<CountKind> kind,
                                       Field<String> areaKey, Field<Long> subsetOf) {
        return table.INCIDENT_ID.eq(incidentId)
                .and(table.COUNT_KIND.eq(kind))
                .and(AreaKey.of(table.COUNTRY_ISO2).eq(areaKey))
                .and(table.SUBSET_OF_FIGURE_ID.isNotDistinctFrom(subsetOf));
    }
}
