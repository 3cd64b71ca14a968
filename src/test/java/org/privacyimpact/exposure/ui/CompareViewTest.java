package org.privacyimpact.exposure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetQuery.Choice;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.RateUnavailable;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.incident.IncidentFilter;
import org.privacyimpact.incident.IncidentQuery;
import org.privacyimpact.incident.IncidentSort;
import org.privacyimpact.incident.IncidentSummary;
import org.privacyimpact.ui.EmbedButton;
import org.privacyimpact.ui.SourceDialog;
import org.privacyimpact.ui.chart.ChartClicks;
import org.privacyimpact.ui.chart.ChartOption;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CompareViewTest extends SpringBrowserlessTest {

    /** The founding case as an address: WhatsApp's 2019 notifications against WhatsApp's users. */
    static final String WHATSAPP_2019 = "compare?incident=WA2019&from=2019&to=2019";
    /** The same, with the Table tab open: a table in a hidden tab cannot be read or clicked. */
    static final String WHATSAPP_2019_TABLE = WHATSAPP_2019 + "&tab=table";

    @Autowired
    TargetedPerMillionQuery query;

    @Autowired
    IncidentQuery incidents;

    @Autowired
    DatasetQuery dataset;

    private String currentVersion() {
        return dataset.currentRelease().version();
    }

    /** Opens an address as a reader's browser would, query string included. */
    private CompareView open(String location) {
        int query = location.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? location : location.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(location.substring(query + 1)));
        // the tab sheet shows the selected tab's content when the response is written
        roundTrip();
        return (CompareView) getCurrentView();
    }

    private static String currentAddress() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** The snippet frames the embed with the view's own filters, titled as the chart, tall enough for its bars. */
    @Test
    void embedGivesTheFrameOfThisChartWithItsFilters() {
        CompareView view = open(WHATSAPP_2019 + "&denominator=internet_users");
        EmbedButton embed = find(EmbedButton.class, view).single();

        String snippet = embed.snippet();

        assertThat(snippet).startsWith("<iframe src=\"")
                .contains("/embed/compare?denominator=internet_users&amp;incident=WA2019&amp;from=2019&amp;to=2019\"")
                .contains("title=\"" + view.chartTitle.getText() + "\"")
                .contains("height=\"" + EmbedButton.heightForBars(view.ratesChart.getOption().series()
                        .getFirst().data().size()) + "\"")
                .endsWith("></iframe>");
    }

    @Test
    void theFoundingCaseShowsEveryCountryOfTheCampaignWithItsRate() {
        CompareView view = open(WHATSAPP_2019_TABLE);
        var grid = test(view.grid);
        int india = rowOf(view, "India");

        assertThat(grid.size()).isEqualTo(query.count(ExposureFilter.whatsApp2019())).isGreaterThan(15);
        assertThat(text(grid.getCellComponent(india, "targeted"))).isEqualTo("121");
        // each rate says how exact it is: 121 over about 400 million, about 1,400 over at least 1.5 billion
        assertThat(text(grid.getCellComponent(india, "rate"))).isEqualTo("about 0.30");
        assertThat(text(grid.getCellComponent(rowOf(view, "Worldwide"), "rate"))).isEqualTo("at most about 0.93");
        assertThat(text(grid.getCellComponent(india, "users"))).startsWith("about 400 million (2019-11)");
        // no WhatsApp figure for Bahrain: the row says so in words, not only on hover
        assertThat(text(grid.getCellComponent(rowOf(view, "Bahrain"), "rate")))
                .isEqualTo("n/a" + RateUnavailable.NO_USER_BASE_NEARBY.label());
        assertThat(view.title.getText())
                .isEqualTo("People targeted (notified by the platform) per million platform users");
    }

    @Test
    void theBarChartAndTheScatterDrawTheRowsThatHaveARate() {
        CompareView view = open(WHATSAPP_2019);
        ChartOption bars = view.ratesChart.getOption();
        var withRate = query.find(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST, 0,
                Integer.MAX_VALUE).stream()
                .filter(row -> row.perMillion() != null).toList();

        assertThat(bars.yAxis().data()).containsExactlyElementsOf(
                withRate.stream().map(row -> row.area().name()).toList()).contains("Worldwide", "India");
        assertThat(bars.series().getFirst().data()).extracting(ChartOption.DataPoint::value)
                .containsExactlyElementsOf(withRate.stream().map(row -> (Object) row.perMillion()).toList());
        ChartOption.DataPoint india = bars.series().getFirst().data().get(bars.yAxis().data().indexOf("India"));
        assertThat(india.label().formatter()).isEqualTo("about 0.30 (121)");
        assertThat(india.tooltip().formatter()).startsWith("India: 121 people")
                .contains("about 0.30 per million WhatsApp");
        // Mexico's 77 million and Israel's 6.7 million WhatsApp users are unverified estimates: their bars say so by
        // colour and hatching, and the chart's title, which Israel heads, says so in words
        ChartOption.DataPoint mexico = bars.series().getFirst().data().get(bars.yAxis().data().indexOf("Mexico"));
        assertThat(mexico.itemStyle().color()).isEqualTo(ChartOption.UNVERIFIED_COLOUR);
        assertThat(mexico.itemStyle().decal()).isNotNull();
        assertThat(india.itemStyle().color()).isEqualTo(ChartOption.VERIFIED_COLOUR);
        assertThat(view.chartTitle.getText()).isEqualTo("Israel: 7.61 people notified by the platform per million "
                + "WhatsApp users, 2019 — the highest of 11 figures with a rate (rests on an unverified user figure)");
        assertThat(bars.aria().label().description()).isEqualTo(view.chartTitle.getText());
        assertThat(view.sourceLine.getText()).startsWith("Sources: ").contains("dataset " + currentVersion());

        ChartOption scatter = view.scatterChart.getOption();
        assertThat(scatter.series().getFirst().data()).hasSameSizeAs(withRate)
                .anySatisfy(point -> assertThat(point.value()).isEqualTo(
                        java.util.List.of(BigDecimal.valueOf(400_000_000L), BigDecimal.valueOf(121))));
    }

    @Test
    void clickingABarOpensItsSentenceHowExactItIsAndBothSources() {
        CompareView view = open(WHATSAPP_2019);
        int worldwide = view.ratesChart.getOption().yAxis().data().indexOf("Worldwide");

        ChartClicks.clickItem(view.ratesChart, worldwide);

        RateDialog dialog = (RateDialog) find(Dialog.class).single();
        String text = dialog.getElement().getTextRecursively();
        assertThat(text).contains("at most about 0.93 per million WhatsApp users")
                .contains("How exact: at most about. An upper bound")
                .contains("approximately 1,400 users")
                .contains("over 1.5 billion");
        // a position the chart never drew opens nothing
        dialog.close();
        ChartClicks.clickItem(view.ratesChart, 1000);
        ChartClicks.clickItem(view.ratesChart, -1);
        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
    }

    @Test
    void theScatterIsLogarithmicWhenItsValuesSpanOrdersOfMagnitudeUnlessLinearIsChosen() {
        CompareView automatic = open(WHATSAPP_2019);
        assertThat(automatic.filterBar.scale.getValue()).isEqualTo(CompareState.Scale.AUTO);
        assertThat(automatic.scatterChart.getOption().xAxis().type()).isEqualTo("log");
        assertThat(automatic.scatterChart.getOption().yAxis().type()).isEqualTo("log");
        assertThat(automatic.ratesChart.getOption().xAxis().type()).isEqualTo("value");

        CompareView linear = open(WHATSAPP_2019 + "&scale=linear");
        assertThat(linear.scatterChart.getOption().xAxis().type()).isEqualTo("value");

        CompareView log = open(WHATSAPP_2019 + "&scale=log");
        assertThat(log.ratesChart.getOption().xAxis().type()).isEqualTo("log");
        assertThat(log.ratesChart.getOption().xAxis().startValue()).isEqualByComparingTo("0.01");
    }

    @Test
    void theBarsNotesDescribeTheScaleTheyAreDrawnOn() {
        CompareView automatic = open(WHATSAPP_2019);
        assertThat(automatic.ratesNotes.getText()).startsWith(RateCharts.BAR_NOTES).doesNotContain("diamond");
        assertThat(automatic.caption.notes()).isEqualTo(RateCharts.BAR_NOTES);
        assertThat(automatic.caption.hint()).startsWith("Tap or point at a bar");

        CompareView log = open(WHATSAPP_2019 + "&scale=log");
        assertThat(log.ratesNotes.getText()).startsWith("Logarithmic scale: each rate is a dot on a thin stem")
                .contains("Orange diamonds");
        assertThat(log.caption.notes()).isEqualTo(RateCharts.LOG_BAR_NOTES);
        // a logarithmic chart has no bars to point at: the hint names what it draws
        assertThat(log.caption.hint()).startsWith("Tap or point at a dot");
        assertThat(log.ratesNotes.getText()).endsWith(log.caption.hint()).doesNotContain(" a bar ");
    }

    @Test
    void figuresAcrossSeveralPlatformsNoLongerTopThePlatformRanking() {
        CompareView view = open("compare");

        // Google's own warnings to its users top the ranking, not Meta's notices across platforms
        assertThat(view.overview.getText()).contains("Highest: Worldwide")
                .contains("per million Google Workspace monthly active users (Google gov-backed warnings 2021")
                .doesNotContain("Meta takedown, 2021)");
        assertThat(view.ratesChart.getOption().yAxis().data()).noneMatch(bar -> bar.contains("Meta takedown"));
        assertThat(find(ListItem.class, view.sentences).all()).extracting(ListItem::getText)
                .anyMatch(sentence -> sentence.startsWith("Worldwide: about 50,000 people notified by the platform")
                        && sentence.contains("no rate: The people counted are not one platform's users"));
    }

    @Test
    void everyFigureIsAlsoASentenceAndTheChartHasOneInWordsAboveIt() {
        CompareView view = open(WHATSAPP_2019);

        ExposureFilter shown = ExposureFilter.whatsApp2019();
        assertThat(find(ListItem.class, view.sentences).all()).extracting(ListItem::getText)
                .hasSize(query.count(shown))
                .contains("India: 121 people notified by the platform in 2019 (Pegasus via WhatsApp, 2019) — about "
                        + "0.30 per million WhatsApp users (about 400 million, 2019-11).")
                .contains("Worldwide: about 1,400 people notified by the platform in 2019 (Pegasus via WhatsApp, "
                        + "2019) — at most about 0.93 per million WhatsApp users (at least 1.5 billion, 2019-11).");
        assertThat(view.overview.getText()).startsWith("%d figures, %d with a rate. Highest: Israel"
                .formatted(query.count(shown), query.countWithRate(shown)));
    }

    @Test
    void policymakerClicksIndiasNumberAndReadsTheVerbatimQuote() {
        CompareView view = open(WHATSAPP_2019_TABLE);
        Button indiaCount = (Button) test(view.grid).getCellComponent(rowOf(view, "India"), "targeted");

        test(indiaCount).click();

        SourceDialog dialog = (SourceDialog) find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Source: people targeted, India");
        assertThat(find(Span.class, dialog).all()).extracting(Span::getText)
                .contains("“Sources said WhatsApp had informed the Centre in September that 121 Indian users "
                        + "were targeted by Pegasus.”");
        assertThat(find(Anchor.class, dialog).single().getHref())
                .startsWith("https://www.newindianexpress.com/nation/2019/nov/03/");
    }

    @Test
    void competingFiguresAreOneClickAwayBesideThePreferredOnes() {
        CompareView view = open(WHATSAPP_2019_TABLE);
        Component competing = test(view.grid).getCellComponent(rowOf(view, "Morocco"), "competing");
        Button wire = find(Button.class, competing).single();

        assertThat(wire.getText()).isEqualTo("60 — thewire.in");
        test(wire).click();
        assertThat(find(Span.class, find(Dialog.class).single()).all()).extracting(Span::getText)
                .anyMatch(text -> text.contains("Morocco (60)"));
    }

    @Test
    void csvAsShownHasTheTablesRowsAndColumns() {
        CompareView view = open(WHATSAPP_2019);

        String csv = download(view.downloadCsv);
        assertThat(csv.lines().findFirst()).hasValue("Area,Incident,People targeted,Stated as,Counted in,Count kind,"
                + "Count verified,Divided by,Users,Users stated as,Users as of,Users verified,User figure from,"
                + "Per million,Rate is,Rate as shown,No rate because,Also reported,Count from,Count from (address),"
                + "Users from,Users from (address)");
        TargetedPerMillion india = query.find(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST, 0,
                Integer.MAX_VALUE).stream().filter(row -> "IN".equals(row.area().countryIso2())).findFirst()
                .orElseThrow();
        assertThat(csv.lines()).hasSize(1 + query.count(ExposureFilter.whatsApp2019()))
                .anyMatch(line -> line.startsWith("India,\"Pegasus via WhatsApp, 2019\",121,exact,people,"
                        + "Notified by the platform,verified,WhatsApp users,400000000,about,2019-11,verified,"
                        + "the same years,0.302500,about,about 0.30,,at least 100 (Scroll.in),")
                        // each number's source travels with it
                        && line.contains(india.figureSource().url()) && line.contains(india.userBase().source().url()))
                .anyMatch(line -> line.startsWith("Worldwide,") && line.contains(",at most about,at most about 0.93,"));
    }

    @Test
    void csvFullHasEveryFigureOfTheKindWithSourcesAndQuotes() {
        CompareView view = open(WHATSAPP_2019);

        String csv = download(view.downloadFullCsv);
        assertThat(csv.lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .contains("figure_source_quote", "users_source_url"));
        // all incidents, countries and years of notified-by-platform figures, not only WhatsApp 2019's 17
        assertThat(csv.lines().count() - 1).isEqualTo(query.count(ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM)))
                .isGreaterThan(17);
        assertThat(csv).contains("Meta surveillance-for-hire takedown");
    }

    @Test
    void theExcelOptionAddsAByteOrderMarkToTheCsv() {
        CompareView view = open(WHATSAPP_2019);
        view.forExcel.setValue(true);

        assertThat(download(view.downloadCsv)).startsWith("\uFEFFArea,");
        view.forExcel.setValue(false);
        assertThat(download(view.downloadCsv)).startsWith("Area,");
    }

    @Test
    void theReportHoldsTheDataItsMetadataAndACitation() throws Exception {
        CompareView view = open(WHATSAPP_2019);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(view.downloadReport).download(out);

        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("data.csv", "metadata.json", "README.txt");
        assertThat(files.get("data.csv").lines()).hasSize(1 + query.count(ExposureFilter.whatsApp2019()));
        var metadata = tools.jackson.databind.json.JsonMapper.builder().build().readTree(files.get("metadata.json"));
        assertThat(metadata.get("dataset_version").asString()).isEqualTo(currentVersion());
        assertThat(metadata.get("view_url").asString()).contains("compare?").contains("incident=WA2019");
        assertThat(metadata.get("filters").get("count_kind").asString()).isEqualTo("notified_by_platform");
        assertThat(metadata.get("columns")).anySatisfy(column -> {
            assertThat(column.get("name").asString()).isEqualTo("targeted_per_million_users");
            assertThat(column.get("unit").asString()).isEqualTo("people per million");
        });
        assertThat(metadata.get("sources")).anySatisfy(source -> assertThat(source.get("url").asString())
                .startsWith("https://www.newindianexpress.com/"));
        assertThat(files.get("README.txt")).contains("How to cite:", "dataset " + currentVersion(),
                "People targeted (notified by the platform) per million platform users");
        // the rows' incident's caveats travel with them, after the note every comparison carries
        var wa2019 = incidents.detail("WA2019").orElseThrow();
        String caveat = wa2019.name() + ": " + wa2019.caveats().lines().findFirst().orElseThrow();
        assertThat(metadata.get("read_with_care").get(0).asString()).startsWith("Counts of different kinds");
        assertThat(metadata.get("read_with_care")).anySatisfy(note -> assertThat(note.asString()).startsWith(caveat));
        assertThat(files.get("README.txt")).contains("What each incident's page says to read its figures with:",
                caveat);
    }

    private String download(Anchor anchor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(anchor).download(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFilterIsWrittenToTheAddressAndReadBackFromIt() {
        CompareView view = open("compare");
        assertThat(currentAddress()).isEqualTo("compare");

        test(view.filterBar.kind).selectItem(CountKind.LEAKED_LIST_ENTRIES.label());
        assertThat(currentAddress()).isEqualTo("compare?kind=leaked_list_entries");
        test(view.filterBar.per).selectItem(Denominator.INTERNET_USERS.label());
        assertThat(currentAddress()).isEqualTo("compare?kind=leaked_list_entries&denominator=internet_users");
        test(view.filterBar.platform).selectItem("WhatsApp");
        assertThat(currentAddress()).contains("platform=WhatsApp");
        test(view.filterBar.platform).selectItem("Any");
        view.filterBar.incidents.setValue(Set.of(new Choice("PP2021", "Pegasus Project list")));
        view.filterBar.countries.setValue(Set.of(new Choice("IN", "India"), new Choice("HU", "Hungary")));
        // choosing countries asks for their figures: the worldwide ones leave until asked for again
        assertThat(view.filterBar.worldwide.getValue()).isFalse();
        assertThat(view.chartSubtitle.getText()).endsWith("Only: 1 incident · 2 countries.");
        view.filterBar.worldwide.setValue(true);
        assertThat(currentAddress()).contains("worldwide=true");
        assertThat(view.chartSubtitle.getText()).endsWith("Only: 1 incident · 2 countries and worldwide figures.");
        view.filterBar.worldwide.setValue(false);
        view.filterBar.fromYear.setValue(2016);
        view.filterBar.toYear.setValue(2021);
        view.filterBar.scale.setValue(CompareState.Scale.LOG);
        view.tabs.setSelectedTab(view.tableTab);

        String address = currentAddress();
        assertThat(address).startsWith("compare?");
        assertThat(QueryParameters.fromString(address.substring("compare?".length())).getParameters())
                .isEqualTo(java.util.Map.of("kind", java.util.List.of("leaked_list_entries"),
                        "denominator", java.util.List.of("internet_users"), "incident", java.util.List.of("PP2021"),
                        "country", java.util.List.of("HU", "IN"), "from", java.util.List.of("2016"),
                        "to", java.util.List.of("2021"),
                        "scale", java.util.List.of("log"), "tab", java.util.List.of("table")));

        CompareView reopened = open(address);
        assertThat(reopened.filterBar.kind.getValue()).isEqualTo(CountKind.LEAKED_LIST_ENTRIES);
        assertThat(reopened.filterBar.per.getValue()).isEqualTo(Denominator.INTERNET_USERS);
        assertThat(reopened.filterBar.incidents.getValue()).extracting(Choice::id).containsExactly("PP2021");
        assertThat(reopened.filterBar.countries.getValue()).extracting(Choice::id)
                .containsExactlyInAnyOrder("HU", "IN");
        assertThat(reopened.filterBar.fromYear.getValue()).isEqualTo(2016);
        assertThat(reopened.filterBar.toYear.getValue()).isEqualTo(2021);
        assertThat(reopened.filterBar.worldwide.getValue()).isFalse();
        assertThat(reopened.filterBar.scale.getValue()).isEqualTo(CompareState.Scale.LOG);
        assertThat(reopened.tabs.getSelectedTab()).isEqualTo(reopened.tableTab);
        assertThat(reopened.ratesChart.getOption().xAxis().type()).isEqualTo("log");
        assertThat(test(reopened.grid).size()).isEqualTo(2);
    }

    @Test
    void aLinkWithUnreadableValuesShowsDefaultsAndSaysWhatWasIgnored() {
        CompareView view = open("compare?kind=rumour&from=abc&country=XX&incident=NOPE&scale=huge");

        assertThat(view.ignoredParameters.isVisible()).isTrue();
        assertThat(view.ignoredParameters.getElement().getTextRecursively())
                .contains("kind must be one of", "not \"rumour\"", "from must be a year", "not \"abc\"",
                        "There is no country XX", "There is no incident \"NOPE\"", "not \"huge\"");
        assertThat(view.filterBar.kind.getValue()).isEqualTo(CountKind.NOTIFIED_BY_PLATFORM);
        assertThat(view.filterBar.countries.getValue()).isEmpty();
        assertThat(test(view.grid).size()).isPositive();
    }

    /** Links written before the views and the API shared their parameter names keep opening the same view. */
    @Test
    void anOlderLinksPerAndWorldwideNoStillOpenTheSameView() {
        CompareView view = open("compare?kind=leaked_list_entries&per=internet_users&worldwide=no");

        assertThat(view.filterBar.per.getValue()).isEqualTo(Denominator.INTERNET_USERS);
        assertThat(view.filterBar.worldwide.getValue()).isFalse();
        assertThat(view.ignoredParameters.isVisible()).isFalse();
    }

    /** The platform is resolved by the query: only incidents through it, as the data API's platform= gives. */
    @Test
    void aPlatformNarrowsToTheIncidentsThroughIt() {
        CompareView view = open("compare?platform=whatsapp&tab=table");

        assertThat(view.filterBar.platform.getValue()).isEqualTo("WhatsApp");
        assertThat(view.filterPanel.getElement().getTextRecursively()).contains("through WhatsApp");
        // the chart's title ranks these rows only, and its words (printed on the PNG and SVG) say so
        assertThat(view.chartSubtitle.getText()).endsWith("Only: incidents through WhatsApp.");
        Set<String> throughWhatsApp = incidents.find(new IncidentFilter(null, null, "WhatsApp", null, null, null,
                null), IncidentSort.NEWEST_FIRST, 0, 1000).stream().map(IncidentSummary::id)
                .collect(java.util.stream.Collectors.toSet());
        var grid = test(view.grid);
        Set<String> shown = new java.util.TreeSet<>();
        for (int row = 0; row < grid.size(); row++) {
            shown.add(grid.getRow(row).incidentId());
        }
        assertThat(shown).contains("WA2019").isSubsetOf(throughWhatsApp);
        int throughPlatform = grid.size();
        // the same view shows every row again, and its words no longer say "only"
        CompareView everything = open("compare?tab=table");
        assertThat(throughPlatform).isLessThan(test(everything.grid).size());
        assertThat(everything.chartSubtitle.getText()).doesNotContain("Only:");
    }

    @Test
    void aLeakedListIsNeverDividedByOnePlatformsUsers() {
        CompareView view = open("compare?kind=leaked_list_entries&incident=PP2021&country=MX&worldwide=no&tab=table");
        var grid = test(view.grid);

        assertThat(grid.size()).isEqualTo(1);
        Component rate = grid.getCellComponent(0, "rate");
        assertThat(text(rate)).isEqualTo("n/a" + RateUnavailable.NOT_ONE_PLATFORM.label());
        assertThat(rate.getElement().getAttribute("title")).isEqualTo(RateUnavailable.NOT_ONE_PLATFORM.explanation());
        assertThat(view.ratesChart.getOption().series().getFirst().data()).isEmpty();
    }

    private int rowOf(CompareView view, String area) {
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).area().name().equals(area)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + area);
    }

    private static String text(Component cell) {
        return cell.getElement().getTextRecursively();
    }
}
