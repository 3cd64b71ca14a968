package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A test that drives the dashboard in a real headless Chromium (Debian's chromium and chromium-driver, installed
 * by .ci/run), against the whole application on a random port with a throw-away embedded database.
 */
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.url=", "dashboard.database.persistent=false",
        // Vaadin's development tools overlay the page corner and would swallow clicks meant for the page
        "vaadin.devmode.devTools.enabled=false"})
abstract class InBrowser {

    @LocalServerPort
    int port;

    /** The browser's profile and its downloads (in downloads/). */
    @TempDir
    Path browserFiles;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start(browserFiles);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /**
     * Whatever a test did, no page it opened had anything refused by the Content-Security-Policy: the policy
     * fits every view, dialog, chart and download the tests go through.
     */
    @AfterEach
    void stopBrowser() {
        if (browser == null) {
            return;
        }
        try {
            assertThat(contentSecurityPolicyViolations()).isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** What the console reported as refused by the policy since the last call. */
    List<String> contentSecurityPolicyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** The address of a page of the application under test, e.g. {@code url("/compare")}. */
    String url(String path) {
        return "http://localhost:" + port + path;
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }
}
