package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.privacyimpact.curation.PersonListImport;
import org.privacyimpact.curation.PersonListMapping;
import org.privacyimpact.curation.PersonListMapping.CountryMeaning;
import org.privacyimpact.curation.PersonListMapping.EmptyCountry;
import org.privacyimpact.curation.PersonListMapping.ListDescription;
import org.privacyimpact.curation.PersonListMapping.SeveralValues;
import org.privacyimpact.curation.PersonListMapping.Split;
import org.privacyimpact.dataset.ValueQualifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example list on the import screen in a real browser: the choices remembered for its header fill the form,
 * and the figures it gives read as a table on a desk and as labelled blocks, with nothing cut off, on a phone —
 * layout only a browser can show. Nothing is imported, so the throw-away database stays as other tests expect.
 */
@TestPropertySource(properties = "dashboard.admin.password=" + PersonListBrowserIT.ADMIN_PASSWORD)
class PersonListBrowserIT extends InBrowser {

    static final String ADMIN_PASSWORD = "first-admin-password-for-list-tests";
    private static final List<String> HEADER = List.of("Name", "Role", "Organisation", "Years", "Location",
            "Operator", "Attack vector", "Evidence", "Sources");

    @Autowired
    DSLContext db;

    @AfterEach
    void forgetTheMapping() {
        db.execute("delete from person_list_mapping where header_key = ?", PersonListImport.headerKey(HEADER));
    }

    @Test
    void theExampleListsFiguresFitADeskAndAPhone() throws Exception {
        rememberTheExampleMapping();
        signIn();

        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(url("/curate/import"));
            WebElement choice = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//vaadin-radio-button[contains(., 'One row per person')]")));
            choice.click();
            WebElement upload = browser.findElement(By.cssSelector("vaadin-upload"));
            WebElement fileInput = (WebElement) js().executeScript("return arguments[0].querySelector("
                    + "'input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
            fileInput.sendKeys(example().toString());
            wait.until(driver -> text(".person-list .import-summary").contains("10 rows give 8 figures"));

            assertThat(text(".person-list")).contains("A file with the same columns was imported before");
            String cellDisplay = String.valueOf(js().executeScript("return getComputedStyle(document.querySelector("
                    + "'.stacked-table td')).display"));
            assertThat(cellDisplay).as("cells at %d px", width).isEqualTo(width < 600 ? "block" : "table-cell");
            @SuppressWarnings("unchecked")
            Map<String, Object> fit = (Map<String, Object>) js().executeScript("const t = document.querySelector("
                    + "'.stacked-table'); return {scroll: t.scrollWidth, client: t.clientWidth,"
                    + " page: document.documentElement.clientWidth, right: t.getBoundingClientRect().right}");
            assertThat(((Number) fit.get("scroll")).intValue()).as("table overflow at %d px", width)
                    .isLessThanOrEqualTo(((Number) fit.get("client")).intValue());
            assertThat(((Number) fit.get("right")).doubleValue()).as("table's right edge at %d px", width)
                    .isLessThanOrEqualTo(((Number) fit.get("page")).doubleValue());
            js().executeScript("document.querySelector('.stacked-table').scrollIntoView()");
            screenshot("person-list-figures-" + width);
        }
    }

    private void rememberTheExampleMapping() {
        PersonListMapping mapping = new PersonListMapping(new ListDescription("Example targets list",
                "Example Watch", "https://example.org/lists/targets.csv", "EXLIST", ValueQualifier.AT_LEAST, false,
                false, null), "Location", CountryMeaning.PERSON_LOCATION, "Years", "Name", "Sources",
                Split.byColumn("Attack vector", Map.of("WhatsApp video call", "WA2019", "SMS link", "")),
                Split.byColumn("Evidence", Map.of("Forensic analysis", "confirmed_forensic",
                        "Platform notification", "notified_by_platform")),
                Map.of("Location", SeveralValues.EACH, "Years", SeveralValues.EACH), EmptyCountry.WORLDWIDE_ONLY,
                null, true);
        db.execute("insert into person_list_mapping (header_key, header, mapping, saved_by) values (?, ?, ?, ?)",
                PersonListImport.headerKey(HEADER), String.join("\n", HEADER),
                JsonMapper.builder().build().writeValueAsString(mapping), "browser-test");
    }

    private void signIn() {
        browser.get(url("/login"));
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        name.sendKeys("admin");
        WebElement secret = browser.findElement(By.cssSelector("input[name=password]"));
        secret.sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private String text(String selector) {
        return String.valueOf(js().executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => e.textContent).join('\\n')", selector));
    }

    private void screenshot(String name) {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(png, Files.createDirectories(Path.of("target", "browser-screenshots")).resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path example() throws URISyntaxException {
        return Path.of(PersonListBrowserIT.class.getResource("/META-INF/resources/examples/person-list-example.csv")
                .toURI());
    }
}
