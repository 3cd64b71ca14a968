package org.privacyimpact.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard on a real PostgreSQL server named by a datasource URL, as an operator would run it.
 * Runs when DASHBOARD_TEST_EXTERNAL_DB_URL (and _USER, _PASSWORD) name a server; .ci/run starts one.
 * The server must be given before the Spring context starts, hence the check in @BeforeAll.
 */
@ExtendWith(ExternalDatabaseAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalPostgresIT {

    private static final String URL = ExternalDatabaseAvailable.URL;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL == null ? "" : URL);
        registry.add("spring.datasource.username", () -> System.getenv("DASHBOARD_TEST_EXTERNAL_DB_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("DASHBOARD_TEST_EXTERNAL_DB_PASSWORD"));
    }

    @BeforeAll
    static void requireServer() {
        new ExternalDatabaseAvailable().require();
    }

    @Autowired
    DSLContext db;

    @Autowired
    TargetedPerMillionQuery query;

    @Autowired
    EmbeddedPostgresStarter embedded;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Test
    void migratesTheServerAndComputesTheSameRates() throws SQLException {
        assertThat(embedded.isUsed()).isFalse();
        assertThat(dataSource.unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(URL);
        assertThat(db.fetchValue("select current_setting('server_version_num')::int")).isNotNull();
        assertThat(db.fetchValue("select count(*) from flyway_schema_history where success")).isNotNull();

        assertThat(query.find(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE))
                .filteredOn(row -> "IN".equals(row.area().countryIso2()))
                .singleElement()
                .satisfies(india -> assertThat(india.perMillion()).isEqualByComparingTo("0.302500"));
    }

    @Test
    void servesTheDashboardPage() throws IOException, InterruptedException {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("How many people surveillance campaigns targeted");
    }
}
