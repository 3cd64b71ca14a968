package org.privacyimpact.common.db;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Notices when the embedded server's postmaster has died (killed, crashed, taken by the out-of-memory killer)
 * and has {@link EmbeddedPostgresStarter} start it again on the same folder and port; the pool then reconnects
 * by itself. Looks every few seconds, and at once when a request could not get a connection. Does nothing when
 * an external database is configured: that server is its operator's to restart.
 */
@RequiredArgsConstructor
class EmbeddedPostgresWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

    private final EmbeddedPostgresStarter starter;
    private final Duration checkEvery;
    private final AtomicBoolean checkQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean serverDown;

    /** True from the moment the server was found gone until it runs again. */
    boolean isServerDown() {
        return serverDown;
    }

    /** Asks for a look now, on the watchdog's thread; a look already asked for is not asked for twice. */
    void checkSoon() {
        ScheduledExecutorService running = executor;
        if (running != null && checkQueued.compareAndSet(false, true)) {
            running.execute(() -> {
                checkQueued.set(false);
                checkServer();
            });
        }
    }

    /** Looks whether the server runs and starts it again if not; run on the watchdog's thread, or by a test. */
    void checkServer() {
        if (starter.isServerRunning()) {
            serverDown = false;
            return;
        }
        serverDown = true;
        // zonky then logs that it "could not stop postmaster": the old server, which is already gone
        log.warn("The embedded PostgreSQL server has stopped; starting it again on the same folder and port");
        long began = System.nanoTime();
        try {
            starter.restart();
            serverDown = false;
            log.info("The embedded PostgreSQL server runs again ({} ms)",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        } catch (RuntimeException e) {
            log.error("The embedded PostgreSQL server did not start again; trying again in {}", checkEvery, e);
        }
    }

    @Override
    public void start() {
        if (!starter.isUsed()) {
            return;
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::checkServer, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        executor = scheduler;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                // a restart under way finishes before the application stops its server
                running.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
