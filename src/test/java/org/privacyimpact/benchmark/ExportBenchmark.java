package org.privacyimpact.benchmark;

import static org.jooq.impl.DSL.select;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.io.OutputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.dataset.RecordsCsv;
import org.privacyimpact.db.tables.TargetFigure;

/**
 * Every target figure as CSV through our export path (RecordsCsv.figures, the data API's and the pages' path:
 * COPY of the figures query, the spreadsheet-safe cell rules and CR LF line ends applied to the bytes on their way
 * out) against PostgreSQL writing the same rows, joins and columns as stored ({@link #plainQuery}; COPY … TO STDOUT
 * through pgjdbc's CopyManager), both into a byte counter. Three rounds after a warm-up of each, each round timing
 * ours and COPY twice, mirrored (ours, COPY, COPY, ours, then the other way round in the next round): a round's
 * ratio is COPY's time over ours, each summed over its two exports. The verdict takes the lowest of the three
 * rounds' ratios, so a target met means met in three consecutive runs. Then one more run of ours, untimed, to
 * measure the live heap it holds.
 */
final class ExportBenchmark {

    private static final int RUNS = 3;
    private static final double TARGET_RATIO = 0.9;
    /**
     * A round's four exports, true for ours: mirrored, so that a change in the machine's load within a round
     * weighs on both sides alike. With one export each, a round's ratio moved by ±0.12 within one run (issue 16's
     * seventeenth part). Rounds take turns at which goes first, as the queries do.
     */
    private static final List<Boolean> OURS_FIRST = List.of(true, false, false, true);
    private static final List<Boolean> COPY_FIRST = List.of(false, true, true, false);

    private ExportBenchmark() {
    }

    static List<Result> run(RecordsCsv csv, DataSource dataSource, long figures) throws Exception {
        String sql = plainQuery();
        csv.figures(FigureFilter.ALL, new ByteCounter());
        copySeconds(dataSource, sql, new ByteCounter());

        double bestOurs = Double.MAX_VALUE;
        double bestCopy = Double.MAX_VALUE;
        double[] ratios = new double[RUNS];
        long ourBytes = 0;
        long copyBytes = 0;
        for (int run = 0; run < RUNS; run++) {
            double oursSeconds = 0;
            double copySeconds = 0;
            for (boolean oursNow : run % 2 == 0 ? OURS_FIRST : COPY_FIRST) {
                if (oursNow) {
                    ByteCounter ours = new ByteCounter();
                    double seconds = secondsOf(() -> csv.figures(FigureFilter.ALL, ours));
                    oursSeconds += seconds;
                    bestOurs = Math.min(bestOurs, seconds);
                    ourBytes = ours.count;
                } else {
                    ByteCounter copied = new ByteCounter();
                    double seconds = copySeconds(dataSource, sql, copied);
                    copySeconds += seconds;
                    bestCopy = Math.min(bestCopy, seconds);
                    copyBytes = copied.count;
                }
            }
            ratios[run] = copySeconds / oursSeconds;
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

    /** COPY of the plain query into the counter, timed once it has a connection. */
    private static double copySeconds(DataSource dataSource, String sql, ByteCounter copied) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return secondsOf(() -> connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + sql + ") TO STDOUT WITH (FORMAT csv, HEADER)", copied));
        }
    }

    private static double secondsOf(Step export) throws Exception {
        long start = System.nanoTime();
        export.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The export's rows, joins and nineteen columns as they are stored, in its order: what our path adds is the
     * cell rules, the CSV's true/false and the CR LF line ends. (Until 2026-12-03 the baseline was the figures
     * API's query, which a join for lists counted by the dashboard has made heavier than the export.)
     */
    static String plainQuery() {
        TargetFigure parent = TARGET_FIGURE.as("parent");
        return DSL.using(SQLDialect.POSTGRES).renderInlined(select(TARGET_FIGURE.REFERENCE_ID,
                        TARGET_FIGURE.INCIDENT_ID, INCIDENT.NAME, TARGET_FIGURE.COUNTRY_ISO2, COUNTRY.NAME,
                        TARGET_FIGURE.TARGETED_COUNT, TARGET_FIGURE.COUNT_QUALIFIER, TARGET_FIGURE.COUNT_KIND,
                        TARGET_FIGURE.PERIOD_START, TARGET_FIGURE.PERIOD_END, TARGET_FIGURE.VICTIM_GROUPS,
                        TARGET_FIGURE.VERIFIED, TARGET_FIGURE.PREFERRED, parent.REFERENCE_ID,
                        TARGET_FIGURE.DENOMINATOR_RULE, TARGET_FIGURE.NOTES, SOURCE.TITLE, SOURCE.URL,
                        TARGET_FIGURE.SOURCE_QUOTE)
                .from(TARGET_FIGURE)
                .join(INCIDENT).on(INCIDENT.ID.eq(TARGET_FIGURE.INCIDENT_ID))
                .join(SOURCE).on(SOURCE.ID.eq(TARGET_FIGURE.SOURCE_ID))
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(TARGET_FIGURE.COUNTRY_ISO2))
                .leftJoin(parent).on(parent.ID.eq(TARGET_FIGURE.SUBSET_OF_FIGURE_ID))
                .where(Published.figure(TARGET_FIGURE))
                .orderBy(TARGET_FIGURE.INCIDENT_ID, TARGET_FIGURE.REFERENCE_ID));
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
