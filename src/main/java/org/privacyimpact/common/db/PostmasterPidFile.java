package org.privacyimpact.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL writes to {@code postmaster.pid} in its data folder while it runs: the server's process id,
 * its data folder and its port (the file's first, second and fourth lines). A server that was killed leaves the
 * file behind, naming a process that is gone.
 */
record PostmasterPidFile(long pid, Path dataDirectory, int port) {

    static final String NAME = "postmaster.pid";

    /** Empty when there is no file, or not yet a whole one (the server writes it while it starts). */
    static Optional<PostmasterPidFile> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(new PostmasterPidFile(Long.parseLong(lines.get(0).strip()),
                    Path.of(lines.get(1).strip()), Integer.parseInt(lines.get(3).strip())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The server's process, while it lives. */
    Optional<ProcessHandle> liveProcess() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }
}
