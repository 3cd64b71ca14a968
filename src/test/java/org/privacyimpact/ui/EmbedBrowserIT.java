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
import org.openqa.selenium.WebElement;

/**
 * An embed as a newsroom would use it: the snippet's iframe in a page of another site (another origin, served
 * here by the JDK's own HTTP server). The embed draws its chart there under its policy and keeps no cookie; a
 * view of the dashboard framed the same way is refused by the browser.
 */
class EmbedBrowserIT extends InBrowser {

    private HttpServer otherSite;

    @BeforeEach
    void startOtherSite() throws IOException {
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/article.html", exchange -> {
            String framed = exchange.getRequestURI().getQuery().replaceFirst("^src=", "");
            byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>An article</title></head><body>"
                    + "<h1>An article</h1><iframe id=\"embed\" src=\"" + url(framed) + "\" title=\"chart\" "
                    + "width=\"100%\" height=\"560\" style=\"border: 0\"></iframe></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
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

        browser.switchTo().frame("embed");
        wait.until(driver -> Boolean.TRUE.equals(js().executeScript(
                "const c = document.querySelector('pid-echart canvas'); return !!c && c.width > 0;")));
        WebElement title = browser.findElement(By.cssSelector("h1"));
        assertThat(title.getText()).startsWith("India:");
        assertThat(browser.findElement(By.linkText("Open in the dashboard ↗")).getAttribute("href"))
                .isEqualTo(url("/countries/IN"));
        List<Cookie> cookies = new ArrayList<>(browser.manage().getCookies());
        assertThat(cookies).isEmpty();
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
