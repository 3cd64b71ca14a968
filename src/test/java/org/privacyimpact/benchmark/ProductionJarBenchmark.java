package org.privacyimpact.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader and the machine see of the production jar, run against the benchmark database: start-up to the
 * first answered page, the overview's first chart in a fresh headless Chromium, heap per open session, and a
 * load test of the read API with wrk.
 */
final class ProductionJarBenchmark {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(
            System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    /**
     * Marks when the first chart on the page was on screen, in milliseconds since the navigation started: the
     * first chart with {@code data-drawn} that takes room on the page, whether the server sent it drawn in HTML
     * (the overview's first screen, DD017) or ECharts drew it; and apart from it, the first chart ECharts drew.
     * Each is timed after the frame that shows it (a task queued from that frame's animation callback), not when
     * it entered the page, which may be before the browser can draw at all; and a chart is on screen no sooner
     * than the page's first paint of text or colour ({@link #FIRST_CHART_ON_SCREEN}).
     */
    private static final String RECORD_FIRST_CHART = """
            window.__longTasks = [];
            try {
              new PerformanceObserver(list => list.getEntries().forEach(task =>
                  window.__longTasks.push([task.startTime, task.duration]))).observe({type: 'longtask', buffered: true});
            } catch (notSupported) {}
            const afterItsFrame = name => requestAnimationFrame(() => setTimeout(() => {
              window[name] = performance.now();
            }, 0));
            let firstSeen = false;
            let echartsSeen = false;
            new MutationObserver((changes, observer) => {
              if (!firstSeen) {
                const shown = [...document.querySelectorAll('[data-drawn]')].find(c => c.getClientRects().length > 0);
                if (shown) {
                  firstSeen = true;
                  window.__firstChartKind = shown.localName === 'pid-echart' ? 'ECharts' : 'HTML sent with the page';
                  afterItsFrame('__firstChartDrawn');
                }
              }
              if (!echartsSeen && document.querySelector('pid-echart[data-drawn]')) {
                echartsSeen = true;
                afterItsFrame('__echartsDrawn');
                observer.disconnect();
              }
            }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-drawn'], childList: true});
            """;
    /** True once both marks are set and the page has painted: the first chart on screen, and ECharts' first. */
    private static final String BOTH_CHARTS_DRAWN = "return window.__firstChartDrawn !== undefined "
            + "&& window.__echartsDrawn !== undefined "
            + "&& performance.getEntriesByName('first-contentful-paint').length > 0";
    /** Milliseconds to the first chart on screen: its frame, but not before the page's first paint. */
    private static final String FIRST_CHART_ON_SCREEN = "return Math.max(window.__firstChartDrawn, "
            + "performance.getEntriesByName('first-contentful-paint')[0].startTime)";

    /**
     * The phases of a first load from the browser's own timings: the page, the scripts, the server's first
     * answer building the view (Vaadin's UIDL requests), the map's borders, the main thread's long tasks
     * (parsing, running scripts, laying out, drawing) and the first chart drawn.
     */
    private static final String FIRST_LOAD_PHASES = """
            const ms = t => (t / 1000).toFixed(2) + ' s';
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            const span = (entries) => entries.length === 0 ? 'none'
                : ms(Math.min(...entries.map(e => e.startTime))) + '–' + ms(Math.max(...entries.map(e => e.responseEnd)));
            const scripts = resources.filter(e => /\\.js(\\?|$)/.test(e.name));
            const server = resources.filter(e => /[?&]v-r=/.test(e.name));
            const borders = resources.filter(e => /world|atlas|topo|countries/i.test(e.name));
            const tasks = window.__longTasks || [];
            const busy = tasks.filter(t => t[0] < window.__echartsDrawn).reduce((sum, t) => sum + t[1], 0);
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            return 'page ' + ms(nav.responseEnd) + ' · first text and colour ' + (paint ? ms(paint.startTime) : '?')
                + ' · first chart ' + ms(Math.max(window.__firstChartDrawn, paint ? paint.startTime : 0)) + ' ('
                + window.__firstChartKind + ')'
                + ' · scripts ' + span(scripts) + ' (' + scripts.length + ' files)'
                + ' · server answers ' + span(server) + ' (' + server.length + ')'
                + ' · map borders ' + span(borders)
                + ' · main thread busy ' + ms(busy) + ' in ' + tasks.length + ' long tasks'
                + ' · first ECharts chart ' + ms(window.__echartsDrawn);
            """;

    /** Every request of the load with its start, end and size, and the long tasks: the trace behind the phases. */
    private static final String FIRST_LOAD_TRACE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const lines = ['navigation: response ' + nav.responseStart.toFixed(0) + '–' + nav.responseEnd.toFixed(0)
                + ' ms, DOMContentLoaded ' + nav.domContentLoadedEventEnd.toFixed(0) + ' ms, load '
                + nav.loadEventEnd.toFixed(0) + ' ms, first chart ' + window.__firstChartDrawn.toFixed(0) + ' ms ('
                + window.__firstChartKind + '), first ECharts chart ' + window.__echartsDrawn.toFixed(0) + ' ms', ''];
            performance.getEntriesByType('resource').forEach(e => lines.push(e.startTime.toFixed(0) + '–'
                + e.responseEnd.toFixed(0) + ' ms  ' + e.transferSize + ' B  ' + e.initiatorType + '  ' + e.name));
            lines.push('', 'long tasks (start, duration):');
            (window.__longTasks || []).forEach(t => lines.push(t[0].toFixed(0) + ' ms  ' + t[1].toFixed(0) + ' ms'));
            return lines.join('\\n');
            """;

    /** How long a page may take before it counts as not drawn at all. */
    private static final Duration PAGE_LIMIT = Duration.ofSeconds(90);
    /** Loads of the overview, each from a fresh profile, before the measured ones (see firstLoads). */
    private static final int SERVER_WARM_UP_LOADS = 5;
    /** How long a loaded page is left to fetch what it fetches without the reader doing anything. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    /** Opening sessions stops after this long; the heap is divided by the sessions actually opened. */
    private static final Duration SESSIONS_LIMIT = Duration.ofMinutes(5);

    private final Path jar;
    private final String jdbcUrl;
    private final Path work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ProductionJarBenchmark(Path jar, String jdbcUrl, Path work) {
        this.jar = jar;
        this.jdbcUrl = jdbcUrl;
        this.work = work;
    }

    List<Result> run(int startups, int firstLoads, int sessions, Path wrkScript) throws Exception {
        List<Result> results = new ArrayList<>();
        results.add(Result.info("Start-up to the first answered page, java -jar (median of " + startups + ")",
                "%.1f s".formatted(medianStartup(startups, jar, List.of()))));
        Path aotCache = trainAotCache();
        results.add(Result.atMost("Start-up to the first answered page, extracted jar with the JVM's AOT cache "
                        + "(median of " + startups + "; README \"Production build\")",
                medianStartup(startups, extracted(), List.of("-XX:AOTCache=" + aotCache)), 10, "s", "%.1f"));

        // the load test first: a page abandoned by a browser test would keep its query running meanwhile
        try (Running app = start()) {
            results.addAll(loadTest(app, wrkScript));
        }
        try (Running app = start()) {
            results.addAll(firstLoads(app, firstLoads));
            results.addAll(heapPerSession(app, sessions));
        }
        return results;
    }

    private List<Result> firstLoads(Running app, int firstLoads) throws Exception {
        List<Result> results = new ArrayList<>();
        double[] drawn = new double[firstLoads];
        double[] echarts = new double[firstLoads];
        String[] phases = new String[firstLoads];
        long javaScriptBytes = 0;
        long mapBytes = 0;
        // A reader meets a server that has run for a while: the first load after start-up (its view's classes
        // still loading, nothing compiled yet) is shown apart, and a few unmeasured loads come before the five.
        double justStarted = firstChartOfAnUnmeasuredLoad(app, "just-started");
        for (int i = 0; i < SERVER_WARM_UP_LOADS; i++) {
            firstChartOfAnUnmeasuredLoad(app, "warm-up-" + i);
        }
        for (int i = 0; i < firstLoads; i++) {
            ChromeDriver browser = browser("first-load-" + i);
            try {
                browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_FIRST_CHART));
                browser.get(app.url + "/");
                try {
                    new WebDriverWait(browser, PAGE_LIMIT).pollingEvery(Duration.ofMillis(20)).until(driver ->
                            Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(BOTH_CHARTS_DRAWN)));
                } catch (TimeoutException tooSlow) {
                    return List.of(new Result("First load of / to the first chart drawn", "no chart within "
                            + PAGE_LIMIT.toSeconds() + " s", "≤ 1.00 s", "missed: the page did not draw"));
                }
                drawn[i] = ((Number) browser.executeScript(FIRST_CHART_ON_SCREEN)).doubleValue() / 1000;
                echarts[i] = ((Number) browser.executeScript("return window.__echartsDrawn")).doubleValue() / 1000;
                phases[i] = (String) browser.executeScript(FIRST_LOAD_PHASES);
                Files.writeString(work.resolve("first-load-trace-" + i + ".txt"),
                        (String) browser.executeScript(FIRST_LOAD_TRACE));
                if (i == 0) {
                    // everything the page fetches while the reader has not scrolled, then what the map adds
                    Thread.sleep(SETTLE.toMillis());
                    javaScriptBytes = javaScriptBytes(browser, "");
                    browser.executeScript("document.querySelector('pid-echart.world-map').scrollIntoView()");
                    new WebDriverWait(browser, PAGE_LIMIT).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor)
                            driver).executeScript("return document.querySelector('pid-echart.world-map')"
                            + ".hasAttribute('data-drawn')")));
                    mapBytes = javaScriptBytes(browser, "pid-echart-map");
                }
            } finally {
                browser.quit();
            }
        }
        int median = medianIndex(drawn);
        Arrays.sort(drawn);
        Arrays.sort(echarts);
        results.add(Result.info("First load of / to the first chart drawn, the server just started (one load)",
                justStarted < 0 ? "no chart within " + PAGE_LIMIT.toSeconds() + " s" : "%.2f s".formatted(justStarted)));
        results.add(Result.atMost("First load of / to the first chart drawn, fresh profile, after "
                + SERVER_WARM_UP_LOADS + " unmeasured loads (median of " + firstLoads + ")",
                drawn[firstLoads / 2], 1.0, "s", "%.2f"));
        results.add(Result.info("  The same loads to the first chart ECharts drew (the map or the top chart, which "
                + "take clicks; median of " + firstLoads + ")", "%.2f s".formatted(echarts[firstLoads / 2])));
        results.add(Result.info("  Where that median load's time went (first-load-trace-" + median + ".txt)",
                phases[median]));
        results.add(Result.atMost("JavaScript transferred on the first visit, before the reader scrolls",
                javaScriptBytes / 1024.0, 400, "KB", "%,.0f"));
        results.add(Result.info("  The world map's part, fetched when the reader scrolls to the map (borders, map chart)",
                "%,.0f KB".formatted(mapBytes / 1024.0)));
        return results;
    }

    /** Seconds from the address to the first chart drawn in a fresh profile; -1 if none was drawn in time. */
    private double firstChartOfAnUnmeasuredLoad(Running app, String profile) throws IOException {
        ChromeDriver browser = browser(profile);
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_FIRST_CHART));
            browser.get(app.url + "/");
            new WebDriverWait(browser, PAGE_LIMIT).pollingEvery(Duration.ofMillis(20)).until(driver ->
                    Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(BOTH_CHARTS_DRAWN)));
            return ((Number) browser.executeScript(FIRST_CHART_ON_SCREEN)).doubleValue() / 1000;
        } catch (TimeoutException tooSlow) {
            return -1;
        } finally {
            browser.quit();
        }
    }

    /** Bytes of the scripts the page has fetched, as transferred (compressed), of those whose address has a part. */
    private static long javaScriptBytes(ChromeDriver browser, String addressPart) {
        return ((Number) browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => /\\.js(\\?|$)/.test(e.name) && e.name.includes(arguments[0]))"
                + ".reduce((sum, e) => sum + e.transferSize, 0)", addressPart)).longValue();
    }

    /** The run whose time is the median, before the times are sorted. */
    private static int medianIndex(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = sorted[times.length / 2];
        for (int i = 0; i < times.length; i++) {
            if (times[i] == median) {
                return i;
            }
        }
        return 0;
    }

    private List<Result> heapPerSession(Running app, int sessions) throws Exception {
        String measure = "Heap per open dashboard session (" + sessions + " sessions, live objects after a full GC)";
        ChromeDriver browser = browser("sessions");
        try {
            openOverview(browser, app);
            long usedBefore = heapUsedAfterGc(app.process.pid());
            long liveBefore = liveBytes(saveClassHistogram(app.process.pid(), "sessions-before"));
            long deadline = System.nanoTime() + SESSIONS_LIMIT.toNanos();
            int opened = 0;
            while (opened < sessions && System.nanoTime() < deadline) {
                browser.switchTo().newWindow(WindowType.TAB);
                // a new session per tab: the other tabs keep their sessions and UIs on the server
                browser.manage().deleteAllCookies();
                openOverview(browser, app);
                opened++;
            }
            long usedAfter = heapUsedAfterGc(app.process.pid());
            long liveAfter = liveBytes(saveClassHistogram(app.process.pid(), "sessions-after"));
            String counted = opened == sessions ? measure : measure.replace(sessions + " sessions", opened
                    + " sessions in " + SESSIONS_LIMIT.toMinutes() + " min");
            // the class histograms count every live object; the heap's "used" after GC.run also moves with the
            // collector's bookkeeping (runs of 2026-12-03 read 134 KB there against 449 KB of objects)
            return List.of(Result.atMost(counted, (liveAfter - liveBefore) / (double) opened / 1024, 250, "KB", "%.0f"),
                    Result.info("  The same from the heap's use after GC.run (jcmd GC.heap_info), for comparison",
                            "%.0f KB".formatted((usedAfter - usedBefore) / (double) opened / 1024)));
        } catch (TimeoutException tooSlow) {
            return List.of(new Result(measure, "not measured", "≤ 250 KB", "missed: the overview did not draw within "
                    + PAGE_LIMIT.toSeconds() + " s"));
        } finally {
            browser.quit();
        }
    }

    /** Opens the overview in the current tab and waits until a chart has drawn. */
    private static void openOverview(ChromeDriver browser, Running app) {
        browser.get(app.url + "/");
        new WebDriverWait(browser, PAGE_LIMIT).pollingEvery(Duration.ofMillis(50)).until(driver ->
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return document.querySelector('pid-echart[data-drawn]') !== null")));
    }

    /** The application's heap in use right after a full collection, asked of the JVM with jcmd. */
    /** Live objects by class (jcmd GC.class_histogram, after a full GC), to see what a session holds. */
    private String saveClassHistogram(long pid, String name) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        String histogram = command(jcmd.toString(), String.valueOf(pid), "GC.class_histogram");
        Files.writeString(work.resolve(name + "-histogram.txt"), histogram);
        return histogram;
    }

    /** The histogram's last line: "Total <instances> <bytes>". */
    private static long liveBytes(String histogram) {
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("No total in the class histogram");
        }
        return Long.parseLong(total.group(1));
    }

    private static long heapUsedAfterGc(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        command(jcmd.toString(), String.valueOf(pid), "GC.run");
        String info = command(jcmd.toString(), String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap use in jcmd's answer: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /**
     * The read API under 100 connections, beside a small static file served by the same server in the same minute
     * (issue 16: the API should give at least half the static file's rate, with p95 within 100 ms and no error).
     */
    private List<Result> loadTest(Running app, Path wrkScript) throws Exception {
        String url = app.url + "/api/v1/figures?country=IN&size=50";
        if (!isOnPath("wrk")) {
            return List.of(new Result("Read API load test (wrk, 100 connections, 30 s)", "not run", "0 errors",
                    "wrk is not installed (apt-get install wrk)"));
        }
        Load file = load(app.url + "/favicon.svg", wrkScript, "wrk-static-output.txt");
        Load api = load(url, wrkScript, "wrk-output.txt");
        double ratio = api.requests() / file.requests();
        List<Result> results = new ArrayList<>();
        results.add(Result.info("Static file under the same load: GET /favicon.svg (wrk, 100 connections, 30 s)",
                "%,.0f requests/s, p95 %.0f ms".formatted(file.requests(), file.p95())));
        results.add(Result.info("Read API load test: GET " + url.substring(app.url.length())
                + " (wrk, 100 connections, 30 s)", "%,.0f requests/s, p95 %.0f ms".formatted(api.requests(), api.p95())));
        results.add(new Result("  Read API ÷ static file, requests/s", "%.2f×".formatted(ratio), "≥ 0.5×",
                ratio >= 0.5 ? "met" : "missed"));
        results.add(new Result("  Read API p95", "%.0f ms".formatted(api.p95()), "≤ 100 ms",
                api.p95() <= 100 ? "met" : "missed"));
        results.add(new Result("  Read API load test: errors", String.valueOf(api.errors()), "0",
                api.errors() == 0 ? "met" : "missed: " + api.errors() + " non-2xx or socket errors"));
        return results;
    }

    private record Load(double requests, double p95, long errors) {
    }

    private Load load(String url, Path wrkScript, String outputFile) throws Exception {
        String output = command("wrk", "-t2", "-c100", "-d30s", "--timeout", "10s", "-s", wrkScript.toString(), url);
        Files.writeString(work.resolve(outputFile), output);
        long errors = (long) numberOrZero(output, "Non-2xx or 3xx responses: (\\d+)") + socketErrors(output);
        return new Load(number(output, "Requests/sec:\\s+([\\d.]+)"), number(output, "p95_ms=([\\d.]+)"), errors);
    }

    private static long socketErrors(String output) {
        Matcher errors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(output);
        long total = 0;
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                total += Long.parseLong(errors.group(group));
            }
        }
        return total;
    }

    private double medianStartup(int startups, Path jarToRun, List<String> jvmOptions) throws Exception {
        double[] startup = new double[startups];
        for (int i = 0; i < startups; i++) {
            try (Running app = start(jarToRun, jvmOptions)) {
                startup[i] = app.readySeconds;
            }
        }
        Arrays.sort(startup);
        return startup[startups / 2];
    }

    /** The jar unpacked as the AOT cache needs it (Spring Boot's jarmode tools), then one training run. */
    private Path trainAotCache() throws Exception {
        Path destination = work.resolve("extracted");
        run(new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                "--destination", destination.toString()), "extract");
        Path cache = work.resolve("app.aot");
        Files.deleteIfExists(cache);
        // starts the application until its context is refreshed (database, migrations, beans), then exits
        ProcessBuilder training = new ProcessBuilder(java(), "-Xmx1g", "-XX:AOTCacheOutput=" + cache,
                "-Dspring.context.exit=onRefresh", "-jar", extracted().toString());
        withDatabase(training);
        run(training, "aot-training");
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run wrote no AOT cache; see " + work.resolve("aot-training.log"));
        }
        return cache;
    }

    private Path extracted() {
        return work.resolve("extracted").resolve(jar.getFileName());
    }

    private void run(ProcessBuilder builder, String name) throws Exception {
        Path log = work.resolve(name + ".log");
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " failed; see " + log);
        }
    }

    private void withDatabase(ProcessBuilder builder) {
        builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("DASHBOARD_ADMIN_PASSWORD", "benchmark-admin-password");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Running start() throws Exception {
        return start(jar, List.of());
    }

    private Running start(Path jarToRun, List<String> jvmOptions) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = work.resolve("app-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jarToRun.toString(), "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        withDatabase(builder);
        long start = System.nanoTime();
        Process process = builder.start();
        String url = "http://127.0.0.1:" + port;
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The production jar stopped; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(3)) {
                process.destroyForcibly();
                throw new IllegalStateException("The production jar did not answer within 3 minutes; see " + log);
            }
            Thread.sleep(20);
        }
        return new Running(process, url, (System.nanoTime() - start) / 1e9);
    }

    private record Running(Process process, String url, double readySeconds) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private ChromeDriver browser(String profile) throws IOException {
        Path profileDirectory = Files.createDirectories(work.resolve("chromium").resolve(profile + "-" + System.nanoTime()));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                        "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
                        "--window-size=1366,900", "--user-data-dir=" + profileDirectory);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static String command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    static boolean isOnPath(String program) {
        return Arrays.stream(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static double number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found (" + regex + ") in: " + text);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static double numberOrZero(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
