package org.privacyimpact.benchmark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.privacyimpact.Application;
import org.privacyimpact.country.CountryQuery;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CuratedChange;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DerivedTable;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.RecordsCsv;
import org.privacyimpact.dataset.RecordsQuery;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.FigureRates;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.incident.IncidentFilter;
import org.privacyimpact.incident.IncidentQuery;
import org.privacyimpact.incident.IncidentSort;
import org.privacyimpact.overview.OverviewFigures;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One command, one table: generates (once per scale) a synthetic dataset in its own embedded PostgreSQL, then
 * measures export, dashboard queries, the production jar's start-up, first chart, heap per session and the read
 * API under load, side by side in one run. See BENCHMARKS.md.
 *
 * <pre>./mvnw -Pproduction,benchmark verify -Dbenchmark.scale=1</pre>
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(option(args, "scale", "1"));
        String only = option(args, "only", "export,queries,jar");
        Path work = Files.createDirectories(Path.of("target", "benchmark").toAbsolutePath());
        List<Result> results = new ArrayList<>();
        Instant began = Instant.now();
        SqlCapture capture = new SqlCapture();
        PhaseClock clock = new PhaseClock();

        try (BenchmarkDatabase database = BenchmarkDatabase.start(scale)) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    // the security configuration needs a servlet context: a web server on a free port, unused
                    .web(WebApplicationType.SERVLET)
                    .logStartupInfo(false)
                    .initializers(ctx -> {
                        ctx.getBeanFactory().addBeanPostProcessor(capture);
                        ctx.getBeanFactory().registerSingleton("benchmarkPhaseClock",
                                new DefaultExecuteListenerProvider(clock.listener()));
                    })
                    .run("--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
                            "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--server.port=0",
                            "--spring.datasource.hikari.maximum-pool-size=4",
                            "--dashboard.admin.password=benchmark-admin-password");
            try {
                DataSource dataSource = context.getBean(DataSource.class);
                results.addAll(ensureDataset(dataSource, scale,
                        List.copyOf(context.getBeansOfType(DerivedTable.class).values())));
                long figures;
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    var count = statement.executeQuery("select count(*) from target_figure where retired_at is null");
                    count.next();
                    figures = count.getLong(1);
                }
                if (only.contains("export")) {
                    log("CSV export of %,d figures, ours against COPY".formatted(figures));
                    results.addAll(ExportBenchmark.run(context.getBean(RecordsCsv.class), dataSource, figures));
                    save(work, scale, began, results);
                }
                if (only.contains("queries")) {
                    log("Dashboard queries, jOOQ against plain JDBC");
                    results.add(QueryBenchmark.fixedCostOfACall(context.getBean(PlatformTransactionManager.class),
                            context.getBean(DSLContext.class), dataSource));
                    results.addAll(QueryBenchmark.run(dashboardQueries(context), dataSource, capture, clock,
                            work.resolve("plans")));
                    OverviewFigures overview = context.getBean(OverviewFigures.class);
                    ExposureFilter overviewRates = ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM)
                            .withWorldwide(false);
                    results.addAll(QueryBenchmark.perVisit("Overview, what each visit reads (cards, timeline, map "
                            + "and top chart, kept per dataset change)", () -> {
                                overview.headline();
                                overview.rates(overviewRates);
                            }));
                    results.add(ratesAfterOneChange(context));
                    save(work, scale, began, results);
                }
            } finally {
                context.close();
            }
            if (only.contains("jar")) {
                Path jar = productionJar();
                log("Production jar " + jar.getFileName() + ": start-up, first chart, sessions, load test");
                Path wrkScript = work.resolve("wrk-p95.lua");
                try (InputStream script = Benchmark.class.getResourceAsStream("/benchmark/wrk-p95.lua")) {
                    Files.copy(script, wrkScript, StandardCopyOption.REPLACE_EXISTING);
                }
                results.addAll(new ProductionJarBenchmark(jar, database.jdbcUrl(), work).run(3, 5, 20, wrkScript));
            }
        }
        String table = save(work, scale, began, results);
        System.out.println();
        System.out.println(table);
        System.out.println("Also written to " + work.resolve("results.md"));
        System.exit(0);
    }

    /** The queries behind the overview, Compare, Incidents, a country page and the data API's figures page. */
    private static List<QueryBenchmark.DashboardQuery> dashboardQueries(ConfigurableApplicationContext context) {
        DatasetQuery dataset = context.getBean(DatasetQuery.class);
        TargetedPerMillionQuery exposure = context.getBean(TargetedPerMillionQuery.class);
        IncidentQuery incidents = context.getBean(IncidentQuery.class);
        CountryQuery countries = context.getBean(CountryQuery.class);
        RecordsQuery records = context.getBean(RecordsQuery.class);
        ExposureFilter overviewRates = ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM).withWorldwide(false);
        ExposureFilter compareForensic = ExposureFilter.of(CountKind.CONFIRMED_FORENSIC);
        FigureFilter india = new FigureFilter("IN", null, null, null, null, null);
        return List.of(
                new QueryBenchmark.DashboardQuery("Overview: headline cards and timeline", dataset::statistics),
                new QueryBenchmark.DashboardQuery("Overview: rates for the map and top chart", () -> {
                    exposure.highest(overviewRates, 10);
                    exposure.highestPerCountry(overviewRates);
                }),
                new QueryBenchmark.DashboardQuery("Compare: one kind, page of 50 + count", () -> {
                    exposure.find(compareForensic, ExposureSort.HIGHEST_RATE_FIRST, 0, 50);
                    exposure.count(compareForensic);
                }),
                new QueryBenchmark.DashboardQuery("Compare: the founding case (WA2019)",
                        () -> exposure.find(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST, 0,
                                Integer.MAX_VALUE)),
                new QueryBenchmark.DashboardQuery("Incidents: page of 50 + count", () -> {
                    incidents.find(IncidentFilter.ALL, IncidentSort.NEWEST_FIRST, 0, 50);
                    incidents.count(IncidentFilter.ALL);
                }),
                new QueryBenchmark.DashboardQuery("Country page: India", () -> countries.profile("IN")),
                new QueryBenchmark.DashboardQuery("API figures of India: page of 50 + count", () -> {
                    records.figures(india, 0, 50);
                    records.countFigures(india);
                }));
    }

    /**
     * What a curator's save costs on top of the write: the rates of every figure a changed user figure can reach
     * (India, 2019: every figure of India from 2017 to 2021, under each denominator), worked out again in a
     * transaction that is then rolled back. Median of five after a warm-up.
     */
    private static Result ratesAfterOneChange(ConfigurableApplicationContext context) {
        FigureRates rates = context.getBean(FigureRates.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            transaction.executeWithoutResult(status -> {
                long start = System.nanoTime();
                rates.refresh(List.of(new CuratedChange.UserBaseChanged("IN", 2019)));
                millis.add((System.nanoTime() - start) / 1e6);
                status.setRollbackOnly();
            });
        }
        List<Double> timed = millis.subList(1, millis.size()).stream().sorted().toList();
        return Result.info("Rates kept current: one user figure of India (2019) changed, median of 5",
                "%.0f ms".formatted(timed.get(timed.size() / 2)));
    }

    /**
     * Generates the synthetic rows unless this database already holds them, then works out every derived table
     * (rates, counts): rows written with COPY bypass the curation, which would have announced them.
     */
    private static List<Result> ensureDataset(DataSource dataSource, double scale, List<DerivedTable> derived)
            throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists benchmark_dataset (scale numeric not null, loaded_at "
                    + "timestamptz not null default now(), seconds numeric not null, rows text not null)");
            // the derived tables are current if both were completely built after the load
            var existing = statement.executeQuery("select seconds, rows, loaded_at < least("
                    + "coalesce((select built_at from figure_rate_build), '-infinity'), "
                    + "coalesce((select built_at from figure_tally_build), '-infinity')) from benchmark_dataset");
            if (existing.next()) {
                Result loaded = Result.info("Synthetic dataset (loaded earlier with COPY in %.0f s)"
                        .formatted(existing.getDouble(1)), existing.getString(2));
                return existing.getBoolean(3) ? List.of(loaded) : List.of(loaded, workOut(dataSource, derived));
            }
        }
        SyntheticDataset synthetic = new SyntheticDataset(scale);
        double seconds;
        String described;
        log("Generating the synthetic dataset at scale " + scale + " with COPY");
        long start = System.nanoTime();
        Map<String, Long> rows;
        try (Connection connection = dataSource.getConnection()) {
            rows = synthetic.load(connection);
            seconds = (System.nanoTime() - start) / 1e9;
            described = rows.entrySet().stream().map(e -> "%,d %s".formatted(e.getValue(), e.getKey()))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            try (Statement statement = connection.createStatement()) {
                statement.execute("insert into benchmark_dataset (scale, seconds, rows) values (" + scale + ", "
                        + seconds + ", '" + described + "')");
            }
            connection.commit();
        }
        return List.of(Result.info("Synthetic dataset loaded with COPY in %.0f s".formatted(seconds), described),
                workOut(dataSource, derived));
    }

    /** Every derived table worked out, as after a data migration; an interrupted run does it again next time. */
    private static Result workOut(DataSource dataSource, List<DerivedTable> derived) throws Exception {
        log("Working out the rates and counts of every figure (figure_rate, incident_tally, kind_area_tally)");
        long start = System.nanoTime();
        derived.forEach(DerivedTable::rebuild);
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze figure_rate, incident_tally, kind_area_tally");
        }
        return Result.info("Rates and counts of every figure worked out (as after a migration)",
                "%.0f s".formatted(seconds));
    }

    private static Path productionJar() throws Exception {
        try (var jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("privacy-impact-dashboard-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No production jar in target/: run ./mvnw -Pproduction,benchmark verify"));
        }
    }

    /** Writes the table so far, so a long run that is stopped still leaves what it measured. */
    private static String save(Path work, double scale, Instant began, List<Result> results) throws Exception {
        String table = table(scale, began, results);
        Files.writeString(work.resolve("results.md"), table);
        return table;
    }

    private static String table(double scale, Instant began, List<Result> results) {
        StringBuilder table = new StringBuilder();
        table.append("Benchmark run of ").append(began).append(", scale ").append(scale).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors, Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(' ').append(System.getProperty("os.arch")).append("\n\n");
        table.append("| Measure | Result | Target | Verdict |\n|---|---|---|---|\n");
        for (Result result : results) {
            table.append("| ").append(result.measure()).append(" | ").append(result.value()).append(" | ")
                    .append(result.target()).append(" | ").append(result.verdict()).append(" |\n");
        }
        return table.toString();
    }

    private static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    private static void log(String message) {
        System.out.printf(Locale.ROOT, "%n== %s%n", message);
    }
}
