package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.privacyimpact.common.address.EmbedSnippet;

/**
 * An embed as a newsroom would use it: the snippet's iframe in a page of another site (another origin, served
 * here by the JDK's own HTTP server). The embed draws its chart there under its policy and keeps no cookie; a
 * view of the dashboard framed the same way is refused by the browser.
 */
class EmbedBrowserIT extends InBrowser {

    private static final int ARTICLE_FRAME_HEIGHT = 560;

    private HttpServer otherSite;

    @BeforeEach
    void startOtherSite() throws IOException {
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/article.html", exchange -> {
            String framed = exchange.getRequestURI().getQuery().replaceFirst("^src=", "");
            // the page pastes the snippet as the Embed button gives it: the frame and its script
            byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>An article</title><meta name=\"viewport\" "
                    + "content=\"width=device-width, initial-scale=1\"></head><body><h1>An article</h1>"
                    + EmbedSnippet.of(url(framed), "chart", ARTICLE_FRAME_HEIGHT) + "<p>The article goes on.</p>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        otherSite.start();
    }

    @AfterEach
    void stopOtherSite() {
        otherSite.stop(0);
    }

    private void openArticleFraming(String path) {
        browser.get("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/article.html?src=" + path);
    }

    @Test
    void anEmbedDrawsItsChartInAnotherSitesPageWithoutACookie() {
        openArticleFraming("/embed/countries/IN");

        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        waitForTheChart();
        WebElement title = browser.findElement(By.cssSelector("h1"));
        assertThat(title.getText()).startsWith("India:");
        assertThat(browser.findElement(By.linkText("Open in the dashboard ↗")).getAttribute("href"))
                .isEqualTo(url("/countries/IN"));
        List<Cookie> cookies = new ArrayList<>(browser.manage().getCookies());
        assertThat(cookies).isEmpty();
    }

    /**
     * On a phone each bar's label goes above its bar and the embed's page is taller than the frame the snippet
     * starts with: the snippet's script fits the frame to the page, which then has nothing to scroll inside.
     */
    @Test
    void onAPhoneTheFrameGrowsToItsChartInsteadOfScrollingInside() {
        browser.manage().window().setSize(new Dimension(390, 844));
        openArticleFraming("/embed/compare?incident=WA2019&from=2019&to=2019");
        WebElement frame = browser.findElement(By.tagName("iframe"));
        browser.switchTo().frame(frame);
        waitForTheChart();

        browser.switchTo().defaultContent();
        wait.until(driver -> frame.getSize().getHeight() > ARTICLE_FRAME_HEIGHT);
        browser.switchTo().frame(frame);
        wait.until(driver -> ((Number) js().executeScript(
                "return document.scrollingElement.scrollHeight - window.innerHeight")).longValue() <= 0);
        long pageHeight = ((Number) js().executeScript(
                "return Math.ceil(document.body.getBoundingClientRect().height)")).longValue();
        assertThat(((Number) js().executeScript("return window.innerHeight")).longValue())
                .as("the frame's height against its page's").isEqualTo(pageHeight);
    }

    private void waitForTheChart() {
        wait.until(driver -> Boolean.TRUE.equals(js().executeScript(
                "const c = document.querySelector('pid-echart canvas'); return !!c && c.width > 0;")));
    }

    @Test
    void aViewOfTheDashboardFramedByAnotherSiteIsRefused() {
        openArticleFraming("/compare");

        List<String> refused = new ArrayList<>();
        wait.until(driver -> {
            refused.addAll(contentSecurityPolicyViolations());
            return refused.stream().anyMatch(message -> message.contains("frame-ancestors"));
        });
    }
}
