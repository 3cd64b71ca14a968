package org.privacyimpact.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.selectDistinct;
import static org.privacyimpact.curation.FigureDrafts.withCount;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;
import static org.privacyimpact.ui.BrowserlessNavigation.currentAddress;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.country.ui.CountryProfileView;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.curation.FigureDraft;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.overview.OverviewFigures;
import org.privacyimpact.ui.DashboardBrowserlessTest;
import org.privacyimpact.ui.chart.ChartClicks;
import org.privacyimpact.ui.chart.ChartOption;
import org.privacyimpact.ui.chart.ChartPanel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class OverviewViewTest extends DashboardBrowserlessTest {

    private static final String NETHERLANDS = "WA2019CE-NL";

    @Autowired
    CurationService curation;

    @Autowired
    OverviewFigures figures;

    private OverviewView open(String location) {
        return open(location, OverviewView.class);
    }

    @Test
    void headlineCardsLeadWithPeopleInWordsAndGiveTheNumberOfFiguresSecond() {
        OverviewView view = open("");
        String cards = view.cards.getElement().getTextRecursively();
        // counted here from the tables, not from the query the cards use: published incidents, and countries with
        // a published figure
        int incidents = db.fetchCount(INCIDENT, Published.incident(INCIDENT));
        int countries = db.fetchCount(selectDistinct(TARGET_FIGURE.COUNTRY_ISO2).from(TARGET_FIGURE)
                .where(Published.figure(TARGET_FIGURE)).and(TARGET_FIGURE.COUNTRY_ISO2.isNotNull()));
        // the leaked-list card compares its largest with the other preferred figures of that kind
        var leakedList = Published.figure(TARGET_FIGURE).and(TARGET_FIGURE.PREFERRED.isTrue())
                .and(TARGET_FIGURE.COUNT_KIND.eq(CountKind.LEAKED_LIST_ENTRIES));
        int leakedFigures = db.fetchCount(TARGET_FIGURE, leakedList);
        int leakedCountries = db.fetchCount(selectDistinct(TARGET_FIGURE.COUNTRY_ISO2).from(TARGET_FIGURE)
                .where(leakedList).and(TARGET_FIGURE.COUNTRY_ISO2.isNotNull()));

        assertThat(cards).contains(incidents + "incidents", countries + "countries",
                "at least 50,000phone numbers on a leaked list",
                "Worldwide · Pegasus Project list. Phone numbers on the leaked list, not people and not confirmed "
                        + "attacks. The largest of " + leakedFigures + " figures of this kind, in " + leakedCountries
                        + " countries",
                "about 50,000people notified by the platform", "mostly not spyware infections.",
                // a figure that counts phone numbers says so, in the largest of its kind too
                "4,286phone numbers in an official disclosure", "at least 20,000people allegedly targeted",
                "at least 218accounts confirmed targeted by forensic analysis");
        // a number of figures never stands where people are expected, and kinds are never added
        assertThat(cards).doesNotContain("13leaked", "13 leaked-list entries figures\n").doesNotContainIgnoringCase("total");
    }

    @Test
    void aCardsNumberOpensItsSourceInOneClick() {
        OverviewView view = open("");
        Button largestList = find(Button.class, view.cards).all().stream()
                .filter(button -> button.getText().equals("at least 50,000")).findFirst().orElseThrow();

        test(largestList).click();

        assertThat(find(Span.class, find(Dialog.class).single()).all()).extracting(Span::getText)
                .anyMatch(text -> text.contains("50,000"));
    }

    @Test
    void theMapShadesCountriesWithARateAndNamesEveryRegionByItsNumericCode() {
        OverviewView view = open("");
        ChartOption map = view.mapChart.getOption();
        ChartOption.MapSeries series = (ChartOption.MapSeries) map.series().getFirst();

        assertThat(series.map()).isEqualTo("world");
        assertThat(series.nameMap()).containsEntry("356", "India").containsEntry("484", "Mexico")
                .containsEntry("048", "Bahrain");
        // the countries with a rate first, then those whose figures have none, in their own grey
        // (a figure without a rate is drawn with a value below every class)
        int withRate = (int) series.data().stream().filter(point -> ((BigDecimal) point.value()).signum() >= 0)
                .count();
        assertThat(series.data().subList(0, withRate)).extracting(ChartOption.DataPoint::name)
                .contains("Israel", "Mexico", "Spain", "Indonesia", "India", "United Kingdom", "United States", "Italy");
        assertThat(series.data().subList(withRate, series.data().size())).extracting(ChartOption.DataPoint::name)
                .contains("Bahrain", "Morocco", "Pakistan").doesNotContain("Mexico", "India");
        assertThat(series.data().subList(withRate, series.data().size())).extracting(ChartOption.DataPoint::value)
                .containsOnly(BigDecimal.valueOf(-2));
        // a country shows its highest rate: India's Apple alerts of 2023 (at least 10 of at least 20 million)
        assertThat(series.data()).filteredOn(point -> point.name().equals("India")).singleElement()
                .satisfies(india -> assertThat((BigDecimal) india.value()).isEqualByComparingTo("0.5"));
        // no data is drawn in its own grey with its own swatch, never a shade of the scale
        assertThat(map.visualMap().pieces()).extracting(ChartOption.Piece::label)
                .startsWith("Figures, no rate", "No data");
        assertThat(map.visualMap().pieces().get(1).color()).isEqualTo(series.itemStyle().areaColor());
        assertThat(map.visualMap().pieces()).extracting(ChartOption.Piece::color).doesNotHaveDuplicates();
        // Israel rests on an unverified user figure: hatched on the map, and said in the title
        assertThat(series.data()).filteredOn(point -> point.name().equals("Israel")).singleElement()
                .satisfies(israel -> assertThat(israel.itemStyle().decal()).isNotNull());
        assertThat(view.mapPanel.caption().title()).startsWith("Israel: 7.61 people notified by the platform per "
                + "million WhatsApp users, 2019 — the highest of " + withRate + " countries with a rate")
                .endsWith("(rests on an unverified user figure)");
        // a bound is shaded by its stated value: the notes say which way the true rate may lie
        assertThat(view.mapPanel.caption().notes()).contains("an \"at least\" rate may belong in a darker shade");
        assertThat(view.mapTable).as("no table built, no rows kept until the Table tab is opened").isNull();
        view.mapPanel.tabs().setSelectedIndex(1);
        assertThat(test(view.mapTable).size()).isEqualTo(series.data().size());
    }

    @Test
    void clickingACountryOnTheMapOpensItsPageWithTheSameDenominator() {
        OverviewView view = open("?per=internet_users");
        ChartOption.MapSeries series = (ChartOption.MapSeries) view.mapChart.getOption().series().getFirst();
        int india = series.data().stream().map(ChartOption.DataPoint::name).toList().indexOf("India");

        ChartClicks.clickItem(view.mapChart, india);

        assertThat(currentAddress()).isEqualTo("countries/IN?denominator=internet_users");
        assertThat(getCurrentView()).isInstanceOf(CountryProfileView.class);
    }

    @Test
    void aBarAndATablesNumberOpenTheirSentenceAndSources() {
        OverviewView view = open("");
        int india = view.topChart.getOption().yAxis().data().indexOf("India · Pegasus via WhatsApp, 2019");

        ChartClicks.clickItem(view.topChart, india);
        assertThat(find(Dialog.class).single().getElement().getTextRecursively())
                .contains("India: 121 people notified by the platform").contains("121 Indian users");
        find(Dialog.class).single().close();

        view.topPanel.tabs().setSelectedIndex(1);
        roundTrip();
        Component rate = test(view.topTable).getCellComponent(india, "rate");
        test((Button) rate).click();
        assertThat(find(Dialog.class).all()).filteredOn(Dialog::isOpened).singleElement()
                .satisfies(dialog -> assertThat(dialog.getElement().getTextRecursively()).contains("about 0.30"));
    }

    @Test
    void eachNumberInTheMapsTableIsMarkedUnverifiedOnlyWhenItIsItself() {
        OverviewView view = open("");
        view.mapPanel.tabs().setSelectedIndex(1);
        roundTrip();
        var table = test(view.mapTable);
        var rows = figures.rates(OverviewChoice.DEFAULT.filter()).mapDrawn();

        assertThat(table.size()).isEqualTo(rows.size());
        int rateOnlyMarked = 0;
        for (int row = 0; row < rows.size(); row++) {
            var figure = rows.get(row);
            assertThat(marked(table.getCellComponent(row, "targeted"))).as(figure.area().name() + "'s count")
                    .isEqualTo(!figure.figureVerified());
            assertThat(marked(table.getCellComponent(row, "rate"))).as(figure.area().name() + "'s rate")
                    .isEqualTo(figure.restsOnUnverified());
            rateOnlyMarked += figure.figureVerified() && figure.restsOnUnverified() ? 1 : 0;
        }
        assertThat(rateOnlyMarked).as("verified counts divided by unverified user figures, Israel's 51 among them")
                .isPositive();
    }

    private static boolean marked(Component cell) {
        return cell.getElement().getTextRecursively().endsWith("unverified");
    }

    @Test
    void theTimelinesTitleCountsTheIncidentsItsBarsShowAndSaysHowManyHaveNoYear() {
        OverviewView view = open("");
        ChartOption timeline = view.timelineChart.getOption();
        int drawn = timeline.series().getFirst().data().stream()
                .mapToInt(bar -> ((BigDecimal) bar.value()).intValue()).sum();
        int undated = db.fetchCount(INCIDENT, Published.incident(INCIDENT)) - drawn;

        assertThat(view.timelinePanel.caption().title()).startsWith(drawn + " incidents, first reported between");
        assertThat(undated).as("the curated data has an incident whose sources carry no date (Ghana, 2016)")
                .isPositive();
        assertThat(view.timelinePanel.caption().subtitle()).endsWith(OverviewView.undated(undated));
        assertThat(OverviewView.undated(1)).startsWith(" One incident cites no dated source");
        assertThat(OverviewView.undated(2)).startsWith(" 2 incidents cite no dated source");
        assertThat(OverviewView.undated(0)).isEmpty();
    }

    @Test
    void anOpenTableFollowsTheChartWhenTheKindChanges() {
        OverviewView view = open("");
        view.topPanel.tabs().setSelectedIndex(1);
        String notifiedFirst = test(view.topTable).getRow(0).incident();

        view.kindSelect.setValue(CountKind.CONFIRMED_FORENSIC);
        roundTrip();

        ChartOption top = view.topChart.getOption();
        var table = test(view.topTable);
        assertThat(table.size()).isEqualTo(top.yAxis().data().size());
        assertThat(top.yAxis().data().getFirst()).startsWith(table.getRow(0).country())
                .contains(table.getRow(0).incident());
        assertThat(table.getRow(0).incident()).as("a forensic figure, not the notified one shown before")
                .isNotEqualTo(notifiedFirst);
    }

    @Test
    void theTopChartAndItsTableShowTheSameRows() {
        OverviewView view = open("");
        ChartOption top = view.topChart.getOption();
        view.topPanel.tabs().setSelectedIndex(1);
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

        assertThat(currentAddress()).contains("kind=leaked_list_entries").contains("denominator=internet_users");
        OverviewView reopened = open(currentAddress());
        assertThat(reopened.kindSelect.getValue()).isEqualTo(CountKind.LEAKED_LIST_ENTRIES);
        assertThat(reopened.perSelect.getValue()).isEqualTo(Denominator.INTERNET_USERS);
        assertThat(reopened.mapPanel.caption().title()).startsWith("Rwanda: ").contains("the highest of");
    }

    @Test
    void aKindWithNoFittingDenominatorSaysSoInsteadOfDrawingZeros() {
        // no alleged figure went through a single platform (Calcalist's 26 in Israel, the opposition's 20,000 in
        // North Macedonia, ...)
        OverviewView view = open("?kind=alleged");

        // each country with such figures is drawn as "Figures, no rate", never as a shade of zero
        assertThat(view.mapChart.getOption().series().getFirst().data()).hasSizeGreaterThan(1)
                .allSatisfy(country -> assertThat(country.value()).isEqualTo(BigDecimal.valueOf(-2)))
                .extracting(ChartOption.DataPoint::name).contains("Israel", "North Macedonia", "Colombia");
        assertThat(view.topPanel.getElement().getTextRecursively()).contains("No alleged figure has a");
    }

    @Test
    void theWorldBriefIsOfferedUnderTheHeadline() {
        assertBriefOffered(open(""), "download-world-brief", "api/v1/world/brief.pdf", "World brief (PDF)");
    }

    @Test
    void theMapCanBeEmbeddedWithItsKindAndDenominator() {
        OverviewView view = open("?kind=leaked_list_entries&denominator=population");

        String snippet = find(org.privacyimpact.ui.EmbedButton.class, view.mapPanel).single().snippet();

        assertThat(snippet).contains("/embed/map?kind=leaked_list_entries&amp;denominator=population\"",
                "height=\"" + org.privacyimpact.ui.EmbedButton.FIXED_CHART_HEIGHT + "\"");
    }

    @Test
    void eachChartsCsvAsShownHoldsTheRowsItDraws() throws java.io.IOException {
        OverviewView view = open("");
        var rates = figures.rates(OverviewChoice.DEFAULT.filter());

        var map = asShown(view.mapPanel);
        assertThat(map).extracting(row -> row.get("Area"))
                .containsExactlyElementsOf(rates.mapDrawn().stream().map(row -> row.area().name()).toList());
        assertThat(map).filteredOn(row -> row.get("Area").equals("Israel")).singleElement()
                .satisfies(israel -> assertThat(israel.get("Rate as shown")).isEqualTo("7.61"));

        var top = asShown(view.topPanel);
        assertThat(top).hasSize(view.topChart.getOption().yAxis().data().size()).hasSize(rates.top().size());
        for (int row = 0; row < top.size(); row++) {
            assertThat(view.topChart.getOption().yAxis().data().get(row)).startsWith(top.get(row).get("Area"));
        }
        assertThat(rates.countWithRate()).as("more figures have a rate than the chart draws").isGreaterThan(top.size());
        assertThat(view.topPanel.caption().subtitle())
                .startsWith(OverviewWords.topOf(top.size(), rates.countWithRate()));
    }

    private List<org.apache.commons.csv.CSVRecord> asShown(ChartPanel panel) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        test(find(com.vaadin.flow.component.html.Anchor.class, panel).all().stream()
                .filter(a -> a.hasClassName("download-csv")).findFirst().orElseThrow()).download(out);
        try (var parser = org.apache.commons.csv.CSVParser.parse(out.toString(java.nio.charset.StandardCharsets.UTF_8),
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get())) {
            return parser.getRecords();
        }
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorsSaveIsOnTheNextOverviewAlthoughItsFiguresAreKept() {
        OverviewView before = open("");
        assertThat(before.topPanel.caption().title()).startsWith("Israel: ");
        // a figure whose audit trail no other test reads: this change commits, as a curator's does
        var figure = curation.read(CuratedType.FIGURE, NETHERLANDS).orElseThrow();
        FigureDraft old = figure.draft();
        try {
            // the 11 Dutch users WhatsApp notified made 110,000: the highest rate of all
            curation.update(CuratedType.FIGURE, NETHERLANDS, figure.version(), withCount(old, 110_000),
                    "overview test");

            assertThat(open("").topPanel.caption().title()).startsWith("Netherlands: ");
        } finally {
            var now = curation.read(CuratedType.FIGURE, NETHERLANDS).orElseThrow();
            curation.update(CuratedType.FIGURE, NETHERLANDS, now.version(), old, "overview test: put back");
        }
        assertThat(open("").topPanel.caption().title()).isEqualTo(before.topPanel.caption().title());
    }
}
