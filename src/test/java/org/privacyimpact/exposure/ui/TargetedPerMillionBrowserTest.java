package org.privacyimpact.exposure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What only a real browser can show: ECharts draws on a canvas and the Grid renders the India row.
 * Uses Debian's chromium and chromium-driver (installed by .ci/run).
 */
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.url=", "dashboard.database.persistent=false",
        // Vaadin's development tools overlay the page corner and would swallow clicks meant for the page
        "vaadin.devmode.devTools.enabled=false"})
class TargetedPerMillionBrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path browserFiles;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        new ChromiumAvailable().require();
        Path downloads = Files.createDirectories(browserFiles.resolve("downloads"));
        ChromeOptions options = new ChromeOptions()
                .setBinary(ChromiumAvailable.CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1366,900",
                        "--user-data-dir=" + browserFiles.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void visitorSeesTheChartDrawnAndTheIndiaRow() {
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pid-echart canvas")));
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().trim().equals("India")));

        Long canvasWidth = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('pid-echart canvas').width");
        assertThat(canvasWidth).isGreaterThan(100L);
        assertThat(browser.getTitle()).startsWith("People targeted per million WhatsApp users, 2019");
    }

    @Test
    void downloadCsvArrivesWithTheIndiaRow() throws IOException {
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement download = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.download-csv")));
        // below the chart and the 17-row summary: bring it to the middle of the window like a reader would
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", download);
        download.click();

        Path downloads = browserFiles.resolve("downloads");
        Path csv = wait.until(driver -> completedCsv(downloads).orElse(null));

        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(csv.getFileName().toString()).isEqualTo("people-targeted-per-million-whatsapp-users-2019.csv");
        assertThat(content.lines()).anyMatch(line -> line.startsWith("India,IN,WA2019,") && line.contains(",0.302500,"));
    }

    private static Optional<Path> completedCsv(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".csv")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
