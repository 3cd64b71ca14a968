package org.privacyimpact.common.db;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Settings of the embedded PostgreSQL server, used only when no external database is configured.
 *
 * @param persistent    keep the data between restarts (false: a fresh, throw-away database each start)
 * @param dataDirectory where the server keeps its files when persistent
 * @param port          TCP port on localhost; 0 picks a free one at the first start, kept for restarts
 * @param checkEvery    how often the watchdog looks whether the server still runs (also at once when a
 *                      connection fails)
 */
@ConfigurationProperties(EmbeddedDatabaseProperties.PREFIX)
record EmbeddedDatabaseProperties(@DefaultValue("true") boolean persistent, Path dataDirectory,
                                  @DefaultValue("0") int port, @DefaultValue("5s") Duration checkEvery) {

    static final String PREFIX = "dashboard.database";

    EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of(System.getProperty("user.home"), ".privacy-impact-dashboard", "pgdata");
        }
        if (checkEvery == null) {
            checkEvery = Duration.ofSeconds(5);
        }
    }

    /** Binds the settings before the application's beans exist, for the early start of the server. */
    static EmbeddedDatabaseProperties from(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, EmbeddedDatabaseProperties.class);
    }
}
