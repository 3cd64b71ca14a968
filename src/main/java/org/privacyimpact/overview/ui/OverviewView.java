package org.privacyimpact.overview.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.common.address.Addresses;
import org.privacyimpact.common.address.BriefAddresses;
import org.privacyimpact.common.address.EmbedAddresses;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetStatistics;
import org.privacyimpact.dataset.SharedCountryNames;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureParameters;
import org.privacyimpact.exposure.ExposureReport;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.ExposureSummary;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionCsv;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.exposure.ui.RateCharts;
import org.privacyimpact.exposure.ui.RateDialog;
import org.privacyimpact.overview.OverviewFigures;
import org.privacyimpact.ui.CopyLinkButton;
import org.privacyimpact.ui.DownloadBar;
import org.privacyimpact.ui.EmbedButton;
import org.privacyimpact.ui.IgnoredParameters;
import org.privacyimpact.ui.MainLayout;
import org.privacyimpact.ui.Routes;
import org.privacyimpact.ui.SourceDialog;
import org.privacyimpact.ui.chart.ChartCaption;
import org.privacyimpact.ui.chart.ChartOption;
import org.privacyimpact.ui.chart.ChartPanel;
import org.privacyimpact.ui.chart.EChart;

/**
 * The dataset at a glance: headline cards that lead with people (each kind's largest figure, in words; never a
 * total across kinds), the countries' highest rates on a map and as bars for a chosen kind and denominator, and
 * incidents by the year they were first reported. The kind and denominator live in the address
 * (?kind=…&denominator=…; older links' per=… still reads).
 */
@Route(Routes.OVERVIEW)
@Menu(title = "Overview", order = MainLayout.VIEWS)
@PageTitle("Overview — Privacy Impact Dashboard")
@AnonymousAllowed
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final OverviewFigures figures;
    private final TargetedPerMillionQuery exposure;
    private final DatasetQuery dataset;
    private final SharedCountryNames countryNames;
    private final String datasetVersion;
    /** Where the dashboard is served from, as the browser sees it, for the report's link back to the view. */
    private String origin = "";
    private OverviewChoice choice = OverviewChoice.DEFAULT;
    private boolean showing;
    /** What a click on the map or a bar opens: the map's countries and the top chart's figures, in drawing order. */
    private List<String> mapCountries = List.of();
    private List<Long> topFigures = List.of();

    final HeadlineCards cards = new HeadlineCards();
    final IgnoredParameters ignoredParameters = new IgnoredParameters();
    final EChart mapChart = new EChart();
    /** Each chart's table, built the first time its Table tab is opened (ChartPanel); null until then. */
    Grid<RateRow> mapTable;
    final ChartPanel mapPanel;
    final Select<CountKind> kindSelect = new Select<>();
    final Select<Denominator> perSelect = new Select<>();
    final EChart topChart = new EChart();
    Grid<RateRow> topTable;
    final ChartPanel topPanel;
    final EChart timelineChart = new EChart();
    Grid<TimelineRow> timelineTable;
    final ChartPanel timelinePanel;

    public OverviewView(OverviewFigures figures, TargetedPerMillionQuery exposure, TargetedPerMillionCsv csv,
                        ExposureReport report, DatasetQuery dataset, SharedCountryNames countryNames) {
        this.figures = figures;
        this.exposure = exposure;
        this.dataset = dataset;
        this.countryNames = countryNames;
        OverviewFigures.Headline headline = figures.headline();
        this.datasetVersion = headline.datasetVersion();
        // a session keeps what the page shows, not what it was built from (heap per session, BENCHMARKS.md)
        DatasetStatistics statistics = headline.statistics();
        UI.getCurrent().getPage().fetchCurrentURL(url -> origin = url.getProtocol() + "://" + url.getAuthority());
        addClassName("view");
        setPadding(false);

        add(new H2(OverviewWords.QUESTION), new Paragraph(OverviewWords.INTRODUCTION), ignoredParameters);
        add(cards);
        DownloadBar briefs = new DownloadBar();
        briefs.document(OverviewWords.WORLD_BRIEF, "download-world-brief", OverviewWords.WORLD_BRIEF_DESCRIPTION,
                BriefAddresses.world());
        add(briefs);

        kindSelect.setLabel("Count kind");
        kindSelect.setItems(statistics.kinds().stream().map(DatasetStatistics.KindStatistics::kind).toList());
        kindSelect.setItemLabelGenerator(CountKind::label);
        kindSelect.addValueChangeListener(event -> changed());
        perSelect.setLabel("Per million");
        perSelect.setItems(Denominator.values());
        perSelect.setItemLabelGenerator(Denominator::label);
        perSelect.addValueChangeListener(event -> changed());
        FlexLayout controls = new FlexLayout(kindSelect, perSelect, new CopyLinkButton());
        controls.addClassName("filter-bar");
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(controls);

        mapChart.addClassName("world-map");
        mapChart.setHeight(null);
        mapChart.addItemClickListener(this::openCountry);
        mapPanel = new ChartPanel(mapChart,
                () -> mapTable = rateTable("Each country's highest rate (the map's numbers)"));
        add(mapPanel);

        topChart.addItemClickListener(index -> openFigure(topFigures, index));
        topPanel = new ChartPanel(topChart, () -> topTable = rateTable("Highest rates by country"));
        add(topPanel, new Paragraph(new Anchor(Routes.COMPARE, "Compare every country, with filters")));

        timelineChart.setHeight("18rem");
        timelinePanel = new ChartPanel(timelineChart, () -> timelineTable = timelineTable());
        add(timelinePanel, new Paragraph(new Anchor(Routes.INCIDENTS, "All incidents"), new Span(" · "),
                new Anchor(Routes.METHODOLOGY, "How the numbers are made, and what to read with care")));

        Supplier<ExposureFilter> shown = () -> choice.filter();
        mapPanel.downloads().csv("CSV, as shown", "download-csv",
                "A row per country as the map colours it: its highest rate, or why it has none",
                () -> csv.fileName(shown.get()).replace(".csv", "-map.csv"),
                out -> csv.writeAsShown(figures.rates(shown.get()).mapDrawn(), out));
        topPanel.downloads().csv("CSV, as shown", "download-csv", "The chart's rows, in its table's words",
                () -> csv.fileName(shown.get()).replace(".csv", "-highest.csv"),
                out -> csv.writeAsShown(figures.rates(shown.get()).top(), out));
        for (ChartPanel panel : List.of(mapPanel, topPanel)) {
            DownloadBar downloads = panel.downloads();
            downloads.csv("CSV, full", "download-csv-full", "The same with worldwide figures, every source and quote",
                    () -> csv.fileName(shown.get()).replace(".csv", "-full.csv"),
                    out -> csv.write(shown.get().withWorldwide(true), ExposureSort.HIGHEST_RATE_FIRST, out));
            downloads.zip("Report (.zip)", "download-report",
                    "data.csv with sources and quotes, metadata.json with filters, units and sources, README",
                    () -> report.fileName(shown.get()),
                    out -> report.write(shown.get(), ExposureSort.HIGHEST_RATE_FIRST,
                            "People targeted (" + choice.kind().label().toLowerCase() + ") per million "
                                    + choice.denominator().label() + ", by country", address(), out));
        }
        timelinePanel.downloads().csv("CSV", "download-csv", "Incidents by the year first reported",
                () -> "incidents-by-year.csv", out -> {
                    try (var table = new org.privacyimpact.export.SpreadsheetSafeCsv(out,
                            List.of("year_first_reported", "incidents", "which"))) {
                        dataset.incidentNamesByYear().forEach((year, names) -> table.printRow(year, names.size(),
                                String.join("; ", names)));
                    }
                });
        mapPanel.addImageButtons("rates-map", this::address);
        mapPanel.downloads().add(new EmbedButton(() -> Addresses.withQuery(origin + EmbedAddresses.MAP,
                choice.parameters()), () -> mapPanel.caption().title(),
                () -> EmbedButton.FIXED_CHART_HEIGHT));
        topPanel.addImageButtons("highest-rates", this::address);
        timelinePanel.addImageButtons("incidents-by-year", () -> origin + "/incidents");
        cards.show(statistics);
        showTimeline(statistics);
    }

    /** This view's address with its kind and denominator, as a reader would copy it. */
    private String address() {
        String query = new QueryParameters(choice.parameters()).getQueryString();
        return origin + "/" + (query.isEmpty() ? "" : "?" + query);
    }

    private void changed() {
        if (showing || kindSelect.getValue() == null || perSelect.getValue() == null) {
            return;
        }
        UI.getCurrent().navigate(OverviewView.class, new QueryParameters(
                new OverviewChoice(kindSelect.getValue(), perSelect.getValue()).parameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AddressReader reader = AddressReader.lenient(event.getLocation().getQueryParameters().getParameters());
        choice = OverviewChoice.read(reader);
        ignoredParameters.show(reader.ignored());
        showing = true;
        try {
            kindSelect.setValue(choice.kind());
            perSelect.setValue(choice.denominator());
        } finally {
            showing = false;
        }
        showRates();
    }

    private void showRates() {
        ExposureFilter filter = choice.filter();
        OverviewFigures.Rates rates = figures.rates(filter);
        showMap(filter);
        List<TargetedPerMillion> top = rates.top();
        ChartCaption caption = OverviewWords.topChart(choice, rates, datasetVersion);
        topChart.setOption(RateCharts.bars(top, choice.denominator(), true, false, caption.title()));
        topChart.getElement().getStyle().set("--rows", String.valueOf(Math.max(top.size(), 3)));
        topChart.addClassName("rate-bars");
        topChart.setHeight(null);
        topFigures = top.stream().map(TargetedPerMillion::figureId).toList();
        topPanel.showRowsWhenOpened(() -> topTable,
                () -> figures.rates(filter).top().stream().map(RateRow::of).toList());
        topPanel.setCaption(caption);
    }

    private void showMap(ExposureFilter filter) {
        OverviewMap map = OverviewMap.of(choice, figures, countryNames.byNumericCode(), datasetVersion);
        mapChart.setOption(map.option());
        mapCountries = map.rates().mapDrawn().stream().map(row -> row.area().countryIso2()).toList();
        mapPanel.showRowsWhenOpened(() -> mapTable,
                () -> figures.rates(filter).mapDrawn().stream().map(RateRow::of).toList());
        mapPanel.setCaption(map.caption());
    }

    /** A country on the map: its page, with the same denominator. */
    private void openCountry(int index) {
        if (index < 0 || index >= mapCountries.size()) {
            return;
        }
        UI.getCurrent().navigate(Routes.country(mapCountries.get(index)), new QueryParameters(
                ExposureParameters.write(ExposureParameters.DEFAULT.withDenominator(choice.denominator()))));
    }

    /** A bar or a table's number: its sentence and both sources, read again for that one figure. */
    private void openFigure(List<Long> figures, int index) {
        if (index >= 0 && index < figures.size()) {
            exposure.figure(figures.get(index), choice.denominator()).ifPresent(row -> new RateDialog(row).open());
        }
    }

    /**
     * A table row as shown: its texts, and the figure to read again when a number is clicked. The session keeps
     * these rather than the rows they come from, whose sources, quotes and competing figures the tables do not
     * show (heap per session, BENCHMARKS.md).
     */
    record RateRow(long figureId, String countryIso2, String country, String incident, String targeted,
                   boolean targetedUnverified, String dividedBy, BigDecimal perMillion, String rate,
                   boolean rateUnverified) {

        static RateRow of(TargetedPerMillion row) {
            return new RateRow(row.figureId(), row.area().countryIso2(), row.area().name(), row.incidentShortName(),
                    row.describeTargeted(), !row.figureVerified(),
                    row.userBase() == null ? "—" : row.userBase().describe() + " "
                            + ExposureSummary.denominatorWords(row.userBase())
                            + (row.userBase().verified() ? "" : " (unverified)"),
                    row.perMillion(), row.perMillion() == null
                            ? "n/a: " + row.rateUnavailable().label() : row.describeRate(),
                    row.restsOnUnverified());
        }
    }

    /**
     * Country first and frozen, then the rate and the people counted, so that on a phone the numbers a reader
     * came for stay in view while the rest scrolls sideways. Every number opens its sentence and sources.
     */
    private Grid<RateRow> rateTable(String accessibleName) {
        Grid<RateRow> table = new Grid<>();
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.getElement().setAttribute("aria-label", accessibleName);
        table.addComponentColumn(row -> new Anchor(Routes.country(row.countryIso2()), row.country()))
                .setHeader("Country").setKey("country").setFrozen(true).setWidth("7.5rem").setFlexGrow(1);
        table.addComponentColumn(row -> number(row.rate(), row.rateUnverified(), row, "rate per million"))
                .setHeader("Per million").setKey("rate").setTextAlign(ColumnTextAlign.END).setWidth("7rem")
                .setFlexGrow(1);
        table.addComponentColumn(row -> number(row.targeted(), row.targetedUnverified(), row, "people targeted"))
                .setHeader("People targeted").setKey("targeted").setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem").setFlexGrow(1);
        table.addColumn(RateRow::incident).setHeader("Incident").setKey("incident").setWidth("10rem").setFlexGrow(2);
        table.addColumn(RateRow::dividedBy).setHeader("Divided by").setKey("users").setWidth("12rem").setFlexGrow(2);
        return table;
    }

    /** A number that opens its figure's sentence and sources, marked when it is itself unverified. */
    private Component number(String text, boolean unverified, RateRow row, String what) {
        Button button = new Button(text, event -> exposure.figure(row.figureId(), choice.denominator())
                .ifPresent(found -> new RateDialog(found).open()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("figure-link");
        button.getElement().setAttribute("aria-label", text + ": " + what + ", " + row.country()
                + "; show the sentence and sources");
        return unverified ? new Span(button, SourceDialog.verifiedBadge(false)) : button;
    }

    /** One year of the timeline as shown: how many incidents, and the first few names. */
    record TimelineRow(int year, int incidents, String which) {

        static TimelineRow of(DatasetStatistics.YearCount year) {
            int unnamed = year.incidents() - year.firstNames().size();
            return new TimelineRow(year.year(), year.incidents(), String.join("; ", year.firstNames())
                    + (unnamed > 0 ? "; and %,d more (all in the CSV)".formatted(unnamed) : ""));
        }
    }

    private void showTimeline(DatasetStatistics statistics) {
        List<TimelineRow> rows = everyYear(statistics.incidentsByYear().stream().map(TimelineRow::of).toList());
        var busiest = statistics.incidentsByYear().stream()
                .max(java.util.Comparator.comparingInt(DatasetStatistics.YearCount::incidents));
        int dated = statistics.incidentsByYear().stream().mapToInt(DatasetStatistics.YearCount::incidents).sum();
        String title = busiest.map(year -> dated + " incidents, first reported between "
                + statistics.incidentsByYear().getFirst().year() + " and "
                + statistics.incidentsByYear().getLast().year() + "; the most in " + year.year() + " ("
                + year.incidents() + ")").orElse("No incident has a dated source yet");
        timelineChart.setOption(ChartOption.columns("Year first reported", "Incidents", "Incidents",
                rows.stream().map(year -> new ChartOption.Bar(String.valueOf(year.year()),
                        BigDecimal.valueOf(year.incidents()), String.valueOf(year.incidents()),
                        year.year() + ": " + year.which(), false)).toList(), title));
        timelinePanel.showRowsWhenOpened(() -> timelineTable, () -> rows);
        timelinePanel.setCaption(new ChartCaption(title, "Each incident counted once, in the year of the earliest "
                + "dated source about it." + undated(statistics.incidents() - dated), "",
                "Tap or point at a bar for the incidents' names; the Table tab lists them.",
                "Sources: the dated sources of each incident. Collected by the Privacy Impact Dashboard, dataset "
                        + datasetVersion));
    }

    /** Why the bars add up to fewer incidents than the dataset has: some cite no dated source. */
    static String undated(int incidents) {
        return incidents == 0 ? "" : incidents == 1
                ? " One incident cites no dated source, so it has no year and is not shown; All incidents lists it."
                : " %,d incidents cite no dated source, so they have no year and are not shown; All incidents "
                        .formatted(incidents) + "lists them.";
    }

    /**
     * The years with incidents and the years between them, which have none: an axis that went from 2014 straight
     * to 2019 would hide the gap.
     */
    static List<TimelineRow> everyYear(List<TimelineRow> years) {
        List<TimelineRow> all = new ArrayList<>();
        for (TimelineRow year : years) {
            int next = all.isEmpty() ? year.year() : all.getLast().year() + 1;
            for (int missing = next; missing < year.year(); missing++) {
                all.add(new TimelineRow(missing, 0, "none"));
            }
            all.add(year);
        }
        return all;
    }

    private static Grid<TimelineRow> timelineTable() {
        Grid<TimelineRow> table = new Grid<>();
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.getElement().setAttribute("aria-label", "Incidents by the year they were first reported");
        table.addColumn(TimelineRow::year).setHeader("Year first reported");
        table.addColumn(TimelineRow::incidents).setHeader("Incidents")
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(TimelineRow::which).setHeader("Which").setFlexGrow(4);
        return table;
    }
}
