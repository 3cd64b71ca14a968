package org.privacyimpact.dataset;

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
