package org.privacyimpact.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.assertj.core.data.Offset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.privacyimpact.ServedIntegrationTest;
import org.privacyimpact.common.address.Addresses;
import org.privacyimpact.common.db.DatabaseUnavailableException;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetStatistics;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.ui.RateCharts;
import org.privacyimpact.overview.OverviewFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The overview's page as it arrives, before any script runs: its first screen holds the view's question, its
 * headline cards and the chart of the highest rates of the address's kind and denominator, each bar to scale and
 * every unverified number marked in words. Other pages arrive without it.
 */
@ServedIntegrationTest
class FirstScreenTest {

    @LocalServerPort
    int port;

    @Autowired
    OverviewFigures figures;

    private final HttpClient http = HttpClient.newHttpClient();

    private Document page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void theOverviewArrivesWithItsQuestionCardsAndTopChartDrawn() throws Exception {
        Document page = page("/");

        assertThat(page.select("#" + FirstScreenHtml.ID)).hasSize(1);
        Element screen = page.getElementById(FirstScreenHtml.ID);
        assertThat(screen.select("h2").text()).isEqualTo(OverviewWords.QUESTION);
        List<HeadlineCard> cards = HeadlineCard.of(figures.headline().statistics());
        assertThat(screen.select(".stat-card")).hasSize(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            Element card = screen.select(".stat-card").get(i);
            assertThat(card.select(".stat-value").first().ownText()).isEqualTo(cards.get(i).value());
            assertThat(card.select(".stat-label").text()).isEqualTo(cards.get(i).label());
            assertThat(card.select(".verified-badge.unverified")).hasSize(cards.get(i).verified() ? 0 : 1);
        }
        assertThat(screen.select("a[href=api/v1/world/brief.pdf]").text()).isEqualTo(OverviewWords.WORLD_BRIEF);
        assertChartOf(screen, OverviewChoice.DEFAULT);
    }

    @Test
    void theAddressesKindAndDenominatorChooseTheChart() throws Exception {
        CountKind other = figures.headline().statistics().kinds().stream()
                .map(DatasetStatistics.KindStatistics::kind)
                .filter(kind -> kind != OverviewChoice.DEFAULT.kind()
                        && !figures.rates(new OverviewChoice(kind, Denominator.POPULATION).filter()).top().isEmpty())
                .findFirst().orElseThrow();
        OverviewChoice choice = new OverviewChoice(other, Denominator.POPULATION);

        Element screen = page(Addresses.withQuery("/", choice.parameters())).getElementById(FirstScreenHtml.ID);

        assertChartOf(screen, choice);
    }

    @Test
    void anUnknownValueLeavesTheDefaultAsTheViewDoes() throws Exception {
        Element screen = page("/?kind=%3Cscript%3E&denominator=nonsense").getElementById(FirstScreenHtml.ID);

        assertChartOf(screen, OverviewChoice.DEFAULT);
        assertThat(screen.html()).doesNotContain("<script>");
    }

    @Test
    void otherPagesArriveWithoutIt() throws Exception {
        for (String path : List.of("/compare", "/incidents", "/countries/IN", "/methodology")) {
            assertThat(page(path).getElementById(FirstScreenHtml.ID)).as(path).isNull();
        }
    }

    @Test
    void withTheDatabaseAwayThePageComesWithoutItRatherThanFailing() {
        OverviewFigures away = mock(OverviewFigures.class);
        when(away.headline()).thenThrow(new DataAccessResourceFailureException("Error getting connection",
                new DatabaseUnavailableException(new SQLTransientConnectionException("Connection refused"))));
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getPathInfo()).thenReturn("/");
        when(request.getParameterMap()).thenReturn(Map.of());
        Document page = Jsoup.parse("<html><body><div id=\"outlet\"></div></body></html>");

        new FirstScreen(away).addToOverview(new IndexHtmlResponse(request, null, page));

        assertThat(page.body().children()).extracting(Element::id).containsExactly("outlet");
    }

    /**
     * The chart holds the overview's own top rows for the choice, in its order, with the view's title and words;
     * each bar's share is its rate ÷ the highest, and a bar resting on an unverified number is hatched and says so.
     */
    private void assertChartOf(Element screen, OverviewChoice choice) {
        OverviewFigures.Rates rates = figures.rates(choice.filter());
        List<TargetedPerMillion> top = rates.top();
        assertThat(top).isNotEmpty();
        assertThat(screen.select(".chart-title").text()).isEqualTo(OverviewWords.topChart(choice, rates,
                figures.headline().datasetVersion()).title());
        List<Element> bars = screen.select("ol.drawn-bars[data-drawn] > li");
        assertThat(bars).extracting(bar -> Long.valueOf(bar.attr("data-figure")))
                .containsExactlyElementsOf(top.stream().map(TargetedPerMillion::figureId).toList());
        double highest = top.stream().mapToDouble(row -> row.perMillion().doubleValue()).max().orElseThrow();
        for (int i = 0; i < top.size(); i++) {
            TargetedPerMillion row = top.get(i);
            Element bar = bars.get(i);
            assertThat(bar.select(".drawn-bar-label").text()).isEqualTo(RateCharts.category(row, true));
            assertThat(bar.select(".drawn-bar-value").first().ownText()).isEqualTo(RateCharts.barLabel(row));
            assertThat(share(bar)).isCloseTo(row.perMillion().doubleValue() / highest, Offset.offset(1e-4));
            assertThat(bar.select(".drawn-bar").hasClass("unverified")).isEqualTo(row.restsOnUnverified());
            assertThat(bar.select(".verified-badge.unverified").text())
                    .isEqualTo(row.restsOnUnverified() ? "unverified" : "");
        }
        assertThat(share(bars.getFirst())).isEqualTo(1.0);
    }

    /** The bar's length as a share of the longest, from its style ("--share: 0.1234"). */
    private static double share(Element row) {
        String style = row.select(".drawn-bar").attr("style");
        assertThat(style).startsWith("--share: ");
        return Double.parseDouble(style.substring("--share: ".length()));
    }
}
