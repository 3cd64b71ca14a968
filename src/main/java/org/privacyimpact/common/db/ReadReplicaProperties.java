package org.privacyimpact.common.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * A PostgreSQL streaming replica of the external primary, for readers. Without a URL every query goes to the
 * primary (or to the embedded server).
 *
 * @param url      JDBC URL of the replica (DASHBOARD_READ_REPLICA_URL)
 * @param username its account; the primary's when not given
 * @param password its password; the primary's when not given
 */
@ConfigurationProperties("dashboard.database.read-replica")
record ReadReplicaProperties(String url, String username, String password) {

    boolean configured() {
        return StringUtils.hasText(url);
    }
}
