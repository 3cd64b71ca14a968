package org.privacyimpact.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmarks' own embedded PostgreSQL, kept in target/benchmark/pg-scale-{scale} so a second run at the
 * same scale reuses the generated data. Never the dashboard's database.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;

    private BenchmarkDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    static BenchmarkDatabase start(double scale) throws IOException {
        Path directory = Path.of("target", "benchmark", "pg-scale-" + String.valueOf(scale).replace('.', '_'))
                .toAbsolutePath();
        Files.createDirectories(directory);
        return new BenchmarkDatabase(EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // the defaults of a small server; the same settings for our path and for the baselines
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("max_connections", "120")
                .start());
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
