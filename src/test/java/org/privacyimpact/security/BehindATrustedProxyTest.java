package org.privacyimpact.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a reverse proxy named in DASHBOARD_TRUSTED_PROXIES (here: this machine), the client's address and
 * https come from the proxy's headers: the browser is told to keep to https, the session cookie is Secure, and
 * the sign-in throttle tells a guesser's address from the owner's.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.url=", "dashboard.database.persistent=false",
        "DASHBOARD_TRUSTED_PROXIES=127.0.0.0/8, ::1/128",
        "dashboard.admin.password=" + BehindATrustedProxyTest.ADMIN_PASSWORD})
class BehindATrustedProxyTest {

    static final String ADMIN_PASSWORD = "the owner's long password";

    @LocalServerPort
    int port;

    @Test
    void httpsThroughTheProxyGetsStrictTransportSecurityAndASecureCookie() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
    }

    @Test
    void theOwnerSignsInWhileTheGuessersAddressWaitsAndTheLogSaysSo(CapturedOutput log) throws Exception {
        for (int attempt = 0; attempt < LoginThrottle.ALLOWED_FAILURES; attempt++) {
            assertThat(signInGoesTo("203.0.113.7", "not the password")).endsWith("/login?error");
        }
        assertThat(signInGoesTo("203.0.113.7", ADMIN_PASSWORD)).as("the guesser's address waits")
                .endsWith("/login?error");

        assertThat(signInGoesTo("198.51.100.2", ADMIN_PASSWORD)).as("the owner, elsewhere").doesNotContain("error");
        assertThat(log.getOut()).contains("5 wrong passwords for the user name \"admin\" from 203.0.113.7: "
                + "that address waits 1 min before trying this name again.");
    }

    private String signInGoesTo(String clientAddress, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", clientAddress)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow();
    }
}
