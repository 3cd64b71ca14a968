package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The one-row stamp beside a table derived from the dataset (figure_rate_build, figure_tally_build: id,
 * migration_rank, built_at): which migration its last complete recomputation followed. A data migration writes
 * rows without announcing them, so a derived table is recomputed completely once the latest migration is newer
 * than its stamp.
 */
public final class CompleteBuild {

    private static final Field<Integer> LATEST_MIGRATION = field(select(max(field(name("installed_rank"),
            Integer.class))).from(table(name("flyway_schema_history"))).where(field(name("success"),
            Boolean.class).isTrue()));

    private CompleteBuild() {
    }

    /** Whether the derived table was last recomputed completely after the latest migration. */
    public static boolean isCurrent(DSLContext db, Table<?> stamp) {
        Integer latest = db.select(LATEST_MIGRATION).fetchOne(0, Integer.class);
        Integer builtFor = db.select(rank(stamp)).from(stamp).fetchOne(0, Integer.class);
        return latest != null && latest.equals(builtFor);
    }

    /** Records a complete recomputation, in the transaction that made it. */
    public static void stamp(DSLContext db, Table<?> stamp) {
        Field<Integer> id = column(stamp, "id", Integer.class);
        Field<OffsetDateTime> builtAt = column(stamp, "built_at", OffsetDateTime.class);
        db.insertInto(stamp, id, rank(stamp), builtAt)
                .select(select(inline(1), coalesce(LATEST_MIGRATION, inline(0)), currentOffsetDateTime()))
                .onConflict(id).doUpdate()
                .set(rank(stamp), excluded(rank(stamp)))
                .set(builtAt, excluded(builtAt))
                .execute();
    }

    private static Field<Integer> rank(Table<?> stamp) {
        return column(stamp, "migration_rank", Integer.class);
    }

    private static <T> Field<T> column(Table<?> stamp, String column, Class<T> type) {
        return Objects.requireNonNull(stamp.field(column, type), () -> stamp.getName() + " has no " + column);
    }
}
