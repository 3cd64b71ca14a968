package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The curators' issue's "done" in a real browser: the first admin signs in with the password from the
 * environment, creates a curator; the curator edits a figure and imports a file; readers see both at once; an
 * anonymous visitor is sent to sign-in. Screenshots go to target/browser-screenshots for a person to look at.
 */
@TestPropertySource(properties = "dashboard.admin.password=" + CuratorJourneyBrowserIT.ADMIN_PASSWORD)
class CuratorJourneyBrowserIT extends InBrowser {

    static final String ADMIN_PASSWORD = "first-admin-password-for-tests";
    private static final String CURATOR_PASSWORD = "curator password, long enough";

    @Test
    void theFirstAdminCreatesACuratorWhoEditsAFigureAndImportsAFile() throws Exception {
        open("/curate");
        wait.until(driver -> driver.getCurrentUrl().contains("/login"));
        screenshot("1-anonymous-sent-to-sign-in");

        signIn("admin", ADMIN_PASSWORD);
        open("/admin/users");
        type(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-text-field input"))), "curator-ana");
        type(browser.findElement(By.cssSelector("vaadin-password-field input")), CURATOR_PASSWORD);
        button("Create account").click();
        wait.until(driver -> text("vaadin-grid").contains("curator-ana"));
        screenshot("2-admin-created-a-curator");
        signOut();

        signIn("curator-ana", CURATOR_PASSWORD);
        open("/curate/figures/WA2019-IN");
        WebElement notes = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-text-area[contains(., 'Notes for readers')]//textarea")));
        notes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Checked against WhatsApp's letter by a curator.");
        type(browser.findElement(By.xpath("//vaadin-text-field[contains(., 'Why (kept in the history)')]//input")),
                "browser test");
        button("Save").click();
        wait.until(driver -> text(".history-panel").contains("curator-ana"));
        assertThat(text(".history-panel")).contains("notes:", "Checked against WhatsApp's letter by a curator.",
                "browser test");
        screenshot("3-curator-saved-a-figure");

        open("/curate/import");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        WebElement fileInput = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
                upload);
        fileInput.sendKeys(resource("good-figures.csv").toString());
        wait.until(driver -> text(".import-summary").contains("2 rows checked, no problems"));
        screenshot("4-import-preview");
        button("Import 2 rows").click();
        wait.until(driver -> text("vaadin-notification-card").contains("Imported 2 rows"));
        signOut();

        // what an analyst (anonymous) now gets from the API
        String csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url("/api/v1/figures?incident=WA2019&format=csv")))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(csv).contains("IMPORT-TEST-BR").contains("Checked against WhatsApp's letter by a curator.");

        open("/admin/audit");
        wait.until(driver -> driver.getCurrentUrl().contains("/login"));
        signIn("admin", ADMIN_PASSWORD);
        open("/admin/audit");
        wait.until(driver -> text("vaadin-grid").contains("IMPORT-TEST-BR"));
        screenshot("5-audit-log");
        Path log = download("a.download-csv", "audit-log.csv");
        String audit = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(audit).startsWith("changed_at,actor,action,record_type,record_key,field,old_value,new_value,comment")
                .contains(",curator-ana,update,target_figure,WA2019-IN,notes,")
                .contains(",curator-ana,create,target_figure,IMPORT-TEST-BR,people_targeted,,3,Imported from good-figures.csv")
                .contains(",admin,create,app_user,curator-ana,role,,curator,");
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private void signIn(String username, String password) {
        open("/login");
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        type(name, username);
        WebElement secret = browser.findElement(By.cssSelector("input[name=password]"));
        type(secret, password);
        secret.sendKeys(Keys.ENTER);
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void signOut() {
        open("/");
        button("Sign out").click();
        wait.until(driver -> text("vaadin-side-nav").contains("Sign in"));
    }

    private WebElement button(String label) {
        WebElement button = wait.until(driver -> driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(candidate -> candidate.getText().trim().equals(label) && candidate.isDisplayed())
                .findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        return button;
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** The text of every match, read in one script so a page being replaced cannot leave stale references. */
    private String text(String selector) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return Array.from(document"
                + ".querySelectorAll(arguments[0])).map(e => e.textContent).join('\\n')", selector));
    }

    private Path download(String selector, String fileName) {
        WebElement control = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        control.click();
        Path file = browserFiles.resolve("downloads").resolve(fileName);
        wait.until(driver -> Files.exists(file) && !Files.exists(file.resolveSibling(fileName + ".crdownload")));
        keep(file, Path.of("target", "browser-downloads"));
        return file;
    }

    private void screenshot(String name) {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        keep(png, Path.of("target", "browser-screenshots"), name + ".png");
    }

    private static void keep(Path file, Path folder) {
        keep(file, folder, file.getFileName().toString());
    }

    private static void keep(Path file, Path folder, String name) {
        try {
            Files.copy(file, Files.createDirectories(folder).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CuratorJourneyBrowserIT.class.getResource("/curation/import/" + name).toURI());
    }
}
