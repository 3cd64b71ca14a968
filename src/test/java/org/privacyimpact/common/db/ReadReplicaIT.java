package org.privacyimpact.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.curation.FigureDrafts.withNotes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.curation.FigureDraft;
import org.privacyimpact.dataset.DatasetStamp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard on a real PostgreSQL primary with a real streaming replica: read-only work reads the replica,
 * writes go to the primary, and a curator who just saved reads the primary until the replica has replayed the
 * save — shown by pausing the replica's replay, as a lagging replica would be.
 */
@ExtendWith(ReadReplicaAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadReplicaIT {

    private static final String INDIA = "/api/v1/figures?incident=WA2019&country=IN";
    /** Another address with the same figure, asked first while the replica lags. */
    private static final String INDIA_ALL_KINDS = "/api/v1/figures?country=IN&size=100";
    private static final String ON_REPLICA = "select pg_is_in_recovery()";

    @DynamicPropertySource
    static void primaryAndReplica(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> orEmpty(ReadReplicaAvailable.PRIMARY_URL));
        registry.add("spring.datasource.username", () -> ReadReplicaAvailable.USER);
        registry.add("spring.datasource.password", () -> ReadReplicaAvailable.PASSWORD);
        registry.add("dashboard.database.read-replica.url", () -> orEmpty(ReadReplicaAvailable.REPLICA_URL));
    }

    @BeforeAll
    static void requireServers() {
        new ReadReplicaAvailable().require();
    }

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    CurationService curation;

    @Autowired
    DatasetStamp stamp;

    @LocalServerPort
    int port;

    @Test
    void readOnlyWorkReadsTheReplicaAndWritesGoToThePrimary() {
        assertThat(inReadOnlyTransaction(this::readsTheReplica)).isTrue();
        assertThat(inReadWriteTransaction(this::readsTheReplica)).isFalse();
        assertThat(readsTheReplica()).as("outside a transaction: the primary").isFalse();
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorReadsTheirOwnSaveWhileTheReplicaLagsAndReadersSeeItOnceReplayed() throws Exception {
        var figure = curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow();
        FigureDraft old = figure.draft();
        String note = "Checked again by a curator (read-replica test).";
        String answerBefore = get(INDIA);
        try {
            savedWhileTheReplicaIsPaused(figure.version(), withNotes(old, note), answerBefore);

            awaitAnswerContaining(INDIA, note);
            awaitAnswerContaining(INDIA_ALL_KINDS, note);
            assertThat(inReadOnlyTransaction(this::readsTheReplica))
                    .as("once the replica has replayed the save, the curator reads it again").isTrue();
            assertThat(curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow().draft().notes()).isEqualTo(note);
        } finally {
            var now = curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow();
            if (!now.draft().equals(old)) {
                curation.update(CuratedType.FIGURE, "WA2019-IN", now.version(), old, "read-replica test: put back");
            }
        }
    }

    private void savedWhileTheReplicaIsPaused(int version, FigureDraft changed, String answerBefore)
            throws Exception {
        try (Connection replica = DriverManager.getConnection(ReadReplicaAvailable.REPLICA_URL,
                ReadReplicaAvailable.USER, ReadReplicaAvailable.PASSWORD)) {
            replica.createStatement().execute("select pg_wal_replay_pause()");
            try {
                curation.update(CuratedType.FIGURE, "WA2019-IN", version, changed, "read-replica test");
                // the curator asks first for the dataset's stamp (as their own API request would): read on the
                // primary, it must not name the answers a visitor then reads on the lagging replica
                stamp.current();
                assertThat(get(INDIA_ALL_KINDS)).as("a visitor's first ask, answered by the replica")
                        .doesNotContain(changed.notes());

                assertThat(curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow().draft().notes())
                        .as("the curator's own read, while the replica lags").isEqualTo(changed.notes());
                assertThat(inReadOnlyTransaction(this::readsTheReplica)).as("... comes from the primary").isFalse();
                assertThat(get(INDIA)).as("a visitor reads the replica, which has not replayed the save")
                        .doesNotContain(changed.notes()).isEqualTo(answerBefore);
            } finally {
                replica.createStatement().execute("select pg_wal_replay_resume()");
            }
        }
    }

    private boolean readsTheReplica() {
        return db.fetchSingle(ON_REPLICA).get(0, Boolean.class);
    }

    private <T> T inReadOnlyTransaction(Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template.execute(status -> work.get());
    }

    private <T> T inReadWriteTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    /** The data API re-reads the dataset's stamp every second; the replica replays within moments. */
    private void awaitAnswerContaining(String pathAndQuery, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String answer = get(pathAndQuery);
        while (!answer.contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            answer = get(pathAndQuery);
        }
        assertThat(answer).as("a visitor's answer after the replica replayed the save").contains(text);
    }

    private String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
