package org.privacyimpact.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each dashboard query as the views run it (our jOOQ code, mapping rows into records) against the very SQL it
 * sent, prepared and bound as jOOQ bound it, run through plain JDBC reading every column of every row, in as many
 * read-only transactions on connections from the same pool as ours opened. Rounds of the two after both sides
 * have run for at least 2 s, taking turns at running first; p50 and p95 of each, and their ratio. The two old
 * baselines (the same statements with their values written into the SQL; the statements alone on one open
 * transaction) are timed in rounds of their own after, beside ours and the bound baseline again.
 */
final class QueryBenchmark {

    /** A view's query and what it asks, e.g. "Incidents page 1 (50 rows + count)". */
    record DashboardQuery(String name, Runnable run) {
    }

    private static final int WARM_UP = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * Each side runs for at least this long before the timed rounds: three calls left a query's own mapping to the
     * interpreter while the driver's code, which both sides run, was compiled long before.
     */
    private static final Duration WARM_UP_TIME = Duration.ofSeconds(2);
    /** How long each query runs again with the processor sampler on. */
    private static final Duration SAMPLED_FOR = Duration.ofSeconds(4);
    private static final long BUDGET_NANOS = 40_000_000_000L;
    /**
     * Past the rounds the budget above sets, rounds go on for this long: a p50 of 40 rounds moved the ratio by
     * ±0.1 between runs on this machine (issue 16's seventeenth part), wider than what separates a query from its
     * target.
     *
     * <p>These rounds run ours and the bound baseline only. Whichever of the two ran right after a statement on
     * another connection (the old baselines' steps, until 2026-12-05) was slower, in every part of the call
     * alike, by 0.02-0.3 of the ratio (the sixteenth and seventeenth parts), so a side's p50 depended on
     * where it stood in the round. The old baselines have rounds of their own, after these.
     */
    private static final Duration TIMED_FOR = Duration.ofSeconds(10);
    /** How long the rounds with the old baselines run, as rounds ran until 2026-12-05. */
    private static final Duration OLD_BASELINES_TIMED_FOR = Duration.ofSeconds(5);
    /** An even number, as every count of rounds is. */
    private static final int MOST_ROUNDS = 4_000;
    /** A query slower than this is run once each way: repeating it would take the whole run. */
    private static final long TOO_SLOW_TO_REPEAT_NANOS = 20_000_000_000L;

    private QueryBenchmark() {
    }

    static List<Result> run(List<DashboardQuery> queries, DataSource dataSource, SqlCapture capture, PhaseClock clock,
            Path plans) throws Exception {
        List<Result> results = new ArrayList<>();
        for (DashboardQuery query : queries) {
            capture.start();
            long first = time(query.run);
            List<List<SqlCapture.Captured>> transactions = capture.stop();
            List<String> sql = transactions.stream().flatMap(List::stream).map(SqlCapture.Captured::inlined).toList();
            boolean slow = first > TOO_SLOW_TO_REPEAT_NANOS;
            writePlans(dataSource, sql, slow, plans.resolve(query.name.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"));
            // an even number, so that each side runs first in as many rounds as the other
            int fewestRounds = slow ? 1 : 2 * (int) Math.max(3, Math.min(20, BUDGET_NANOS / 6 / Math.max(first, 1)));
            Rounds alone;
            Rounds withOldBaselines;
            PhaseClock.Parts parts;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                Step ours = query.run::run;
                Step bound = () -> plainJdbcCall(dataSource, transactions, true);
                Step inlined = () -> plainJdbcCall(dataSource, transactions, false);
                Step statementsAlone = () -> plainJdbc(connection, sql);
                long warmUntil = System.nanoTime() + WARM_UP_TIME.toNanos();
                for (int i = 0; !slow && (i < WARM_UP || System.nanoTime() < warmUntil); i++) {
                    for (Step step : List.of(ours, bound, inlined, statementsAlone)) {
                        step.run();
                    }
                }
                clock.start();
                alone = Rounds.run(fewestRounds, slow, TIMED_FOR, ours, bound, List.of());
                parts = clock.stop();
                withOldBaselines = slow ? null : Rounds.run(fewestRounds, false, OLD_BASELINES_TIMED_FOR, ours,
                        bound, List.of(inlined, statementsAlone));
                connection.rollback();
            }
            // after the timed rounds, so the sampler's own cost is in none of them
            CpuSamples.Samples processor = slow ? new CpuSamples.Samples(Map.of(), 0)
                    : CpuSamples.during(query.run, SAMPLED_FOR);
            Timings ours = alone.ours;
            Timings jdbc = alone.bound;
            double oursP50 = ours.percentile(50);
            double oursP95 = ours.percentile(95);
            double jdbcP50 = jdbc.percentile(50);
            results.add(Result.info(query.name + " — jOOQ p50 / p95; JDBC, bound, p50 / p95 (" + sql.size()
                    + " statements in " + transactions.size() + " transactions, " + alone.count + " rounds)",
                    "%.1f / %.1f ms; %.1f / %.1f ms".formatted(oursP50, oursP95, jdbcP50, jdbc.percentile(95))));
            results.add(Result.info("  " + query.name + ": where our call's time went, mean per call",
                    partsPerCall(parts, ours.wall(), jdbc.wall())));
            results.add(Result.info("  " + query.name + ": processor time of the calling thread, mean per call, ours / "
                    + "JDBC, bound (the rest of a call is waiting: for PostgreSQL, the pool, the processor)",
                    "%.2f / %.2f ms".formatted(ours.processorPerCall(), jdbc.processorPerCall())));
            results.add(Result.info("  " + query.name + ": where our side's processor time went (the JDK's "
                    + "execution samples, one a millisecond at most, in more untimed calls)",
                    CpuSamples.describe(processor)));
            results.add(Result.info("  " + query.name + ": in " + (slow ? "no" : withOldBaselines.count)
                    + " more rounds, each running ours and JDBC, bound, then the two old baselines, as rounds ran "
                    + "until 2026-12-05: jOOQ ÷ JDBC, bound (p50); JDBC with the values written into the SQL p50 / "
                    + "p95 and jOOQ ÷ it, the baseline until 2026-12-04; jOOQ ÷ the statements alone on one open "
                    + "transaction, the baseline until 2026-12-03", slow ? "not run: the query is too slow to repeat"
                    : withOldBaselines.describeOldBaselines()));
            results.add(Result.info("  " + query.name + ": jOOQ ÷ JDBC (p50) in the rounds where ours ran first / "
                    + "where JDBC ran first (what running first costs)", slow ? "one round, ours first"
                    : "%.2f × / %.2f ×".formatted(ours.percentile(50, true) / jdbc.percentile(50, true),
                    ours.percentile(50, false) / jdbc.percentile(50, false))));
            results.add(Result.atMost("  " + query.name + ": jOOQ ÷ JDBC (p50)", oursP50 / jdbcP50, 1.2, "×", "%.2f"));
            results.add(Result.atMost("  " + query.name + ": p95 through our code", oursP95, 25, "ms", "%.1f"));
        }
        return results;
    }

    /**
     * Our calls' mean split into jOOQ's phases (PhaseClock) and the rest, beside the baseline's mean: the rest
     * is the pool, the transaction and mapping records into the dashboard's own.
     */
    private static String partsPerCall(PhaseClock.Parts parts, long[] ours, long[] jdbc) {
        int calls = ours.length;
        double total = Arrays.stream(ours).sum() / 1e6 / calls;
        double statements = parts.statements() / 1e6 / calls;
        return ("render %.2f · prepare and bind %.2f · execute %.2f · fetch rows %.2f · "
                + "outside jOOQ's statements %.2f = %.2f ms; JDBC %.2f ms").formatted(parts.render() / 1e6 / calls,
                parts.prepareAndBind() / 1e6 / calls, parts.execute() / 1e6 / calls, parts.fetch() / 1e6 / calls,
                total - statements, total, Arrays.stream(jdbc).sum() / 1e6 / calls);
    }

    /**
     * What a page pays on each visit for what it reads, where that is kept between dataset changes (the
     * overview's figures, DatasetAnswers): the dataset's stamp read in a transaction, then the kept answers. 400
     * rounds after a warm-up that computes them; p50 and p95 against the queries' target.
     */
    static List<Result> perVisit(String name, Runnable visit) {
        int rounds = 400;
        long[] nanos = new long[rounds];
        for (int i = -WARM_UP * 10; i < rounds; i++) {
            long taken = time(visit);
            if (i >= 0) {
                nanos[i] = taken;
            }
        }
        return List.of(Result.info(name + " — p50 / p95 (" + rounds + " visits)",
                        "%.2f / %.2f ms".formatted(percentile(nanos, 50), percentile(nanos, 95))),
                Result.atMost("  " + name + ": p95", percentile(nanos, 95), 25, "ms", "%.1f"));
    }

    /**
     * The part of every call that is not its query: a pooled connection, a read-only transaction (begin,
     * commit) and jOOQ rendering and mapping a one-row "select 1", against the same call made as plain JDBC (a
     * connection from the same pool, read-only, the statement, commit: what the baseline above does per
     * transaction), against Spring's read-only transaction around the statement sent through plain JDBC on the
     * transaction's connection, and against the statement alone on a connection already open. Each view's call
     * pays the first once per transaction; the second and third tell Spring's part from jOOQ's.
     */
    static Result fixedCostOfACall(PlatformTransactionManager transactions, DSLContext db, DataSource dataSource)
            throws Exception {
        int rounds = 400;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Timings ours = new Timings();
        Timings plainCall = new Timings();
        Timings springAlone = new Timings();
        Timings jdbc = new Timings();
        List<List<SqlCapture.Captured>> selectOne = List.of(List.of(new SqlCapture.Captured("select 1", "select 1",
                List.of())));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            Map<Timings, Step> steps = Map.of(
                    ours, () -> readOnly.execute(status -> db.selectOne().fetchOne()),
                    plainCall, () -> plainJdbcCall(dataSource, selectOne, true),
                    springAlone, () -> readOnly.executeWithoutResult(status ->
                            selectOneOnTheTransactionsConnection(dataSource)),
                    jdbc, () -> plainJdbc(connection, List.of("select 1")));
            long warmUntil = System.nanoTime() + WARM_UP_TIME.toNanos();
            while (System.nanoTime() < warmUntil) {
                for (Step step : steps.values()) {
                    step.run();
                }
            }
            // in a new order each round (the same orders each run): what runs first after another connection's
            // statement is slower, as the rows queries above show
            List<Timings> order = new ArrayList<>(List.of(ours, plainCall, springAlone, jdbc));
            Random orders = new Random(16);
            for (int i = 0; i < rounds; i++) {
                Collections.shuffle(order, orders);
                for (Timings side : order) {
                    side.time(steps.get(side));
                }
            }
            connection.rollback();
        }
        return Result.info("Fixed cost of one call (read-only transaction from the pool, jOOQ, select 1) — ours p50 / "
                + "p95; as plain JDBC (pool, read-only transaction, select 1, commit) p50 / p95; Spring's transaction "
                + "with the statement through plain JDBC p50 / p95; the statement alone on an open connection p50 / "
                + "p95 (" + rounds + " rounds)",
                "%.2f / %.2f ms; %.2f / %.2f ms; %.2f / %.2f ms; %.2f / %.2f ms".formatted(ours.percentile(50),
                        ours.percentile(95), plainCall.percentile(50), plainCall.percentile(95),
                        springAlone.percentile(50), springAlone.percentile(95), jdbc.percentile(50),
                        jdbc.percentile(95)));
    }

    private static void selectOneOnTheTransactionsConnection(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            plainJdbc(connection, List.of("select 1"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** PostgreSQL's plan of each statement (executed and timed unless the query is too slow to repeat). */
    private static void writePlans(DataSource dataSource, List<String> sql, boolean slow, Path file) throws Exception {
        StringBuilder plans = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String statementSql : sql) {
                plans.append(statementSql).append("\n\n");
                if (!returnsRows(statementSql)) {
                    statement.execute(statementSql);
                    plans.append("(a setting for the statements that follow)\n\n---\n\n");
                    continue;
                }
                try (ResultSet plan = statement.executeQuery("explain " + (slow ? "" : "(analyze, buffers) ")
                        + statementSql)) {
                    while (plan.next()) {
                        plans.append(plan.getString(1)).append('\n');
                    }
                }
                plans.append("\n---\n\n");
            }
            connection.rollback();
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, plans);
    }

    /** A select (or with … select), as opposed to a setting such as "set local …". */
    private static boolean returnsRows(String sql) {
        String start = sql.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("select") || start.startsWith("with") || start.startsWith("(");
    }

    /**
     * The call as plain JDBC code would make it: for each transaction ours ran, a connection from the same pool,
     * a read-only transaction (the planner settings the statements set hold only inside one), the very
     * statements, commit. Bound, each statement is prepared as jOOQ prepared it and its values bound by the same
     * calls, as code that takes a visitor's filters must; otherwise the values are written into the SQL, which
     * PostgreSQL parses and plans without parameters.
     */
    private static void plainJdbcCall(DataSource dataSource, List<List<SqlCapture.Captured>> transactions,
            boolean bound) throws Exception {
        for (List<SqlCapture.Captured> statements : transactions) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                if (bound) {
                    for (SqlCapture.Captured statement : statements) {
                        prepared(connection, statement);
                    }
                } else {
                    plainJdbc(connection, statements.stream().map(SqlCapture.Captured::inlined).toList());
                }
                connection.commit();
            }
        }
    }

    private static void prepared(Connection connection, SqlCapture.Captured captured) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(captured.sql())) {
            for (SqlCapture.Bind bind : captured.binds()) {
                bind.on(statement);
            }
            if (statement.execute()) {
                readAll(statement.getResultSet());
            }
        }
    }

    private static void readAll(ResultSet rows) throws Exception {
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }

    private static void plainJdbc(Connection connection, List<String> sql) throws Exception {
        for (String statementSql : sql) {
            if (!returnsRows(statementSql)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(statementSql);
                }
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                readAll(statement.executeQuery(statementSql));
            }
        }
    }

    /**
     * Rounds in which ours and the bound baseline take turns at running first, each round then running the other
     * steps in their order.
     *
     * @param others the other steps' timings, in the order of the steps
     */
    private record Rounds(int count, Timings ours, Timings bound, List<Timings> others) {

        /**
         * At least the fewest rounds, then more until the time is up, in an even number so that each side runs
         * first in as many rounds as the other; a query too slow to repeat runs once.
         */
        static Rounds run(int fewest, boolean slow, Duration timedFor, Step ours, Step bound, List<Step> others)
                throws Exception {
            Timings oursTimings = new Timings();
            Timings boundTimings = new Timings();
            List<Timings> othersTimings = others.stream().map(step -> new Timings()).toList();
            long timedUntil = System.nanoTime() + timedFor.toNanos();
            int count = 0;
            for (; anotherRound(count, fewest, slow, timedUntil); count++) {
                if (oursFirst(count)) {
                    oursTimings.time(ours);
                    boundTimings.time(bound);
                } else {
                    boundTimings.time(bound);
                    oursTimings.time(ours);
                }
                for (int i = 0; i < others.size(); i++) {
                    othersTimings.get(i).time(others.get(i));
                }
            }
            return new Rounds(count, oursTimings, boundTimings, othersTimings);
        }

        private static boolean anotherRound(int done, int fewest, boolean slow, long timedUntil) {
            if (slow || done < fewest) {
                return done < fewest;
            }
            return done % 2 == 1 || done < MOST_ROUNDS && System.nanoTime() < timedUntil;
        }

        /** Ours ÷ the bound baseline, then the inlined baseline's p50 / p95 and ours ÷ it, then ours ÷ the last. */
        String describeOldBaselines() {
            double oursP50 = ours.percentile(50);
            Timings inlined = others.get(0);
            return "%.2f ×; %.1f / %.1f ms and %.2f ×; %.2f ×".formatted(oursP50 / bound.percentile(50),
                    inlined.percentile(50), inlined.percentile(95), oursP50 / inlined.percentile(50),
                    oursP50 / others.get(1).percentile(50));
        }
    }

    private static boolean oursFirst(int round) {
        return round % 2 == 0;
    }

    /**
     * One side's time in each round, in the order of the rounds (each side is timed once a round), and its thread's
     * processor time summed over the rounds.
     */
    private static final class Timings {

        private long[] wall = new long[64];
        private int rounds;
        private long processor;

        void time(Step step) throws Exception {
            long processorBefore = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            step.run();
            long taken = System.nanoTime() - start;
            processor += THREADS.getCurrentThreadCpuTime() - processorBefore;
            if (rounds == wall.length) {
                wall = Arrays.copyOf(wall, 2 * rounds);
            }
            wall[rounds++] = taken;
        }

        long[] wall() {
            return Arrays.copyOf(wall, rounds);
        }

        double percentile(int percent) {
            return QueryBenchmark.percentile(wall(), percent);
        }

        /** Over the rounds where ours ran first, or over the others. */
        double percentile(int percent, boolean whereOursRanFirst) {
            return QueryBenchmark.percentile(IntStream.range(0, rounds)
                    .filter(round -> oursFirst(round) == whereOursRanFirst)
                    .mapToLong(round -> wall[round]).toArray(), percent);
        }

        double processorPerCall() {
            return processor / 1e6 / rounds;
        }
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
