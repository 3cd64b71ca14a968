package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The page policy (script, style, image and frame sources, no plugins, no foreign base) fits every view: each
 * is opened in Chromium, drawn, and nothing is refused. The same is checked after every other browser test
 * ({@link InBrowser}); this one makes sure every view, the signed-in ones included, is among them.
 */
@TestPropertySource(properties = "dashboard.admin.password=" + CuratorJourneyBrowserIT.ADMIN_PASSWORD)
class ContentSecurityPolicyBrowserIT extends InBrowser {

    private static final List<String> PUBLIC_VIEWS = List.of("/", "/compare?incident=WA2019&from=2019&to=2019",
            "/incidents", "/incidents/WA2019", "/countries/IN", "/methodology", "/login", "/no-such-page");

    private static final List<String> CURATOR_VIEWS = List.of("/curate", "/curate/figures/WA2019-IN",
            "/curate/new/sources", "/curate/import", "/admin/audit", "/admin/releases", "/admin/users");

    @Test
    void everyViewRunsUnderThePolicyWithNothingRefused() {
        PUBLIC_VIEWS.forEach(this::openAndWaitUntilDrawn);
        signIn();
        CURATOR_VIEWS.forEach(this::openAndWaitUntilDrawn);

        assertThat(contentSecurityPolicyViolations()).isEmpty();
    }

    /** The check above can fail: what the policy forbids is refused and reported. */
    @Test
    void aScriptFromAnotherSiteIsRefusedAndReported() {
        openAndWaitUntilDrawn("/methodology");
        js().executeScript("const s = document.createElement('script'); s.src = 'https://example.org/x.js';"
                + " document.head.appendChild(s); const o = document.createElement('object');"
                + " o.data = '/favicon.svg'; document.body.appendChild(o);");

        List<String> refused = new ArrayList<>();
        wait.until(driver -> {
            refused.addAll(contentSecurityPolicyViolations());
            return refused.stream().anyMatch(message -> message.contains("https://example.org/x.js"))
                    && refused.stream().anyMatch(message -> message.contains("object-src"));
        });
    }

    private void openAndWaitUntilDrawn(String path) {
        browser.get(url(path));
        // Vaadin's client has connected and rendered the view into the layout's main region
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#main-content *, "
                + "vaadin-login-form")));
        wait.until(driver -> Boolean.TRUE.equals(js().executeScript(
                "return !!window.Vaadin && !document.querySelector('.v-loading-indicator[style*=\"display: block\"]')")));
        js().executeScript("return new Promise(resolve => setTimeout(resolve, 300))");
    }

    private void signIn() {
        browser.get(url("/login"));
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[name=username]")));
        name.sendKeys("admin");
        WebElement password = browser.findElement(By.cssSelector("input[name=password]"));
        password.sendKeys(CuratorJourneyBrowserIT.ADMIN_PASSWORD, Keys.ENTER);
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
    }
}
