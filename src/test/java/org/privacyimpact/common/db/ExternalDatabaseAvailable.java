package org.privacyimpact.common.db;

import org.privacyimpact.RequiredInCi;

/** A PostgreSQL server named by DASHBOARD_TEST_EXTERNAL_DB_URL (+ _USER, _PASSWORD); .ci/run starts one. */
public class ExternalDatabaseAvailable extends RequiredInCi {

    static final String URL = System.getenv("DASHBOARD_TEST_EXTERNAL_DB_URL");

    @Override
    protected boolean available() {
        return URL != null && !URL.isBlank();
    }

    @Override
    protected String whatIsMissing() {
        return "an external PostgreSQL server in DASHBOARD_TEST_EXTERNAL_DB_URL";
    }
}
