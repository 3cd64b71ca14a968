package org.privacyimpact.benchmark;

import java.io.OutputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.RecordsCsv;
import org.privacyimpact.dataset.RecordsQuery;

/**
 * Every target figure as CSV through our export path (RecordsCsv.figures, the data API's and the pages' path:
 * COPY of the figures query with the spreadsheet-safe cell expressions, CR LF line ends) against PostgreSQL
 * writing the plain figures query as CSV (the same rows and joins, the columns as stored; COPY … TO STDOUT
 * through pgjdbc's CopyManager), both into a byte counter. Three rounds after a warm-up, each timing ours and
 * then COPY back to back: the verdict takes the lowest of the three rounds' ratios, so a target met means met
 * in three consecutive runs. Then one more run of ours, untimed, to measure the live heap it holds.
 */
final class ExportBenchmark {

    private static final int RUNS = 3;
    private static final double TARGET_RATIO = 0.9;

    private ExportBenchmark() {
    }

    static List<Result> run(RecordsCsv csv, RecordsQuery records, DataSource dataSource, SqlCapture capture,
                            long figures) throws Exception {
        // the plain query: what the figures API reads, captured from jOOQ (one row read, the statement whole)
        capture.start();
        records.figures(FigureFilter.ALL, 0, 1);
        String sql = capture.stop().getLast()
                .replaceFirst("(?s)\\s+(offset \\d+ rows\\s+)?fetch next \\d+ rows only\\s*$", "");
        if (sql.contains("fetch next")) {
            throw new IllegalStateException("Could not take the page limit off the figures query: " + sql);
        }
        csv.figures(FigureFilter.ALL, new ByteCounter());

        double bestOurs = Double.MAX_VALUE;
        double bestCopy = Double.MAX_VALUE;
        double[] ratios = new double[RUNS];
        long ourBytes = 0;
        long copyBytes = 0;
        for (int run = 0; run < RUNS; run++) {
            ByteCounter ours = new ByteCounter();
            long start = System.nanoTime();
            csv.figures(FigureFilter.ALL, ours);
            double oursSeconds = (System.nanoTime() - start) / 1e9;
            bestOurs = Math.min(bestOurs, oursSeconds);
            ourBytes = ours.count;

            ByteCounter copied = new ByteCounter();
            try (Connection connection = dataSource.getConnection()) {
                start = System.nanoTime();
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("COPY (" + sql + ") TO STDOUT WITH (FORMAT csv, HEADER)", copied);
                double copySeconds = (System.nanoTime() - start) / 1e9;
                bestCopy = Math.min(bestCopy, copySeconds);
                ratios[run] = copySeconds / oursSeconds;
            }
            copyBytes = copied.count;
        }
        long heapGrowth;
        try (HeapWatch heap = new HeapWatch()) {
            csv.figures(FigureFilter.ALL, new ByteCounter());
            heapGrowth = heap.growth();
        }
        double ourRate = figures / bestOurs;
        double copyRate = figures / bestCopy;
        List<Result> results = new ArrayList<>();
        results.add(Result.info("CSV export, our path (%,d rows, %.0f MB)".formatted(figures, ourBytes / 1e6),
                "%,.0f rows/s (%.1f s)".formatted(ourRate, bestOurs)));
        results.add(Result.info("CSV export, COPY of the plain query (%.0f MB)".formatted(copyBytes / 1e6),
                "%,.0f rows/s (%.1f s)".formatted(copyRate, bestCopy)));
        results.add(Result.info("CSV export throughput, ours ÷ COPY in each of the " + RUNS + " rounds",
                Arrays.stream(ratios).mapToObj(ratio -> "%.2f ×".formatted(ratio)).collect(Collectors.joining(", "))));
        results.add(Result.atLeast("CSV export throughput, ours ÷ COPY, lowest of the " + RUNS + " rounds",
                Arrays.stream(ratios).min().orElseThrow(), TARGET_RATIO, "×", "%.2f"));
        results.add(Result.atMost("CSV export, live-heap growth", heapGrowth / 1048576.0, 64, "MB", "%.1f"));
        return results;
    }

    /** Counts what would have been sent, and keeps nothing. */
    static final class ByteCounter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
