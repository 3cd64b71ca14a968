package org.privacyimpact.common.db;

import java.sql.Connection;

import org.jooq.ConnectionRunnable;
import org.jooq.DSLContext;
import org.springframework.jdbc.datasource.ConnectionProxy;

/**
 * Work done on the transaction's own JDBC connection rather than on Spring's handle on it. The handle, which is
 * what jOOQ's connection provider gives, passes every call on by reflection and looks the transaction's connection
 * up again each time; on the hot paths that was a measurable share of a call (BENCHMARKS.md, issue 16). The handle
 * is still taken and closed through jOOQ, so Spring decides what becomes of the connection afterwards.
 */
public final class TransactionConnection {

    private TransactionConnection() {
    }

    public static void run(DSLContext db, ConnectionRunnable work) {
        db.connection(handle -> work.run(handle instanceof ConnectionProxy proxy ? proxy.getTargetConnection()
                : handle));
    }
}
