package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.privacyimpact.db.Tables.AUDIT_ENTRY;

import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.springframework.stereotype.Repository;

/**
 * What identifies the dataset's content: the last migration applied and the last audited change. Every change a
 * curator or admin makes (a save, an import, a retirement, a release) writes an audit entry in its own
 * transaction, and everything else comes from migrations. Read where readers read (a replica when there is
 * one), so that an answer is never kept under a stamp newer than its data.
 */
@Repository
@ReadOnlyTransactional
@RequiredArgsConstructor
class JooqDatasetStamp {

    private final DSLContext db;

    String read() {
        var record = db.select(
                        select(coalesce(max(field(name("installed_rank"), Integer.class)), inline(0)))
                                .from(table(name("flyway_schema_history"))).asField("migration"),
                        select(coalesce(max(AUDIT_ENTRY.ID), inline(0L))).from(AUDIT_ENTRY).asField("change"))
                .fetchSingle();
        return record.get(0) + "." + record.get(1);
    }
}
