package org.privacyimpact.common.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server that a dashboard left running on its data folder when it was killed without a chance
 * to stop it (kill -9, the JVM crashing). zonky starts the server through pg_ctl, which detaches it, so it
 * outlives the JVM, and the next start would fail on "postmaster.pid already exists".
 * <p>
 * Only a server nobody owns is stopped: the process named in postmaster.pid must be a postgres on this very
 * folder, and no running dashboard may hold zonky's lock on the folder. zonky keeps that lock for as long as
 * its JVM lives, and the operating system lets go of it when the JVM dies.
 */
final class AbandonedServer {

    private static final Logger log = LoggerFactory.getLogger(AbandonedServer.class);

    /** zonky's lock file in the data folder (EmbeddedPostgres.LOCK_FILE_NAME, private there). */
    static final String ZONKY_LOCK_FILE = "epg-lock";

    /** A smart shutdown waits for sessions, but the dead dashboard's connections died with it. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private AbandonedServer() {
    }

    /** Stops the server left on the folder, if there is one that no running dashboard owns; waits until it has. */
    static void stopIfAny(Path dataDirectory) {
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dataDirectory);
        Optional<ProcessHandle> server = pidFile.flatMap(PostmasterPidFile::liveProcess);
        if (server.isEmpty() || !isPostgresOn(server.get(), pidFile.get(), dataDirectory)
                || !wasStartedByADashboard(dataDirectory) || isLockedByARunningDashboard(dataDirectory)) {
            // no server, a stale file PostgreSQL will clear itself, or a server that is not ours to stop
            return;
        }
        ProcessHandle process = server.get();
        log.warn("A PostgreSQL server (process {}) is still running on {}, left by a dashboard that was stopped "
                + "without warning; stopping it before starting our own", process.pid(), dataDirectory);
        // SIGTERM, PostgreSQL's smart shutdown: it writes everything down and removes postmaster.pid
        process.destroy();
        if (!exited(process, STOP_WAIT)) {
            log.warn("The old PostgreSQL server did not stop within {}; killing it (PostgreSQL replays its log "
                    + "on the next start, nothing committed is lost)", STOP_WAIT);
            process.destroyForcibly();
            exited(process, STOP_WAIT);
        }
    }

    private static boolean isPostgresOn(ProcessHandle process, PostmasterPidFile pidFile, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName)
                .map(name -> name.toString().equals("postgres")).orElse(false);
        // pg_ctl starts it as "postgres -D <folder> ..."; where the arguments cannot be read, the file must do
        boolean argumentsNameOurFolder = info.arguments().map(List::of)
                .map(arguments -> folderAfterDashD(arguments).map(folder -> sameFolder(folder, dataDirectory))
                        .orElse(false))
                .orElse(true);
        return postgres && argumentsNameOurFolder && sameFolder(pidFile.dataDirectory(), dataDirectory);
    }

    private static Optional<Path> folderAfterDashD(List<String> arguments) {
        int flag = arguments.indexOf("-D");
        return flag >= 0 && flag + 1 < arguments.size() ? Optional.of(Path.of(arguments.get(flag + 1)))
                : Optional.empty();
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** A server someone started by hand on the folder has no zonky lock file beside it; it is left alone. */
    private static boolean wasStartedByADashboard(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve(ZONKY_LOCK_FILE));
    }

    private static boolean isLockedByARunningDashboard(Path dataDirectory) {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(ZONKY_LOCK_FILE), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            // held by this very JVM: a server of ours, not an abandoned one
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
