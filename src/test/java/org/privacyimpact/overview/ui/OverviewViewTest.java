package org.privacyimpact.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.ui.BrowserlessNavigation.currentAddress;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.ui.DashboardBrowserlessTest;
import org.privacyimpact.ui.chart.ChartOption;

@IntegrationTest
class OverviewViewTest extends DashboardBrowserlessTest {

    private OverviewView open(String location) {
        return open(location, OverviewView.class);
    }

    @Test
    void headlineCardsCountFiguresByKindAndNeverAddKindsTogether() {
        OverviewView view = open("");
        String cards = view.cards.getElement().getTextRecursively();

        assertThat(cards).contains("35incidents", "34countries", "leaked-list entries figures",
                "largest: at least 50,000, Worldwide (Pegasus Project list)", "1alleged figure");
        assertThat(cards).doesNotContainIgnoringCase("total");
    }

    @Test
    void theMapShadesCountriesWithARateAndNamesEveryRegionByItsNumericCode() {
        OverviewView view = open("");
        ChartOption map = view.mapChart.getOption();
        ChartOption.MapSeries series = (ChartOption.MapSeries) map.series().getFirst();

        assertThat(series.map()).isEqualTo("world");
        assertThat(series.nameMap()).containsEntry("356", "India").containsEntry("484", "Mexico")
                .containsEntry("048", "Bahrain");
        assertThat(series.data()).extracting(ChartOption.DataPoint::name)
                .containsExactlyInAnyOrder("Mexico", "Spain", "Indonesia", "India", "United Kingdom", "United States");
        assertThat(series.data()).filteredOn(point -> point.name().equals("India")).singleElement()
                .satisfies(india -> assertThat((BigDecimal) india.value()).isEqualByComparingTo("0.3025"));
        // no data is drawn in the series' own grey, never the scale's lightest colour
        assertThat(series.itemStyle().areaColor()).isNotIn(map.visualMap().inRange().color());
        assertThat(test(view.mapTable).size()).isEqualTo(6);
    }

    @Test
    void theTopChartAndItsTableShowTheSameRows() {
        OverviewView view = open("");
        ChartOption top = view.topChart.getOption();
        var table = test(view.topTable);

        assertThat(table.size()).isEqualTo(top.yAxis().data().size());
        for (int row = 0; row < table.size(); row++) {
            var shown = table.getRow(row);
            assertThat(top.yAxis().data().get(row)).startsWith(shown.country());
            assertThat((BigDecimal) top.series().getFirst().data().get(row).value())
                    .isEqualByComparingTo(shown.perMillion());
        }
    }

    @Test
    void theKindAndDenominatorLiveInTheAddress() {
        OverviewView view = open("");
        test(view.kindSelect).selectItem(CountKind.LEAKED_LIST_ENTRIES.label());
        test(view.perSelect).selectItem(Denominator.INTERNET_USERS.label());

        assertThat(currentAddress()).contains("kind=leaked_list_entries").contains("per=internet_users");
        OverviewView reopened = open(currentAddress());
        assertThat(reopened.kindSelect.getValue()).isEqualTo(CountKind.LEAKED_LIST_ENTRIES);
        assertThat(reopened.perSelect.getValue()).isEqualTo(Denominator.INTERNET_USERS);
        assertThat(reopened.mapPanel.getElement().getTextRecursively()).contains("the highest is Rwanda");
    }

    @Test
    void aKindWithNoFittingDenominatorSaysSoInsteadOfDrawingZeros() {
        // the one alleged figure (Calcalist's 26, Israel) went through no single platform
        OverviewView view = open("?kind=alleged");

        assertThat(view.mapChart.getOption().series().getFirst().data()).isEmpty();
        assertThat(view.topPanel.getElement().getTextRecursively()).contains("No alleged figure has a");
    }

    @Test
    void eachChartDownloadsItsNumbers() {
        OverviewView view = open("");
        var anchors = find(com.vaadin.flow.component.html.Anchor.class, view.mapPanel).all();
        var out = new java.io.ByteArrayOutputStream();
        test(anchors.stream().filter(a -> a.hasClassName("download-csv")).findFirst().orElseThrow()).download(out);

        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).startsWith("Area,"));
        assertThat(csv).contains("India,").contains("0.302500,about,about 0.30");
    }
}
