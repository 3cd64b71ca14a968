package org.privacyimpact.common.db;

import org.privacyimpact.RequiredInCi;

/**
 * A PostgreSQL primary and a streaming replica of it, named by DASHBOARD_TEST_REPLICA_PRIMARY_URL and
 * DASHBOARD_TEST_REPLICA_URL (the account in DASHBOARD_TEST_EXTERNAL_DB_USER and _PASSWORD, allowed to pause the
 * replica's replay); .ci/postgres starts them.
 */
public class ReadReplicaAvailable extends RequiredInCi {

    static final String PRIMARY_URL = System.getenv("DASHBOARD_TEST_REPLICA_PRIMARY_URL");
    static final String REPLICA_URL = System.getenv("DASHBOARD_TEST_REPLICA_URL");
    static final String USER = System.getenv("DASHBOARD_TEST_EXTERNAL_DB_USER");
    static final String PASSWORD = System.getenv("DASHBOARD_TEST_EXTERNAL_DB_PASSWORD");

    @Override
    protected boolean available() {
        return PRIMARY_URL != null && !PRIMARY_URL.isBlank() && REPLICA_URL != null && !REPLICA_URL.isBlank();
    }

    @Override
    protected String whatIsMissing() {
        return "a PostgreSQL primary and streaming replica in DASHBOARD_TEST_REPLICA_PRIMARY_URL and "
                + "DASHBOARD_TEST_REPLICA_URL (as root: . .ci/postgres; start_postgres)";
    }
}
