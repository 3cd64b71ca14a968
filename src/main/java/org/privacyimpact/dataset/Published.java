package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.selectOne;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import org.jooq.Condition;
import org.privacyimpact.db.tables.Incident;
import org.privacyimpact.db.tables.PlatformUserBase;
import org.privacyimpact.db.tables.Source;
import org.privacyimpact.db.tables.TargetFigure;

/**
 * What readers see: every row a curator has not retired. Every dashboard, export and API query applies these to
 * the tables it reads (aliases included). A source or incident can only be retired once no published figure or
 * user base uses it, so joins from a published figure to its source or incident need no condition of their own.
 */
public final class Published {

    private Published() {
    }

    public static Condition figure(TargetFigure figure) {
        return figure.RETIRED_AT.isNull();
    }

    /**
     * What a comparison lists: published, preferred figures. A subset (the civil-society part of a total) is
     * not a row beside its own parent, which counts the same people in the same area the same way; a subset in
     * another area or of another kind is a row of its own.
     */
    public static Condition listedFigure(TargetFigure figure) {
        TargetFigure parent = TARGET_FIGURE.as("listed_parent");
        return figure(figure).and(figure.PREFERRED.isTrue())
                .andNotExists(selectOne().from(parent)
                        .where(parent.ID.eq(figure.SUBSET_OF_FIGURE_ID))
                        .and(figure(parent))
                        .and(parent.COUNT_KIND.eq(figure.COUNT_KIND))
                        .and(AreaKey.of(parent.COUNTRY_ISO2).eq(AreaKey.of(figure.COUNTRY_ISO2))));
    }

    public static Condition userBase(PlatformUserBase userBase) {
        return userBase.RETIRED_AT.isNull();
    }

    public static Condition incident(Incident incident) {
        return incident.RETIRED_AT.isNull();
    }

    public static Condition source(Source source) {
        return source.RETIRED_AT.isNull();
    }
}
