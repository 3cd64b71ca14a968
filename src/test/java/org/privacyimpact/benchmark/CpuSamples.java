package org.privacyimpact.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where our calls spend the processor, by the JDK's own sampler (Flight Recorder's execution samples, one a
 * millisecond, of the calling thread only): the parts PhaseClock cannot tell apart, such as building a query
 * before jOOQ renders it. A sample is taken only while the thread runs Java code, so time spent waiting for
 * PostgreSQL is not in it; the shares are of the processor time our side spends.
 */
final class CpuSamples {

    /** A part of a call, recognised by the frames on the sampled stack (checked in this order). */
    enum Part {
        DRIVER("the PostgreSQL driver"),
        SHAPED("our shaped selects binding values, reading rows and converting each value (ShapedSelect)"),
        MAPPING("our mapping of records"),
        FETCH("jOOQ fetching rows into records"),
        RENDER("jOOQ rendering SQL"),
        BIND("jOOQ binding values"),
        EXECUTE("jOOQ executing (its context, listeners and statement wrappers)"),
        TRANSACTION("Spring's transaction and the pool"),
        BUILD("building the query with jOOQ's DSL, and jOOQ's other work before it executes"),
        OTHER("other");

        private final String words;

        Part(String words) {
            this.words = words;
        }
    }

    private CpuSamples() {
    }

    /** Samples by part, and the calls they were taken in. */
    record Samples(Map<Part, Integer> parts, int calls) {
    }

    /**
     * Makes the call again and again with the sampler on, for at least the time given (the sampler takes far
     * fewer samples than one a millisecond of a thread that mostly waits for the database, so a few calls give
     * too few), and counts the samples by part.
     */
    static Samples during(Runnable call, Duration atLeast) throws Exception {
        Path file = Files.createTempFile("benchmark-cpu", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.start();
            int calls = 0;
            long end = System.nanoTime() + atLeast.toNanos();
            while (System.nanoTime() < end) {
                call.run();
                calls++;
            }
            recording.stop();
            recording.dump(file);
            long thread = Thread.currentThread().threadId();
            Map<Part, Integer> parts = new EnumMap<>(Part.class);
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                RecordedThread sampled = event.getThread("sampledThread");
                if (sampled != null && sampled.getJavaThreadId() == thread && event.getStackTrace() != null) {
                    parts.merge(partOf(event.getStackTrace().getFrames()), 1, Integer::sum);
                }
            }
            return new Samples(parts, calls);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** "jOOQ rendering SQL 29% · … (354 samples in 120 calls)". */
    static String describe(Samples samples) {
        Map<Part, Integer> parts = samples.parts();
        int total = parts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "no samples";
        }
        return parts.entrySet().stream()
                .sorted(Map.Entry.<Part, Integer>comparingByValue().reversed())
                .map(part -> "%s %.0f%%".formatted(part.getKey().words, 100.0 * part.getValue() / total))
                .collect(Collectors.joining(" · ", "", " (%d samples in %d calls)".formatted(total, samples.calls())));
    }

    /** @param frames the sampled stack, innermost first */
    static Part partOf(List<RecordedFrame> frames) {
        List<String> methods = frames.stream()
                .map(frame -> frame.getMethod().getType().getName() + "." + frame.getMethod().getName())
                .toList();
        int mapper = firstIndex(methods, "org.jooq.RecordMapper.apply");
        int cursor = firstIndex(methods, "org.jooq.impl.CursorImpl", "org.jooq.impl.AbstractCursor");
        int ours = firstIndex(methods, "org.privacyimpact.");
        int transaction = firstIndex(methods, "org.springframework.transaction.", "org.springframework.jdbc.",
                "com.zaxxer.hikari.");
        if (firstIndex(methods, "org.postgresql.") >= 0) {
            return Part.DRIVER;
        }
        int shaped = firstIndex(methods, "org.privacyimpact.common.db.ShapedSelect",
                "org.privacyimpact.common.db.SelectedRow");
        if (shaped >= 0) {
            // our mapping runs inside ShapedSelect's loop; what it calls back into SelectedRow is reading
            return ours < shaped ? Part.MAPPING : Part.SHAPED;
        }
        if (mapper >= 0 && (cursor < 0 || mapper < cursor)
                || firstIndex(methods, "org.jooq.impl.AbstractRecord.get") >= 0 && (cursor < 0 || ours < cursor)) {
            return Part.MAPPING;
        }
        if (cursor >= 0) {
            return Part.FETCH;
        }
        if (firstIndex(methods, "org.jooq.impl.AbstractQuery.getSQL0", "org.jooq.impl.DefaultRenderContext") >= 0) {
            return Part.RENDER;
        }
        if (firstIndex(methods, "org.jooq.impl.DefaultBindContext") >= 0) {
            return Part.BIND;
        }
        if (firstIndex(methods, "org.jooq.impl.AbstractQuery.execute") >= 0) {
            return Part.EXECUTE;
        }
        if (transaction >= 0 && (ours < 0 || transaction < ours)) {
            return Part.TRANSACTION;
        }
        int jooq = firstIndex(methods, "org.jooq.");
        if (jooq >= 0 && jooq < ours) {
            return Part.BUILD;
        }
        return ours >= 0 && methods.get(ours).contains("lambda$") ? Part.MAPPING : Part.OTHER;
    }

    private static int firstIndex(List<String> methods, String... prefixes) {
        for (int i = 0; i < methods.size(); i++) {
            for (String prefix : prefixes) {
                if (methods.get(i).startsWith(prefix)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
