package org.privacyimpact.common.db;

import static org.jooq.impl.DSL.field;

import java.sql.Connection;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Positions in PostgreSQL's write-ahead log, on the primary and on a streaming replica. */
final class JooqWalPositions {

    private JooqWalPositions() {
    }

    /** Where the primary's log ends now: at or after every transaction committed before this call. */
    static String currentOnPrimary(Connection primary) {
        return DSL.using(primary, SQLDialect.POSTGRES)
                .fetchValue(field("pg_current_wal_lsn()::text", String.class));
    }

    /** Whether the replica has replayed the log up to that position (false on a server that is no replica). */
    static boolean replayedOnReplica(Connection replica, String walPosition) {
        Boolean replayed = DSL.using(replica, SQLDialect.POSTGRES)
                .fetchValue(field("pg_last_wal_replay_lsn() >= {0}::pg_lsn", Boolean.class, DSL.val(walPosition)));
        return Boolean.TRUE.equals(replayed);
    }
}
