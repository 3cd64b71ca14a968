package org.privacyimpact.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.APP_USER;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;

/** Anonymous visitors read everything; the first admin comes from the environment; guessing is slowed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.url=", "dashboard.database.persistent=false",
        "dashboard.admin.password=" + SecurityTest.ADMIN_PASSWORD})
class SecurityTest {

    static final String ADMIN_PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    DSLContext db;

    @Autowired
    UserQuery users;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Gets the address and checks its status; the answer is returned for what the test checks next. */
    private HttpResponse<String> answered(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/compare?kind=alleged", "/incidents", "/incidents/WA2019", "/countries/IN",
            "/methodology", "/login", "/styles/dashboard.css", "/api/v1/figures?country=IN", "/api/v1/openapi"})
    void anonymousVisitorsReadEveryPageAndTheApi(String path) throws Exception {
        answered(path, 200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/curate", "/curate/figures/WA2019-IN", "/curate/new/sources", "/curate/import",
            "/admin/audit", "/admin/releases", "/admin/users"})
    void anonymousVisitorsAreSentToSignInFromEveryCuratorAddress(String path) throws Exception {
        HttpResponse<String> response = answered(path, 302);

        assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    /** A mistyped or stale link is not a reason to sign in: the reader learns the page does not exist. */
    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/incidents/NOPE", "/countries/XX", "/countries/zz"})
    void anonymousVisitorsAreToldThatAnAddressWithoutAPageIsNotFound(String path) throws Exception {
        assertThat(answered(path, 404).body()).as(path).contains("Page not found");
    }

    /**
     * Only an address that may name nothing has its view built into the page's first answer (that is how the
     * 404 reaches it); the other pages load as before, so their charts are not drawn and then moved (DD007).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/compare", "/incidents", "/methodology"})
    void pagesThatAlwaysExistAreAnsweredBeforeTheirViewIsBuilt(String path) throws Exception {
        assertThat(answered(path, 200).body()).as(path).doesNotContain("flow-container");
    }

    @Test
    void anUnknownIncidentInTheDataApiIsStillAnsweredInJson() throws Exception {
        HttpResponse<String> response = answered("/api/v1/incidents/NOPE", 404);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    /** Browsers ask for the icon of every page they open, and so do crawlers: that must not start a session. */
    @ParameterizedTest
    @CsvSource({"/favicon.ico, image/x-icon", "/favicon.svg, image/svg+xml"})
    void theSitesIconIsServedToAnonymousVisitorsWithoutStartingASession(String path, String type) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue(type);
        assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        assertThat(response.body()).as(path).isNotEmpty();
    }

    @Test
    void everyPageNamesTheSitesIcon() throws Exception {
        Document page = Jsoup.parse(get("/methodology").body());

        assertThat(page.select("head link[rel=icon]")).extracting(link -> link.attr("href"))
                .containsExactlyInAnyOrder("favicon.svg", "favicon.ico");
    }

    /** The sign-in form is the exception: Vaadin's security configurer exempts its login page from CSRF (DD009). */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/curate", "/curate/import", "/admin/users"})
    void aPostWithoutTheSessionsCsrfTokenIsRefused(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(path).isEqualTo(403);
    }

    @Test
    void theSessionCookieStaysOnThisSite() throws Exception {
        HttpResponse<String> response = get("/login");

        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void pagesSayWhatTheyMayLoadAndWhoMayFrameThem() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'")
                .doesNotContain("*", "http:", "https:"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/api/v1/dataset").headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    /** A brief opens in the browser's PDF viewer, which a "default-src 'none'" policy leaves blank in Chrome. */
    @Test
    void aBriefMayBeShownInTheBrowsersViewerButNeverFramed() throws Exception {
        HttpResponse<String> brief = get("/api/v1/countries/IN/brief.pdf");

        assertThat(brief.statusCode()).isEqualTo(200);
        assertThat(brief.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'none'");
        assertThat(brief.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/no-such-page", "/styles/dashboard.css", "/favicon.svg",
            "/api/v1/dataset", "/api/v1/nothing", "/api/v1/figures?country=ZZ", "/actuator/health"})
    void everyAnswerLimitsTheReferrerAndForbidsSniffing(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                .hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }

    /** Without DASHBOARD_TRUSTED_PROXIES nobody can claim https (or another address) by sending a header. */
    @Test
    void forwardedHeadersFromAnAddressNotTrustedAreIgnored() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    }

    @Test
    void theFirstAdminHasThePasswordFromTheEnvironmentStoredAsABcryptHash() throws Exception {
        String hash = db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq("admin"))
                .fetchSingle(APP_USER.PASSWORD_HASH);

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(ADMIN_PASSWORD);
        Authentication signedIn = authentication.getAuthenticationManager()
                .authenticate(new UsernamePasswordAuthenticationToken("admin", ADMIN_PASSWORD));
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN")
                .doesNotContain("ROLE_CURATOR");
    }

    @Test
    void fiveWrongPasswordsRefuseEvenTheRightOneFromTheSameAddressForAWhile() throws Exception {
        users.create("guessed-curator", encoder.encode("the right password"), UserQuery.Role.CURATOR);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

        for (int attempt = 0; attempt < LoginThrottle.ALLOWED_FAILURES; attempt++) {
            assertThat(signInGoesTo(browser, "guessed-curator", "guess")).endsWith("/login?error");
        }

        assertThat(signInGoesTo(browser, "guessed-curator", "the right password")).endsWith("/login?error");
        assertThat(throttle.waitBefore("guessed-curator", "127.0.0.1")).isPresent();
    }

    /** A name or password longer than any account can have is refused before it is checked or remembered. */
    @Test
    void overlongNamesAndPasswordsAreRefusedAndNotRemembered() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        long remembered = throttle.entries();
        String mebibyte = "x".repeat(1 << 20);

        for (int attempt = 0; attempt < 50; attempt++) {
            // larger than any form the dashboard has: not even read (server.tomcat.max-http-form-post-size)
            assertThat(postLogin(browser, mebibyte + attempt, "a password").statusCode()).isEqualTo(413);
        }
        assertThat(signInGoesTo(browser, "n".repeat(SignInLimits.MAX_NAME_LENGTH + 1), "a password"))
                .endsWith("/login?error");
        assertThat(signInGoesTo(browser, "admin", "p".repeat(SignInLimits.MAX_PASSWORD_BYTES + 1)))
                .endsWith("/login?error");

        assertThat(throttle.entries()).isEqualTo(remembered);
    }

    @Test
    void theLoginFormSignsInWithTheRightPasswordOnly() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(postLogin(browser, "admin", "not the password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(postLogin(browser, "admin", ADMIN_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    private String signInGoesTo(HttpClient browser, String username, String password) throws Exception {
        return postLogin(browser, username, password).headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<Void> postLogin(HttpClient browser, String username, String password) throws Exception {
        String form = "username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
