package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the charts look like to a reader, read from ECharts' own layout in a real browser: bar lengths follow
 * the values on a linear and on a logarithmic axis, no name on the scatter (a point's or a guide line's) covers a
 * point or another name, a phone's bar chart gives its bars at least half the width, a click on a country of the
 * map opens that country's page, and a rate's bound reaches the downloaded CSV and the API.
 */
class ChartsBrowserIT extends InBrowser {

    /** Each bar's value and its drawn length in pixels, in the chart's drawing order. */
    private static final String BAR_LENGTHS = """
            const chart = document.querySelector(arguments[0])._chart;
            const data = chart.getModel().getSeriesByIndex(0).getData();
            const bars = [];
            for (let i = 0; i < data.count(); i++) {
              bars.push({value: data.get(data.mapDimension('x'), i), length: Math.abs(data.getItemLayout(i).width)});
            }
            return bars;""";

    /**
     * The scatter's points (centre and radius), the boxes of the labels ECharts drew, not those it left out, and
     * the corners of its guide lines' names as drawn (turned along their lines), in the chart's pixels.
     */
    private static final String SCATTER_LAYOUT = """
            const chart = document.querySelector(arguments[0])._chart;
            const series = chart.getModel().getSeriesByIndex(0);
            const data = series.getData();
            const points = [];
            const labels = [];
            for (let i = 0; i < data.count(); i++) {
              const [x, y] = data.getItemLayout(i);
              const size = [].concat(data.getItemVisual(i, 'symbolSize'))[0];
              points.push({index: i, x, y, radius: size / 2});
              const point = data.getItemGraphicEl(i);
              [point].concat(point && point.childrenRef ? point.childrenRef() : []).forEach((part) => {
                const label = part && part.getTextContent && part.getTextContent();
                if (label && !label.ignore && !label.invisible && label.style.text) {
                  const box = label.getBoundingRect().clone();
                  box.applyTransform(label.getComputedTransform());
                  labels.push({index: i, text: label.style.text, x: box.x, y: box.y, width: box.width,
                      height: box.height});
                }
              });
            }
            const markLine = chart.getOption().series[0].markLine;
            const names = markLine && markLine.data ? markLine.data.map((line) => line[0].name) : [];
            const guides = [];
            chart.getZr().storage.getDisplayList(true).forEach((element) => {
              const text = element.style && element.style.text;
              if (names.includes(text) && !element.ignore && !element.invisible) {
                const [a, b, c, d, e, f] = element.getComputedTransform() || [1, 0, 0, 1, 0, 0];
                const box = element.getBoundingRect();
                guides.push({text, corners: [[box.x, box.y], [box.x + box.width, box.y],
                    [box.x + box.width, box.y + box.height], [box.x, box.y + box.height]]
                    .map(([x, y]) => [a * x + c * y + e, b * x + d * y + f])});
              }
            });
            return {points, labels, guides};""";

    private static final String RATE_BARS = "pid-echart.rate-bars";
    private static final String SCATTER = "pid-echart.people-vs-users";
    private static final String MAP = "pid-echart.world-map";

    @Test
    void barLengthsFollowTheValuesOnALinearAndOnALogarithmicScale() {
        for (String scale : List.of("", "?scale=log")) {
            open("/compare" + scale, RATE_BARS);
            List<Map<String, Object>> bars = barsOf(RATE_BARS);

            assertThat(bars).as("bars on %s", scale).hasSizeGreaterThan(5);
            // ECharts on a log axis grew bars from 1: 0.013 was drawn longer than 4.7
            for (Map<String, Object> shorter : bars) {
                for (Map<String, Object> longer : bars) {
                    if (number(shorter, "value") < number(longer, "value")) {
                        assertThat(number(shorter, "length")).as("%s: %s drawn shorter than %s", scale,
                                shorter.get("value"), longer.get("value")).isLessThan(number(longer, "length"));
                    }
                }
            }
            assertThat(bars).allSatisfy(bar -> assertThat(number(bar, "length")).isPositive());
        }
    }

    /**
     * Where points crowd, a point's name goes to a side where it covers no other point and no other name, or is
     * left to the tooltip: a name drawn over a point hid the point (a figure) from the reader.
     */
    @Test
    void aNameNeverCoversAPointOrAnotherName() {
        for (int width : List.of(1366, 390)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String filter : List.of("", "&per=population", "&kind=confirmed_forensic&per=population",
                    "&kind=leaked_list_entries&per=internet_users")) {
                open("/compare?tab=scatter" + filter, SCATTER);
                Map<String, List<Map<String, Object>>> layout = scatterLayout();
                List<Map<String, Object>> points = layout.get("points");
                List<Map<String, Object>> labels = layout.get("labels");
                List<Map<String, Object>> guides = layout.get("guides");
                String where = width + " px, " + filter;

                assertThat(labels).as("names drawn at %s", where).hasSizeGreaterThan(2);
                assertThat(guides).as("guide lines named at %s", where).isNotEmpty();
                for (Map<String, Object> guide : guides) {
                    for (Map<String, Object> point : points) {
                        assertThat(reaches(corners(guide), point)).as("at %s: \"%s\" covers %s", where,
                                guide.get("text"), point).isFalse();
                    }
                    for (Map<String, Object> label : labels) {
                        assertThat(meet(corners(guide), corners(label))).as("at %s: \"%s\" over \"%s\"", where,
                                guide.get("text"), label.get("text")).isFalse();
                    }
                }
                for (Map<String, Object> label : labels) {
                    for (Map<String, Object> point : points) {
                        if (number(point, "index") != number(label, "index")) {
                            assertThat(covers(label, point)).as("at %s: %s covers %s", where, label, point).isFalse();
                        }
                    }
                    for (Map<String, Object> other : labels) {
                        if (other != label) {
                            assertThat(overlap(label, other)).as("at %s: \"%s\" over \"%s\"", where,
                                    label.get("text"), other.get("text")).isFalse();
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<Map<String, Object>>> scatterLayout() {
        return (Map<String, List<Map<String, Object>>>) js().executeScript(SCATTER_LAYOUT, SCATTER);
    }

    /** Whether a label's box reaches into a point's disc, by more than a pixel. */
    private static boolean covers(Map<String, Object> label, Map<String, Object> point) {
        double nearestX = Math.clamp(number(point, "x"), number(label, "x"),
                number(label, "x") + number(label, "width"));
        double nearestY = Math.clamp(number(point, "y"), number(label, "y"),
                number(label, "y") + number(label, "height"));
        return Math.hypot(number(point, "x") - nearestX, number(point, "y") - nearestY) < number(point, "radius") - 1;
    }

    /** A label's box as its corners, or a guide's name's corners as drawn. */
    @SuppressWarnings("unchecked")
    private static double[][] corners(Map<String, Object> shape) {
        if (shape.containsKey("corners")) {
            return ((List<List<Number>>) shape.get("corners")).stream()
                    .map(corner -> new double[] {corner.get(0).doubleValue(), corner.get(1).doubleValue()})
                    .toArray(double[][]::new);
        }
        double x = number(shape, "x");
        double y = number(shape, "y");
        double right = x + number(shape, "width");
        double bottom = y + number(shape, "height");
        return new double[][] {{x, y}, {right, y}, {right, bottom}, {x, bottom}};
    }

    /** Whether two convex shapes overlap by more than a pixel: no side of either separates them. */
    private static boolean meet(double[][] a, double[][] b) {
        for (double[][] shape : List.of(a, b)) {
            for (int i = 0; i < shape.length; i++) {
                double[] from = shape[i];
                double[] to = shape[(i + 1) % shape.length];
                double axisX = to[1] - from[1];
                double axisY = from[0] - to[0];
                double length = Math.hypot(axisX, axisY);
                if (length > 0 && overlapAlong(a, b, axisX / length, axisY / length) <= 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double overlapAlong(double[][] a, double[][] b, double axisX, double axisY) {
        double[] onA = Arrays.stream(a).mapToDouble(p -> p[0] * axisX + p[1] * axisY).sorted().toArray();
        double[] onB = Arrays.stream(b).mapToDouble(p -> p[0] * axisX + p[1] * axisY).sorted().toArray();
        return Math.min(onA[onA.length - 1], onB[onB.length - 1]) - Math.max(onA[0], onB[0]);
    }

    /** Whether a convex shape reaches into a point's disc by more than a pixel (the disc as a 16-sided shape). */
    private static boolean reaches(double[][] shape, Map<String, Object> point) {
        double[][] disc = new double[16][];
        for (int i = 0; i < disc.length; i++) {
            double angle = 2 * Math.PI * i / disc.length;
            double reach = number(point, "radius") - 1;
            disc[i] = new double[] {number(point, "x") + reach * Math.cos(angle),
                    number(point, "y") + reach * Math.sin(angle)};
        }
        return meet(shape, disc);
    }

    /** Whether two boxes share more than a pixel's sliver. */
    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double across = Math.min(number(a, "x") + number(a, "width"), number(b, "x") + number(b, "width"))
                - Math.max(number(a, "x"), number(b, "x"));
        double down = Math.min(number(a, "y") + number(a, "height"), number(b, "y") + number(b, "height"))
                - Math.max(number(a, "y"), number(b, "y"));
        return across > 1 && down > 1;
    }

    @Test
    void onAPhoneTheBarsGetAtLeastHalfTheChartsWidth() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("/compare", "/", "/incidents/WA2019")) {
            open(page, RATE_BARS);
            wait.until(driver -> Boolean.TRUE.equals(js().executeScript(
                    "return document.querySelector(arguments[0]).hasAttribute('data-narrow')", RATE_BARS)));

            Number share = (Number) js().executeScript("const chart = document.querySelector(arguments[0]);"
                    + "return chart._chart.getModel().getComponent('grid').coordinateSystem.getRect().width"
                    + " / chart.clientWidth", RATE_BARS);
            assertThat(share.doubleValue()).as(page).isGreaterThanOrEqualTo(0.5);
            // and each bar's category is written above it, not cut off beside it
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) js().executeScript("return document.querySelector(arguments[0])"
                    + "._chart.getOption().series[0].data.map(d => d.label.formatter)", RATE_BARS);
            assertThat(labels).allSatisfy(label -> assertThat(label).containsPattern(":[ \\n]"));
        }
    }

    @Test
    void clickingACountryOnTheMapOpensItsPage() {
        open("/", MAP);
        WebElement map = browser.findElement(By.cssSelector(MAP));
        @SuppressWarnings("unchecked")
        List<Number> india = (List<Number>) js().executeScript(
                "return document.querySelector(arguments[0])._chart.convertToPixel({seriesIndex: 0}, [79, 22])", MAP);

        int fromCentreX = (int) Math.round(india.get(0).doubleValue() - map.getSize().getWidth() / 2.0);
        int fromCentreY = (int) Math.round(india.get(1).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(map, fromCentreX, fromCentreY).click().perform();

        wait.until(ExpectedConditions.urlContains("/countries/IN"));
        wait.until(driver -> driver.getTitle().startsWith("India"));
    }

    @Test
    void aRatesBoundReachesTheDownloadedCsvAndTheApi() throws IOException {
        open("/compare?incident=WA2019&from=2019&to=2019", RATE_BARS);
        WebElement full = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.download-csv-full")));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", full);
        full.click();
        Path file = browserFiles.resolve("downloads")
                .resolve("people-targeted-notified-by-platform-per-million-platform-users-full.csv");
        wait.until(driver -> Files.exists(file) && file.toFile().length() > 0);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).filteredOn(row -> row.get("incident_id").equals("WA2019") && row.get("country_iso2").isEmpty())
                .singleElement().satisfies(worldwide -> {
                    assertThat(worldwide.get("people_targeted")).isEqualTo("1400");
                    assertThat(worldwide.get("rate_bound")).isEqualTo("at_most_approximate");
                });

        browser.get(url("/api/v1/exposure?incident=WA2019&country=IN&worldwide=false"));
        String json = browser.findElement(By.tagName("body")).getText();
        assertThat(json).contains("\"people_targeted\":121").contains("\"rate_bound\":\"approximate\"");
    }

    @Test
    void anUnknownAddressSaysPageNotFoundInsteadOfAskingToSignIn() {
        for (String address : List.of("/no-such-page", "/incidents/NOPE", "/countries/XX")) {
            browser.get(url(address));
            wait.until(driver -> driver.findElements(By.tagName("h2")).stream()
                    .anyMatch(heading -> heading.getText().equals("Page not found")));
            assertThat(browser.getCurrentUrl()).as(address).doesNotContain("/login");
        }
    }

    /**
     * Opens an address and waits until the chart the selector names has drawn. Charts are found by selector
     * each time: a page whose view is built into its first answer re-attaches it once loaded.
     */
    private void open(String address, String chart) {
        browser.get(url(address));
        // a chart below the first screen (the map) draws once it is scrolled towards
        wait.until(driver -> Boolean.TRUE.equals(js().executeScript("const chart = document.querySelector("
                + "arguments[0]); if (chart && chart.hasAttribute('data-loading')) chart.scrollIntoView();"
                + " return !!chart && chart.isConnected && chart.hasAttribute('data-drawn')"
                + " && !chart.hasAttribute('data-loading') && !!chart.querySelector('canvas')", chart)));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> barsOf(String chart) {
        // the first frame is laid out with the animation's start; read the layout once it has settled
        wait.until(driver -> ((List<Map<String, Object>>) js().executeScript(BAR_LENGTHS, chart)).stream()
                .allMatch(bar -> number(bar, "length") > 0));
        return (List<Map<String, Object>>) js().executeScript(BAR_LENGTHS, chart);
    }

    private static double number(Map<String, Object> bar, String key) {
        return ((Number) bar.get(key)).doubleValue();
    }
}
