package org.privacyimpact.overview.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetStatistics;
import org.privacyimpact.dataset.ui.MethodologyView;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureReport;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.ExposureSummary;
import org.privacyimpact.exposure.RateFormat;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionCsv;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.exposure.ui.CompareView;
import org.privacyimpact.incident.ui.IncidentsView;
import org.privacyimpact.ui.CopyLinkButton;
import org.privacyimpact.ui.Downloads;
import org.privacyimpact.ui.chart.ChartOption;
import org.privacyimpact.ui.chart.ChartPanel;
import org.privacyimpact.ui.chart.EChart;

/**
 * The dataset at a glance: headline numbers by count kind (never one total across kinds), the countries with
 * the highest rate for a chosen kind and denominator, and incidents by the year they were first reported. The
 * kind and denominator live in the address (?kind=…&per=…).
 */
@Route("")
@PageTitle("Overview — Privacy Impact Dashboard")
@AnonymousAllowed
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    static final int TOP = 10;

    private final TargetedPerMillionQuery exposure;
    private final DatasetQuery dataset;
    /** Where the dashboard is served from, as the browser sees it, for the report's link back to the view. */
    private String origin = "";
    private CountKind kind = CountKind.NOTIFIED_BY_PLATFORM;
    private Denominator denominator = Denominator.PLATFORM_USERS;
    private boolean showing;

    final Div cards = new Div();
    final EChart mapChart = new EChart();
    final Grid<RateRow> mapTable = new Grid<>();
    final ChartPanel mapPanel;
    final Select<CountKind> kindSelect = new Select<>();
    final Select<Denominator> perSelect = new Select<>();
    final EChart topChart = new EChart();
    final Grid<RateRow> topTable = new Grid<>();
    final ChartPanel topPanel;
    final EChart timelineChart = new EChart();
    final Grid<TimelineRow> timelineTable = new Grid<>();
    final ChartPanel timelinePanel;

    public OverviewView(TargetedPerMillionQuery exposure, TargetedPerMillionCsv csv, ExposureReport report,
                        DatasetQuery dataset) {
        this.exposure = exposure;
        this.dataset = dataset;
        // a session keeps what the page shows, not what it was built from (heap per session, BENCHMARKS.md)
        DatasetStatistics statistics = dataset.statistics();
        UI.getCurrent().getPage().fetchCurrentURL(url -> origin = url.getProtocol() + "://" + url.getAuthority());
        addClassName("view");
        setPadding(false);

        add(new H2("How many people did surveillance campaigns target, against the users they were drawn from?"),
                new Paragraph("Figures of people targeted by spyware campaigns, each from a published source with "
                        + "a verbatim quote, compared with the platform's users, internet users or the population "
                        + "of the same country. Counts of different kinds measure different things and are never "
                        + "added up."));
        cards.addClassName("stat-cards");
        add(cards);

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

        configureTable(mapTable);
        mapChart.setHeight("30rem");
        mapChart.addClassName("world-map");
        mapPanel = new ChartPanel("Rates on the map", mapChart, mapTable);
        add(mapPanel, new Paragraph("Grey countries have no figure of this kind with a fitting user figure: no data, "
                + "which is not the same as none targeted. Where a country has figures from several incidents, the "
                + "map shows the highest rate; the Table tab lists each."));

        configureTable(topTable);
        topChart.setHeight("26rem");
        topPanel = new ChartPanel("Highest rates by country", topChart, topTable);
        add(topPanel, new Paragraph(new RouterLink("Compare every country, with filters", CompareView.class)));

        configureTimelineTable();
        timelineChart.setHeight("18rem");
        timelinePanel = new ChartPanel("Incidents by the year they were first reported", timelineChart,
                timelineTable);
        add(timelinePanel, new Paragraph(new RouterLink("All incidents", IncidentsView.class), new Span(" · "),
                new RouterLink("How the numbers are made, and what to read with care", MethodologyView.class)));
        String version = dataset.currentRelease().version();
        java.util.function.Supplier<String> sourceLine = () -> "Orange bars rest on an unverified figure. "
                + "Source: Privacy Impact Dashboard, dataset " + version
                + " — " + kind.label() + " per million " + denominator.label()
                + "; every figure with its source and quote on the dashboard";
        java.util.function.Supplier<ExposureFilter> shown = () -> ExposureFilter.of(kind)
                .withDenominator(denominator).withWorldwide(false);
        for (ChartPanel panel : List.of(mapPanel, topPanel)) {
            panel.addDownloads(
                    Downloads.csv("CSV, as shown", "download-csv", "Every country figure of this kind and denominator",
                            () -> csv.fileName(shown.get()), () -> false,
                            out -> csv.writeAsShown(shown.get(), ExposureSort.HIGHEST_RATE_FIRST, out)),
                    Downloads.csv("CSV, full", "download-csv-full",
                            "The same with worldwide figures, every source and quote",
                            () -> csv.fileName(shown.get()).replace(".csv", "-full.csv"), () -> false,
                            out -> csv.write(shown.get().withWorldwide(true), ExposureSort.HIGHEST_RATE_FIRST, out)),
                    Downloads.zip("Report (.zip)", "download-report",
                            "data.csv with sources and quotes, metadata.json with filters, units and sources, README",
                            () -> report.fileName(shown.get()),
                            out -> report.write(shown.get(), ExposureSort.HIGHEST_RATE_FIRST,
                                    "People targeted (" + kind.label().toLowerCase() + ") per million "
                                            + denominator.label() + ", by country",
                                    origin + "/?" + (kind == CountKind.NOTIFIED_BY_PLATFORM ? ""
                                            : "kind=" + kind.code() + "&") + "per=" + denominator.code(), out)));
        }
        timelinePanel.addDownloads(Downloads.csv("CSV", "download-csv", "Incidents by the year first reported",
                () -> "incidents-by-year.csv", () -> false, out -> {
                    try (var table = new org.privacyimpact.export.SpreadsheetSafeCsv(out,
                            List.of("year_first_reported", "incidents", "which"))) {
                        dataset.incidentNamesByYear().forEach((year, names) -> table.printRow(year, names.size(),
                                String.join("; ", names)));
                    }
                }));
        mapPanel.addImageButtons(sourceLine, "rates-map");
        topPanel.addImageButtons(sourceLine, "highest-rates");
        timelinePanel.addImageButtons(() -> "Source: Privacy Impact Dashboard, dataset " + version,
                "incidents-by-year");
        showCards(statistics);
        showTimeline(statistics);
    }

    private void showCards(DatasetStatistics statistics) {
        cards.removeAll();
        cards.add(card(String.valueOf(statistics.incidents()), "incidents", "campaigns and investigations"),
                card(String.valueOf(statistics.countriesWithFigures()), "countries", "with at least one figure"));
        for (DatasetStatistics.KindStatistics kindStatistics : statistics.kinds()) {
            DatasetStatistics.Largest largest = kindStatistics.largest();
            cards.add(card(String.valueOf(kindStatistics.figures()), kindStatistics.kind().label().toLowerCase()
                            + (kindStatistics.figures() == 1 ? " figure" : " figures"),
                    "in " + kindStatistics.countries() + (kindStatistics.countries() == 1 ? " country" : " countries")
                            + "; largest: " + largest.describe() + ", " + largest.area().name() + " ("
                            + largest.incidentShortName() + ")"));
        }
    }

    private static Component card(String number, String what, String detail) {
        Span value = new Span(number);
        value.addClassName("stat-value");
        Span label = new Span(what);
        label.addClassName("stat-label");
        Span more = new Span(detail);
        more.addClassName("stat-detail");
        Div card = new Div(value, label, more);
        card.addClassName("stat-card");
        return card;
    }

    private void changed() {
        if (showing || kindSelect.getValue() == null || perSelect.getValue() == null) {
            return;
        }
        Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        if (kindSelect.getValue() != CountKind.NOTIFIED_BY_PLATFORM) {
            values.put("kind", List.of(kindSelect.getValue().code()));
        }
        if (perSelect.getValue() != Denominator.PLATFORM_USERS) {
            values.put("per", List.of(perSelect.getValue().code()));
        }
        UI.getCurrent().navigate(OverviewView.class, new QueryParameters(values));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> values = event.getLocation().getQueryParameters().getParameters();
        kind = parse(values.get("kind"), CountKind::fromCode, CountKind.NOTIFIED_BY_PLATFORM);
        denominator = parse(values.get("per"), Denominator::fromCode, Denominator.PLATFORM_USERS);
        showing = true;
        try {
            kindSelect.setValue(kind);
            perSelect.setValue(denominator);
        } finally {
            showing = false;
        }
        showRates();
    }

    private static <T> T parse(List<String> given, java.util.function.Function<String, T> parser, T fallback) {
        if (given == null || given.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(given.getFirst());
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }

    private void showRates() {
        ExposureFilter filter = ExposureFilter.of(kind).withDenominator(denominator).withWorldwide(false);
        showMap(exposure.highestPerCountry(filter));
        List<TargetedPerMillion> top = exposure.highest(filter, TOP);
        topChart.setOption(ChartOption.horizontalBars("People targeted per million " + denominator.label(),
                "Per million " + denominator.label(),
                top.stream().map(row -> new ChartOption.Bar(row.area().name() + " · " + row.incidentShortName(),
                        row.perMillion(), RateFormat.perMillion(row.perMillion()) + "  (" + row.describeTargeted()
                        + ")", ExposureSummary.sentence(row),
                        !row.figureVerified() || !row.userBase().verified())).toList(),
                false));
        topTable.setItems(top.stream().map(RateRow::of).toList());
        topPanel.setSummary(top.isEmpty()
                ? "No " + kind.label().toLowerCase() + " figure has a " + denominator.label()
                        + " figure within two years to divide by."
                : "Top " + top.size() + " country figures of the kind \u201c" + kind.label() + "\u201d by people "
                        + "targeted per million " + denominator.label() + ". Highest: " + top.getFirst().area().name()
                        + ", " + RateFormat.perMillion(top.getFirst().perMillion()) + " ("
                        + top.getFirst().incidentShortName() + ").");
    }

    /**
     * A table row as shown: five texts and the rate. The session keeps these rather than the rows they come
     * from, whose sources, quotes and competing figures the tables do not show (heap per session,
     * BENCHMARKS.md).
     */
    record RateRow(String country, String incident, String targeted, String dividedBy, BigDecimal perMillion) {

        static RateRow of(TargetedPerMillion row) {
            return new RateRow(row.area().name(), row.incidentShortName(),
                    row.describeTargeted() + (row.figureVerified() ? "" : " (unverified)"),
                    row.userBase().describe() + " " + ExposureSummary.denominatorWords(row.userBase())
                            + (row.userBase().verified() ? "" : " (unverified)"),
                    row.perMillion());
        }
    }

    private static void configureTable(Grid<RateRow> table) {
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.addColumn(RateRow::country).setHeader("Country").setKey("country");
        table.addColumn(RateRow::incident).setHeader("Incident").setKey("incident");
        table.addColumn(RateRow::targeted).setHeader("People targeted").setKey("targeted")
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(RateRow::dividedBy).setHeader("Divided by").setKey("users");
        table.addColumn(row -> RateFormat.perMillion(row.perMillion())).setHeader("Per million").setKey("rate")
                .setTextAlign(ColumnTextAlign.END);
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
        List<TimelineRow> rows = statistics.incidentsByYear().stream().map(TimelineRow::of).toList();
        timelineChart.setOption(ChartOption.columns("Year first reported", "Incidents", "Incidents",
                rows.stream().map(year -> new ChartOption.Bar(String.valueOf(year.year()),
                        BigDecimal.valueOf(year.incidents()), String.valueOf(year.incidents()),
                        year.year() + ": " + year.which(), false)).toList()));
        timelineTable.setItems(rows);
        var busiest = statistics.incidentsByYear().stream()
                .max(java.util.Comparator.comparingInt(DatasetStatistics.YearCount::incidents));
        timelinePanel.setSummary(busiest.map(year -> statistics.incidents() + " incidents, first reported between "
                + statistics.incidentsByYear().getFirst().year() + " and "
                + statistics.incidentsByYear().getLast().year() + "; the most in " + year.year() + " ("
                + year.incidents() + ").").orElse("No dated sources."));
    }

    /** One value per country: the highest rate among its figures (sorted highest first). */
    private void showMap(List<TargetedPerMillion> highestPerCountry) {
        Map<String, TargetedPerMillion> highest = new java.util.LinkedHashMap<>();
        highestPerCountry.forEach(row -> highest.putIfAbsent(row.area().countryIso2(), row));
        BigDecimal max = highest.values().stream().map(TargetedPerMillion::perMillion).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        mapChart.setOption(ChartOption.worldMap("world", "Per million " + denominator.label(),
                dataset.countryNamesByNumericCode(),
                highest.values().stream().map(row -> new ChartOption.Bar(row.area().name(), row.perMillion(),
                        RateFormat.perMillion(row.perMillion()), ExposureSummary.sentence(row),
                        !row.figureVerified() || !row.userBase().verified())).toList(),
                max, "per million " + denominator.label()));
        mapTable.setItems(highest.values().stream().map(RateRow::of).toList());
        mapPanel.setSummary(highest.isEmpty()
                ? "No country has a " + kind.label().toLowerCase() + " figure with a " + denominator.label()
                        + " figure within two years to divide by."
                : highest.size() + (highest.size() == 1 ? " country has" : " countries have") + " a rate for "
                        + "\u201c" + kind.label() + "\u201d per million " + denominator.label() + "; the highest is "
                        + highest.values().iterator().next().area().name() + " ("
                        + RateFormat.perMillion(highest.values().iterator().next().perMillion()) + ").");
    }

    private void configureTimelineTable() {
        timelineTable.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        timelineTable.setAllRowsVisible(true);
        timelineTable.addColumn(TimelineRow::year).setHeader("Year first reported");
        timelineTable.addColumn(TimelineRow::incidents).setHeader("Incidents")
                .setTextAlign(ColumnTextAlign.END);
        timelineTable.addColumn(TimelineRow::which).setHeader("Which").setFlexGrow(4);
    }
}
