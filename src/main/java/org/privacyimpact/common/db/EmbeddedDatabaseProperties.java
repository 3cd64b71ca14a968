package org.privacyimpact.common.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Settings of the embedded PostgreSQL server, used only when no external database is configured.
 *
 * @param persistent    keep the data between restarts (false: a fresh, throw-away database each start)
 * @param dataDirectory where the server keeps its files when persistent
 * @param port          TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties(EmbeddedDatabaseProperties.PREFIX)
record EmbeddedDatabaseProperties(@DefaultValue("true") boolean persistent, Path dataDirectory,
                                  @DefaultValue("0") int port) {

    static final String PREFIX = "dashboard.database";

    EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of(System.getProperty("user.home"), ".privacy-impact-dashboard", "pgdata");
        }
    }

    /** Binds the settings before the application's beans exist, for the early start of the server. */
    static EmbeddedDatabaseProperties from(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, EmbeddedDatabaseProperties.class);
    }
}
