package org.privacyimpact.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dashboard killed with kill -9 leaves its embedded server running, because pg_ctl detached it. The next
 * start must stop that server and go on; a dashboard stopped normally must take its server with it; and a server
 * that a running dashboard still uses must never be touched.
 */
class AbandonedServerTest {

    @TempDir
    Path dataDirectory;

    @TempDir
    Path scratch;

    /** A test that fails half-way must not leave a server running on a folder that is about to be deleted. */
    @AfterEach
    void stopWhateverStillRuns() throws InterruptedException {
        PostmasterPidFile.read(dataDirectory).flatMap(PostmasterPidFile::liveProcess).ifPresent(ProcessHandle::destroy);
        PostmasterPidFile.read(dataDirectory).ifPresent(server -> {
            try {
                exitsWithin(server.pid(), Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void aStartAfterTheDashboardWasKilledStopsTheServerItLeftAndGoesOn() throws Exception {
        long leftBehind = serverOfADashboardEnded(DashboardProcess::kill);
        assertThat(exitsWithin(leftBehind, Duration.ofSeconds(2))).as("the server outlived the killed dashboard")
                .isFalse();

        try (EmbeddedPostgres restarted = EmbeddedPostgresStarter.startServer(dataDirectory, 0)) {
            assertThat(exitsWithin(leftBehind, Duration.ZERO)).as("the old server is gone").isTrue();
            assertThat(serverPid()).isNotEqualTo(leftBehind);
            assertThat(curatedNote(restarted)).isEqualTo("written before the crash");
        }
    }

    @Test
    void aDashboardStoppedNormallyStopsItsServer() throws Exception {
        long server = serverOfADashboardEnded(DashboardProcess::stop);
        assertThat(exitsWithin(server, Duration.ofSeconds(10))).as("the server after its dashboard stopped").isTrue();
        assertThat(dataDirectory.resolve(PostmasterPidFile.NAME)).doesNotExist();
    }

    @Test
    void theServerOfADashboardStillRunningIsLeftAlone() throws Exception {
        try (DashboardProcess running = DashboardProcess.startOn(dataDirectory, scratch.resolve("out.log"))) {
            long server = serverPid();

            assertThatThrownBy(() -> EmbeddedPostgresStarter.startServer(dataDirectory, 0))
                    .hasMessageContaining("is in use by another running dashboard");
            assertThat(exitsWithin(server, Duration.ZERO)).as("the running dashboard's server is gone").isFalse();
        }
    }

    /** Starts a dashboard on the folder, ends it (killed or stopped), and returns the process id of its server. */
    private long serverOfADashboardEnded(Ending ending) throws Exception {
        try (DashboardProcess dashboard = DashboardProcess.startOn(dataDirectory, scratch.resolve("out.log"))) {
            long server = serverPid();
            ending.end(dashboard);
            return server;
        }
    }

    /** How a test ends its dashboard. */
    private interface Ending {
        void end(DashboardProcess dashboard) throws InterruptedException;
    }

    private static boolean exitsWithin(long pid, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private long serverPid() {
        return PostmasterPidFile.read(dataDirectory).orElseThrow().pid();
    }

    private static String curatedNote(EmbeddedPostgres server) throws Exception {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select text from curated_note")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
