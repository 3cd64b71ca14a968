package org.privacyimpact.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded PostgreSQL server as soon as Spring has read the configuration, on its own thread, so
 * that the server boots while the web server and the views are being set up, after stopping a server that a
 * killed dashboard left running on the folder; stops it when the application closes (and zonky's shutdown hook
 * when the JVM exits). Does nothing when an external database is configured.
 */
class EmbeddedPostgresStarter implements BeanFactoryPostProcessor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

    private final EmbeddedDatabaseProperties properties;
    private CompletableFuture<EmbeddedPostgres> server;

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
            server = CompletableFuture.supplyAsync(() -> startServer(properties));
        }
    }

    EmbeddedPostgres awaitServer() {
        if (!isUsed()) {
            throw new IllegalStateException("An external database is configured; no embedded server runs");
        }
        start();
        try {
            return server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public synchronized void destroy() throws IOException {
        // waits for a start still in progress; a server that failed to start has nothing to stop
        EmbeddedPostgres running = server == null ? null : server.exceptionally(failure -> null).join();
        if (running != null) {
            running.close();
        }
    }

    static EmbeddedPostgres startServer(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // zonky tunes for throw-away test databases (fsync off); curated data must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost");
        if (properties.persistent()) {
            Path dataDirectory = properties.dataDirectory().toAbsolutePath();
            createDirectories(dataDirectory);
            AbandonedServer.stopIfAny(dataDirectory);
            log.info("Embedded PostgreSQL keeps its data in {} (set DASHBOARD_DATA_DIR to change it)", dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        } else {
            log.info("Embedded PostgreSQL uses a throw-away data folder (dashboard.database.persistent=false)");
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
        } catch (IllegalStateException e) {
            // zonky locks the folder: "could not lock" from another process, overlapping lock from this one
            boolean folderLocked = e instanceof OverlappingFileLockException
                    || String.valueOf(e.getMessage()).startsWith("could not lock");
            if (properties.persistent() && folderLocked) {
                throw new IllegalStateException("The data folder " + properties.dataDirectory().toAbsolutePath()
                        + " is in use by another running dashboard. Stop it, or give this one its own folder "
                        + "with DASHBOARD_DATA_DIR.", e);
            }
            throw e;
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
}
