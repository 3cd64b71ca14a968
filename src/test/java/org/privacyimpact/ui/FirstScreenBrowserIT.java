package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The overview's first screen as a reader sees it: drawn with the page when its scripts are slow or never come,
 * its bars to scale at a desk's width and a phone's, and gone once the view is in place.
 */
class FirstScreenBrowserIT extends InBrowser {

    /** Every bar's laid-out width ÷ the longest's, and the share the server gave it. */
    private static final String BARS = """
            const bars = [...document.querySelectorAll('#first-screen .drawn-bar')];
            const longest = bars[0].getBoundingClientRect().width;
            return bars.map(bar => [bar.getBoundingClientRect().width / longest,
                parseFloat(bar.style.getPropertyValue('--share')), longest]);
            """;

    private void withoutScripts() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/VAADIN/*")));
    }

    @Test
    void withoutItsScriptsTheOverviewShowsItsFirstScreenWithBarsToScale() {
        withoutScripts();
        for (Dimension window : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(window);
            browser.get(url("/"));

            WebElement screen = browser.findElement(By.id("first-screen"));
            assertThat(screen.isDisplayed()).isTrue();
            assertThat(screen.findElement(By.tagName("h2")).getText()).startsWith("How many people");
            assertThat(screen.findElements(By.cssSelector(".stat-card"))).allMatch(WebElement::isDisplayed);
            @SuppressWarnings("unchecked")
            List<List<Number>> bars = (List<List<Number>>) js().executeScript(BARS);
            assertThat(bars).hasSizeGreaterThan(1);
            assertThat(bars.getFirst().get(2).doubleValue()).as("the longest bar at %s", window).isGreaterThan(100);
            for (List<Number> bar : bars) {
                assertThat(bar.get(0).doubleValue()).as("a bar's length at %s", window)
                        .isCloseTo(bar.get(1).doubleValue(), Offset.offset(0.01));
            }
            // nothing wider than the window: a phone scrolls down, not sideways
            assertThat(((Number) js().executeScript("return document.scrollingElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(((Number) js().executeScript("return window.innerWidth")).intValue());
        }
    }

    @Test
    void theViewReplacesTheFirstScreenOnceItIsInPlace() {
        browser.get(url("/"));

        wait.until(driver -> Boolean.TRUE.equals(js().executeScript(
                "return document.querySelector('#outlet pid-echart[data-drawn]') !== null")));
        assertThat(browser.findElement(By.id("first-screen")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.tagName("h2")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).filter(text -> text.startsWith("How many people"))).hasSize(1);
    }
}
