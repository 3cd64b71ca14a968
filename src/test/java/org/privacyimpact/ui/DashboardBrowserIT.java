package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.privacyimpact.dataset.DatasetQuery;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What only a real browser can show: ECharts draws on a canvas, the world map loads its borders and draws, the
 * Table tab shows the chart's numbers, a copied address reloads the same view, and the CSV arrives as a file.
 * Uses Debian's chromium and chromium-driver (installed by .ci/run).
 */
class DashboardBrowserIT extends InBrowser {

    private static final String WHATSAPP_2019 = "/compare?incident=WA2019&from=2019&to=2019";

    @Autowired
    DatasetQuery dataset;

    @Test
    void theChartDrawsAndItsTableTabShowsTheSameNumbers() {
        browser.get(url(WHATSAPP_2019));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pid-echart canvas")));
        JavascriptExecutor js = js();

        Long canvasWidth = (Long) js.executeScript("return document.querySelector('pid-echart canvas').width");
        assertThat(canvasWidth).isGreaterThan(100L);
        @SuppressWarnings("unchecked")
        List<String> barLabels = (List<String>) js.executeScript(
                "return document.querySelector('pid-echart').option.series[0].data.map(d => d.label.formatter)");
        assertThat(barLabels).contains("about 0.30 (121)", "at most about 0.93 (about 1,400)");
        assertThat(browser.getTitle()).startsWith("People targeted (notified by the platform) per million");

        WebElement tableTab = browser.findElements(By.cssSelector("vaadin-tab")).stream()
                .filter(tab -> tab.getText().trim().equals("Table")).findFirst().orElseThrow();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", tableTab);
        tableTab.click();
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().trim().equals("India")));
        List<String> cells = browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText().trim()).toList();
        assertThat(cells).contains("about 0.30", "at most about 0.93", "121", "about 1,400");
        assertThat(browser.getCurrentUrl()).contains("tab=table");
    }

    @Test
    void aChartIsDrawnAtItsValuesOnceItIsShown() {
        // the address opens the Table tab: the chart beside it is not shown, and waits
        browser.get(url(WHATSAPP_2019 + "&tab=table"));
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().trim().equals("India")));
        JavascriptExecutor js = js();
        String chart = "document.querySelector('pid-echart')";
        assertThat(js.executeScript("return !!document.querySelector('pid-echart[data-drawn]')"))
                .as("a chart not shown is not drawn").isEqualTo(false);

        WebElement ratesTab = browser.findElements(By.cssSelector("vaadin-tab")).stream()
                .filter(tab -> tab.getText().trim().equals("Rates")).findFirst().orElseThrow();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", ratesTab);
        ratesTab.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pid-echart[data-drawn] canvas")));

        assertThat(js.executeScript("return " + chart + "._chart.getWidth() === " + chart + ".clientWidth"))
                .as("drawn at the width it is shown at").isEqualTo(true);
        // no bar grows from zero: a screenshot taken at any moment shows each bar at its value
        assertThat(js.executeScript("return " + chart + "._chart.getOption().animation")).isEqualTo(false);
    }

    @Test
    void theOverviewMapLoadsTheWorldsBordersWhenScrolledToAndDraws() {
        browser.get(url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pid-echart.world-map")));
        JavascriptExecutor js = js();
        // below the first screen, the borders wait until the reader scrolls towards the map
        assertThat(js.executeScript("return performance.getEntriesByType('resource')"
                + ".some(entry => entry.name.includes('pid-echart-map'))")).isEqualTo(false);
        js.executeScript("document.querySelector('pid-echart.world-map').scrollIntoView({block: 'center'})");

        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("pid-echart.world-map[data-drawn] canvas")));
        assertThat(map.getSize().getWidth()).isGreaterThan(300);
        assertThat(js.executeScript("return document.querySelector('pid-echart.world-map').option.series[0]"
                + ".data.map(d => d.name)")).asList().contains("India", "Mexico");
        // the regions: the component registered borders keyed by numeric code, named by the server
        assertThat(js.executeScript("return Object.keys(document.querySelector('pid-echart.world-map').option"
                + ".series[0].nameMap).length")).isEqualTo(248L);
        // the borders come on a coarser grid (vite.config.ts): every country drawn still has an area, and small
        // ones where surveillance was reported are still there
        String regions = "return document.querySelector('pid-echart.world-map')._chart.getModel()"
                + ".getSeriesByType('map')[0].coordinateSystem.regions";
        assertThat(js.executeScript(regions + ".filter(region => { const box = region.getBoundingRect();"
                + " return !(box.width > 0 && box.height > 0); }).map(region => region.name)")).asList().isEmpty();
        assertThat(js.executeScript(regions + ".map(region => region.name)")).asList()
                .contains("Bahrain", "Singapore", "Maldives", "India", "Mexico").hasSizeGreaterThan(235);
    }

    @Test
    void aCopiedAddressReloadsTheSameView() {
        browser.get(url(WHATSAPP_2019));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pid-echart canvas")));

        browser.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().trim().equals("Logarithmic")).findFirst().orElseThrow().click();
        wait.until(driver -> driver.getCurrentUrl().contains("scale=log"));
        String copied = browser.getCurrentUrl();

        browser.get("about:blank");
        browser.get(copied);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pid-echart canvas")));
        JavascriptExecutor js = js();
        wait.until(driver -> "log".equals(js.executeScript(
                "const c = document.querySelector('pid-echart'); return c.option && c.option.xAxis.type")));
        assertThat(js.executeScript("return document.querySelector('vaadin-radio-button[checked]').textContent.trim()"))
                .isEqualTo("Logarithmic");

        browser.navigate().back();
        wait.until(driver -> !driver.getCurrentUrl().contains("scale=log"));
    }

    @Test
    void everyDownloadArrivesAsAFileAPolicymakerCanOpen() throws IOException {
        browser.get(url(WHATSAPP_2019));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pid-echart[data-drawn] canvas")));
        String base = "people-targeted-notified-by-platform-per-million-platform-users-wa2019-2019";

        String asShown = Files.readString(download("a.download-csv", base + ".csv"), StandardCharsets.UTF_8);
        assertThat(asShown.lines()).anyMatch(line -> line.startsWith("India,\"Pegasus via WhatsApp, 2019\",121,exact,")
                && line.contains(",0.302500,about,about 0.30,"));

        // the Excel variant: the same file with the UTF-8 byte order mark Excel needs
        browser.findElement(By.cssSelector("vaadin-checkbox.for-excel")).click();
        wait.until(driver -> "true".equals(String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('vaadin-checkbox.for-excel').checked"))));
        // the server must have the new value before the download asks for the file
        wait.until(driver -> Boolean.FALSE.equals(((JavascriptExecutor) driver).executeScript(
                "return Object.values(window.Vaadin.Flow.clients).some(client => client.isActive())")));
        // its own name, so that it is never taken for the plain file
        byte[] forExcel = Files.readAllBytes(download("a.download-csv", base + "-for-excel.csv"));
        assertThat(forExcel).startsWith(0xEF, 0xBB, 0xBF, 'A', 'r', 'e', 'a');
        browser.findElement(By.cssSelector("vaadin-checkbox.for-excel")).click();

        String full = Files.readString(download("a.download-csv-full",
                "people-targeted-notified-by-platform-per-million-platform-users-full.csv"), StandardCharsets.UTF_8);
        assertThat(full).contains("figure_source_quote").contains("Meta surveillance-for-hire takedown");

        Path report = download("a.download-report", base + "-report.zip");
        try (var zip = new java.util.zip.ZipFile(report.toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
                    .containsExactly("data.csv", "metadata.json", "README.txt");
        }

        byte[] png = Files.readAllBytes(download("vaadin-button.export-png", base + ".png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(10_000);

        String svg = Files.readString(download("vaadin-button.export-svg", base + ".svg"), StandardCharsets.UTF_8);
        // the title states the message; the source line names the publishers and the dataset
        assertThat(svg).startsWith("<svg").contains("Israel: 7.61 people notified by the platform per million")
                .contains("Sources: ").contains("dataset " + dataset.currentRelease().version()).contains("India");
    }

    /** A copy in target/browser-downloads, so that a person can open what the browser received. */
    private static void keepForInspection(Path file) {
        try {
            Path kept = Files.createDirectories(Path.of("target", "browser-downloads"));
            Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Clicks a download control and waits until the browser has finished writing the named file. */
    private Path download(String selector, String fileName) {
        WebElement control = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", control);
        control.click();
        Path file = browserFiles.resolve("downloads").resolve(fileName);
        Path arrived = wait.until(driver -> {
            try {
                return Files.exists(file) && Files.size(file) > 0 ? file : null;
            } catch (IOException e) {
                return null;
            }
        });
        keepForInspection(arrived);
        return arrived;
    }
}
