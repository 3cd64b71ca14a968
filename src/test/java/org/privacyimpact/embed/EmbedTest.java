package org.privacyimpact.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyimpact.ServedIntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.overview.OverviewFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embeddable charts over real HTTP: other sites may frame them and no other page; they open no session; each
 * draws what its address asks for and links to the view with the same filters.
 */
@ServedIntegrationTest
class EmbedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TargetedPerMillionQuery exposure;

    @Autowired
    OverviewFigures overview;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page as a browser's parser reads it; written as XHTML, it reads as XML too. */
    private static Document page(HttpResponse<String> response) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode option(Document page) {
        Element chart = (Element) page.getElementsByTagName("pid-echart").item(0);
        return JSON.readTree(chart.getAttribute("data-option"));
    }

    private static String openInTheDashboard(Document page) {
        Element link = (Element) page.getElementsByTagName("a").item(0);
        assertThat(link.getTextContent()).startsWith(EmbedPage.OPEN);
        return link.getAttribute("href");
    }

    /** The bars' categories and values, top bar first. */
    private static List<String> bars(JsonNode option) {
        List<String> bars = new ArrayList<>();
        option.get("series").get(0).get("data").forEach(bar -> bars.add(bar.get("name").asString() + "="
                + bar.get("value").decimalValue().stripTrailingZeros().toPlainString()));
        return bars;
    }

    private static List<String> bars(List<TargetedPerMillion> rows) {
        return rows.stream().filter(row -> row.perMillion() != null)
                .map(row -> row.perMillion().stripTrailingZeros().toPlainString()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/embed/compare", "/embed/map", "/embed/countries/IN", "/embed/countries/ZZ",
            "/styles/embed.css"})
    void anEmbedMayBeFramedByAnySiteAndOpensNoSession(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isIn(200, 404);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        if (path.startsWith("/embed/")) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
            assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    // only our own scripts: no inline script, no eval
                    assertThat(csp).contains("frame-ancestors *", "script-src 'self';").doesNotContain("unsafe-eval"));
        }
    }

    /** Every other page keeps other sites from framing it: the views, sign-in, curation, the API, a brief. */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/compare", "/countries/IN", "/login", "/curation", "/api/v1/dataset",
            "/api/v1/countries/IN/brief.pdf", "/releases.atom", "/no-such-page"})
    void everyOtherPageMayNotBeFramedByAnotherSite(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValueSatisfying(frame ->
                assertThat(frame).isIn("DENY", "SAMEORIGIN"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                assertThat(csp).containsAnyOf("frame-ancestors 'none'", "frame-ancestors 'self'")
                        .doesNotContain("frame-ancestors *"));
    }

    @Test
    void theCompareEmbedOpensWithTheFiltersOfItsAddress() throws Exception {
        Document page = page(get("/embed/compare?kind=confirmed_forensic&denominator=internet_users&country=MX"
                + "&country=IN"));

        ExposureFilter filter = ExposureFilter.of(CountKind.CONFIRMED_FORENSIC)
                .withDenominator(Denominator.INTERNET_USERS).withCountries(Set.of("MX", "IN")).withWorldwide(false);
        List<TargetedPerMillion> rows = exposure.find(filter, ExposureSort.HIGHEST_RATE_FIRST, 0, 100);
        assertThat(bars(option(page))).extracting(bar -> bar.substring(bar.indexOf('=') + 1))
                .containsExactlyElementsOf(bars(rows)).isNotEmpty();
        assertThat(page.getElementsByTagName("h1").item(0).getTextContent())
                .contains("confirmed targeted by forensic analysis", "internet users");
        assertThat(openInTheDashboard(page)).isEqualTo("http://localhost:" + port
                + "/compare?kind=confirmed_forensic&denominator=internet_users&country=IN&country=MX");
    }

    @Test
    void theMapEmbedOpensWithTheKindAndDenominatorOfItsAddress() throws Exception {
        Document page = page(get("/embed/map?kind=leaked_list_entries&denominator=population"));

        JsonNode data = option(page).get("series").get(0).get("data");
        List<TargetedPerMillion> countries = overview.rates(ExposureFilter.of(CountKind.LEAKED_LIST_ENTRIES)
                .withDenominator(Denominator.POPULATION).withWorldwide(false)).mapWithRate();
        assertThat(data.size()).isGreaterThanOrEqualTo(countries.size()).isPositive();
        for (int i = 0; i < countries.size(); i++) {
            assertThat(data.get(i).get("name").asString()).isEqualTo(countries.get(i).area().name());
            assertThat(data.get(i).get("value").decimalValue()).isEqualByComparingTo(countries.get(i).perMillion());
        }
        assertThat(openInTheDashboard(page)).isEqualTo("http://localhost:" + port
                + "/?kind=leaked_list_entries&denominator=population");
    }

    @Test
    void aCountrysEmbedDrawsTheRatesOfOneKindOfItsAddress() throws Exception {
        Document page = page(get("/embed/countries/in?kind=official_disclosure&denominator=population"));

        List<TargetedPerMillion> rows = exposure.find(ExposureFilter.of(CountKind.OFFICIAL_DISCLOSURE)
                .withDenominator(Denominator.POPULATION).withCountries(Set.of("IN")).withWorldwide(false),
                ExposureSort.HIGHEST_RATE_FIRST, 0, 100);
        assertThat(bars(option(page))).extracting(bar -> bar.substring(bar.indexOf('=') + 1))
                .containsExactlyElementsOf(bars(rows)).isNotEmpty();
        assertThat(openInTheDashboard(page)).isEqualTo("http://localhost:" + port
                + "/countries/IN?denominator=population");
        // without a kind: WhatsApp's notifications, the founding case, against platform users
        JsonNode founding = option(page(get("/embed/countries/IN")));
        assertThat(bars(founding)).anySatisfy(bar -> assertThat(bar).endsWith("=0.3025"));
    }

    /** A mistyped embed code shows the defaults, and says so above the chart as the views do. */
    @Test
    void whatAnEmbedsAddressCannotUseIsSaidAboveTheChart() throws Exception {
        for (String address : List.of("/embed/compare?kind=zzz", "/embed/map?denominator=zzz",
                "/embed/countries/IN?kind=zzz")) {
            Document page = page(get(address));

            Element said = (Element) page.getElementsByTagName("p").item(0);
            assertThat(said.getAttribute("class")).as(address).isEqualTo("ignored");
            assertThat(said.getTextContent()).as(address)
                    .startsWith("Part of this link could not be used, so defaults are shown instead: ")
                    .contains("zzz");
            assertThat(page.getElementsByTagName("pid-echart").getLength()).as(address).isOne();
        }
        Document clean = page(get("/embed/compare?kind=confirmed_forensic"));
        assertThat(((Element) clean.getElementsByTagName("p").item(0)).getAttribute("class")).isNotEqualTo("ignored");
    }

    /** No leaked-list figure went through one platform: the title says there is no rate, and no empty axes. */
    @Test
    void aKindWithoutRatesIsSaidSoWithoutAnEmptyChart() throws Exception {
        Document page = page(get("/embed/countries/IN?kind=leaked_list_entries"));

        assertThat(page.getElementsByTagName("h1").item(0).getTextContent()).startsWith("No leaked-list entries");
        assertThat(page.getElementsByTagName("pid-echart").getLength()).isZero();
    }

    @Test
    void aCountryWithoutFiguresIsANotFoundPageThatSaysSo() throws Exception {
        HttpResponse<String> response = get("/embed/countries/%3Cb%3E");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(page(response).getElementsByTagName("p").item(0).getTextContent())
                .contains("no figures of people targeted in \"<b>\"");
    }

    /** The page's script comes from the frontend bundle, versioned, and no more sets a cookie than the page. */
    @Test
    void theChartsScriptIsServedWithoutACookie() throws Exception {
        Element script = (Element) page(get("/embed/map")).getElementsByTagName("script").item(0);
        String address = script.getAttribute("src").substring(("http://localhost:" + port).length());

        HttpResponse<String> response = get(address);

        assertThat(address).startsWith("/VAADIN/build/embed.js?v-c=");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/javascript"));
        assertThat(response.body()).contains("pid-echart");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theEmbedsTextIsTheDatasetsNeverMarkup() throws Exception {
        String body = get("/embed/compare?incident=WA2019").body();

        assertThat(body).startsWith("<!DOCTYPE html>").doesNotContain("<script>").contains(
                "<script type=\"module\" src=\"http://localhost:" + port + "/" + EmbedPage.SCRIPT + "?v-c=");
    }
}
