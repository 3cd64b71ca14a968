package org.privacyimpact.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded server killed under a running dashboard (kill -9 of its postmaster, as the out-of-memory killer
 * would do): the API answers 503 in its JSON within seconds rather than 500 after 30, a page says to try again
 * shortly, and the dashboard is back on its own within a minute, on the same port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.url=", "dashboard.database.persistent=false",
        // here only a failed request has the server started again, so what a request meets while it is down is
        // certain; the timed looks are the same call (the last test)
        "dashboard.database.check-every=1h"})
// the server is killed and started again: no other test class gets this context
@DirtiesContext
class EmbeddedPostgresRecoveryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration BACK_WITHIN = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    EmbeddedPostgresWatchdog watchdog;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theApiAnswers503InItsJsonWithinSecondsAndIsBackWithinAMinute() throws Exception {
        assertThat(get("/api/v1/incidents?size=5").statusCode()).isEqualTo(200);
        PostmasterPidFile before = killServer();

        long began = System.nanoTime();
        HttpResponse<String> whileDown = get("/api/v1/incidents?size=5");
        Duration answeredIn = Duration.ofNanos(System.nanoTime() - began);

        assertThat(whileDown.statusCode()).isEqualTo(503);
        assertThat(answeredIn).as("time to the 503").isLessThan(Duration.ofSeconds(10));
        assertThat(whileDown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(whileDown.headers().firstValue("Retry-After")).isPresent();
        JsonNode error = JSON.readTree(whileDown.body());
        assertThat(error.get("error").asString()).isEqualTo("unavailable");
        assertThat(error.get("message").asString()).isEqualTo("The data is unavailable for a moment; try again shortly.");
        assertThat(whileDown.body()).doesNotContain("Exception").doesNotContain("at org.");

        assertThat(awaitAnswer("/api/v1/incidents?size=5").statusCode()).isEqualTo(200);
        PostmasterPidFile after = serverPidFile();
        assertThat(after.pid()).as("a new server").isNotEqualTo(before.pid());
        assertThat(after.port()).as("on the port the pool's JDBC URL names").isEqualTo(before.port());
    }

    @Test
    void aPageWhileTheServerIsDownSaysToTryAgainShortly() throws Exception {
        killServer();

        HttpResponse<String> page = get("/incidents/WA2019");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("The data is unavailable for a moment; try again shortly.")
                .doesNotContain("ConnectException").doesNotContain("SQLException").doesNotContain("at org.");
        assertThat(awaitAnswer("/incidents/WA2019").statusCode()).isEqualTo(200);
    }

    @Test
    void theWatchdogStartsAServerThatDiedWhileNobodyAskedForData() throws Exception {
        PostmasterPidFile before = killServer();

        watchdog.checkServer();

        assertThat(serverPidFile().pid()).isNotEqualTo(before.pid());
        assertThat(watchdog.isServerDown()).isFalse();
        assertThat(get("/api/v1/incidents?size=5").statusCode()).isEqualTo(200);
    }

    @Test
    void aRestartThatFailedDoesNotKeepTheNextOneFromWorking() throws Exception {
        Path settings = Path.of(serverSetting("data_directory")).resolve("postgresql.auto.conf");
        String valid = Files.readString(settings);
        killServer();
        // PostgreSQL refuses to start on a setting it does not know: zonky gives up after its wait
        Files.writeString(settings, valid + "\nno_such_setting = 1\n");
        try {
            watchdog.checkServer();
            assertThat(watchdog.isServerDown()).as("after a failed start").isTrue();
        } finally {
            Files.writeString(settings, valid);
        }

        watchdog.checkServer();

        assertThat(watchdog.isServerDown()).as("after the next look").isFalse();
        assertThat(get("/api/v1/incidents?size=5").statusCode()).isEqualTo(200);
    }

    @Test
    void thePoolAndTheDriverGiveUpWithinSecondsAsConfigured() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);

        assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
        assertThat(pool.getValidationTimeout()).isEqualTo(2_000);
        // pgjdbc reads these names as they are written: a lower-cased key would be ignored
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "5")
                .containsEntry("socketTimeout", "300");
    }

    /** kill -9 of the postmaster, found through postmaster.pid in the folder the server says it uses. */
    private PostmasterPidFile killServer() throws Exception {
        PostmasterPidFile server = serverPidFile();
        ProcessHandle postmaster = server.liveProcess().orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(10, TimeUnit.SECONDS);
        return server;
    }

    private PostmasterPidFile serverPidFile() {
        return PostmasterPidFile.read(Path.of(serverSetting("data_directory"))).orElseThrow();
    }

    private String serverSetting(String name) {
        return db.fetchSingle("select current_setting(?)", name).get(0, String.class);
    }

    private HttpResponse<String> awaitAnswer(String pathAndQuery) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
        HttpResponse<String> response = get(pathAndQuery);
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            response = get(pathAndQuery);
        }
        return response;
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
