package org.privacyimpact.dataset.reference;

import static org.jooq.impl.DSL.select;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.SOURCE;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** What the migration writers share: how they render SQL, and how a row refers to a platform or source. */
final class MigrationFields {

    private MigrationFields() {
    }

    static DSLContext renderer() {
        return DSL.using(SQLDialect.POSTGRES, new Settings()
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.NEVER));
    }

    static Field<Long> platformId(String name) {
        return select(PLATFORM.ID).from(PLATFORM).where(PLATFORM.NAME.eq(DSL.inline(name))).asField();
    }

    static Field<Long> sourceId(String url) {
        return select(SOURCE.ID).from(SOURCE).where(SOURCE.URL.eq(DSL.inline(url))).asField();
    }
}
