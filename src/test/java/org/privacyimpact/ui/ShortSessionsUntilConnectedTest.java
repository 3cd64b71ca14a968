package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.privacyimpact.ServedIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * A visitor who never runs the page (a crawler, a link preview, a health check pointed at the home page)
 * costs a session for a minute, not half an hour; a page whose script connects keeps its session for the
 * configured time. Read off the servlet container's own session list.
 */
@ServedIntegrationTest
class ShortSessionsUntilConnectedTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCrawlerThatNeverRunsThePageHoldsEachSessionForAMinute() throws Exception {
        List<String> crawled = new ArrayList<>();
        for (int visit = 0; visit < 200; visit++) {
            HttpResponse<Void> page = http.send(HttpRequest.newBuilder(url(visit % 2 == 0 ? "/" : "/incidents"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(page.statusCode()).isEqualTo(200);
            page.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                    .forEach(crawled::add);
        }

        assertThat(crawled).hasSize(200);
        assertThat(crawled).allSatisfy(id -> assertThat(session(id).getMaxInactiveInterval())
                .isEqualTo(ShortSessionsUntilConnected.UNTIL_CONNECTED.toSeconds()));
    }

    @Test
    void aPageWhoseScriptConnectsKeepsItsSessionForHalfAnHour() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(url("/")).build(), HttpResponse.BodyHandlers.discarding());
        String id = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
        assertThat(session(id).getMaxInactiveInterval()).isEqualTo(60);

        // what Vaadin's client sends first when the page's script runs
        HttpResponse<String> init = browser.send(HttpRequest.newBuilder(url("/?v-r=init&location=&query="))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(init.body()).contains("\"appConfig\"");
        assertThat(session(id).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void theHealthCheckAndTheApiOpenNoSession() throws Exception {
        int before = sessions().length;

        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/api/v1/dataset", "/api/v1/no-such-endpoint", "/favicon.ico")) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url(path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isIn(200, 404);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(http.send(HttpRequest.newBuilder(url("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"status\":\"UP\"");

        assertThat(sessions().length).isEqualTo(before);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Session session(String id) throws Exception {
        Session session = servletContext().getManager().findSession(id);
        assertThat(session).as("session " + id).isNotNull();
        return session;
    }

    private Session[] sessions() {
        return servletContext().getManager().findSessions();
    }

    private Context servletContext() {
        return (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
    }
}
