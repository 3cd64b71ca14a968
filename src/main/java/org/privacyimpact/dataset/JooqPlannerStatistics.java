package org.privacyimpact.dataset;

import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** PostgreSQL's table statistics, from which it plans every query. */
@Component
@RequiredArgsConstructor
class JooqPlannerStatistics {

    private final DSLContext db;

    /** Gathers them for every table of the database (a few milliseconds for the curated data, seconds at scale). */
    void gather() {
        db.execute("analyze");
    }
}
