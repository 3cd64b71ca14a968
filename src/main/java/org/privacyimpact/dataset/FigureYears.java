package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.coalesce;

import org.jooq.Field;
import org.privacyimpact.db.tables.TargetFigure;

/**
 * The years a figure covers, as its reference gives them: a first year, or none. The last year is stored only where
 * it differs from the first, so every query that shows, filters or rates by a figure's last year reads it here.
 */
public final class FigureYears {

    private FigureYears() {
    }

    /** The figure's last year: its stored one, else its first; null for a figure without years. */
    public static Field<Integer> last(TargetFigure figure) {
        return coalesce(figure.PERIOD_END, figure.PERIOD_START);
    }
}
