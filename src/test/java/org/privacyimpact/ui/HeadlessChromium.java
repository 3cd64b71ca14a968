package org.privacyimpact.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** A headless Chromium with a fresh profile, saving downloads into {@code files}/downloads without asking. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static WebDriver start(Path files) throws IOException {
        new ChromiumAvailable().require();
        Path downloads = Files.createDirectories(files.resolve("downloads"));
        ChromeOptions options = new ChromeOptions()
                .setBinary(ChromiumAvailable.CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1366,900",
                        "--user-data-dir=" + files.resolve("profile"));
        // the console, kept across pages, so that a test can read what the page's policy refused
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
