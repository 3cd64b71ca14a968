package org.privacyimpact.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A dashboard's database side in a JVM of its own: it starts the embedded server on a folder exactly as the
 * dashboard does (through {@link EmbeddedPostgresStarter}), writes a row, says "ready" and waits to be killed
 * or stopped. A test can then kill it the way an operator's kill -9 would, which no test inside one JVM can.
 */
final class DashboardProcess implements AutoCloseable {

    static final String READY = "dashboard-process-ready";

    private final Process process;

    private DashboardProcess(Process process) {
        this.process = process;
    }

    /** Starts the JVM and waits until its server has started and written its row. */
    static DashboardProcess startOn(Path dataDirectory, Path output) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                DashboardProcess.class.getName(), dataDirectory.toString()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Files.readString(output).contains(READY)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("The dashboard process did not start:\n" + Files.readString(output));
            }
            Thread.sleep(100);
        }
        return new DashboardProcess(process);
    }

    /** kill -9: nothing in the JVM runs, no shutdown hook, no Spring context closing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** kill (SIGTERM), as a service manager stops a service: shutdown hooks run. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        EmbeddedPostgresStarter starter = new EmbeddedPostgresStarter(
                new EmbeddedDatabaseProperties(true, dataDirectory, 0, null));
        try (Connection connection = starter.awaitServer().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists curated_note (text text)");
            statement.execute("insert into curated_note values ('written before the crash')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
