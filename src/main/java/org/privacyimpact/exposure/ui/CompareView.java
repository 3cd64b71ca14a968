package org.privacyimpact.exposure.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.privacyimpact.common.address.Addresses;
import org.privacyimpact.common.address.EmbedAddresses;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.FilterParameters;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureReport;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.ExposureSummary;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionCsv;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.ui.CopyLinkButton;
import org.privacyimpact.ui.DownloadBar;
import org.privacyimpact.ui.EmbedButton;
import org.privacyimpact.ui.FilterPanel;
import org.privacyimpact.ui.IgnoredParameters;
import org.privacyimpact.ui.MainLayout;
import org.privacyimpact.ui.Routes;
import org.privacyimpact.ui.chart.ChartCaption;
import org.privacyimpact.ui.chart.ChartImageButtons;
import org.privacyimpact.ui.chart.EChart;

/**
 * Compare countries: people targeted of one count kind, per million people of a chosen kind (platform users,
 * internet users, population), as bars, as a scatter of counts against user bases, and as a table — all from
 * one query. Every setting lives in the address, so a copied link reopens exactly this view, and the browser's
 * back and forward buttons step through the reader's changes.
 */
@Route(Routes.COMPARE)
@Menu(title = "Compare countries", order = MainLayout.VIEWS + 1)
@AnonymousAllowed
public class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Rows drawn in the charts and written out in words; more would be unreadable bars and a slow page. */

    private final TargetedPerMillionQuery query;
    private final FilterParameters filters;
    private CompareState state = CompareState.DEFAULT;
    private boolean showingState;

    final H2 title = new H2();
    final FilterPanel filterPanel;
    final Paragraph kindExplanation = new Paragraph();
    final Paragraph overview = new Paragraph();
    final H3 chartTitle = new H3();
    final Paragraph chartSubtitle = new Paragraph();
    final Paragraph ratesNotes = new Paragraph();
    final Paragraph scatterNotes = new Paragraph();
    final Paragraph sourceLine = new Paragraph();
    final IgnoredParameters ignoredParameters = new IgnoredParameters();

    final CompareFilters filterBar;

    final TabSheet tabs = new TabSheet();
    final Tab ratesTab;
    final Tab scatterTab;
    final Tab tableTab;
    final EChart ratesChart = new EChart();
    final EChart scatterChart = new EChart();
    final ExposureGrid grid;
    final UnorderedList sentences = new UnorderedList();
    final Anchor downloadCsv;
    final Anchor downloadFullCsv;
    final Anchor downloadReport;
    final DownloadBar downloads = new DownloadBar();
    final Checkbox forExcel = downloads.forExcel();
    final ChartImageButtons imageButtons;
    private final String datasetVersion;
    ChartCaption caption = ChartCaption.EMPTY;
    private ChartCaption scatterCaption = ChartCaption.EMPTY;
    /** The figure behind each bar and point, in drawing order, for a click to read again. */
    private List<Long> drawnFigures = List.of();
    /** Where the dashboard is served from, as the browser sees it (e.g. http://localhost:8080). */
    private String origin = "";
    private String location = "compare";

    public CompareView(TargetedPerMillionQuery query, TargetedPerMillionCsv csv, ExposureReport report,
                       DatasetQuery dataset, FilterParameters filters) {
        this.query = query;
        this.filters = filters;
        this.datasetVersion = dataset.currentRelease().version();
        this.filterBar = new CompareFilters(filters.incidentPlatforms(), dataset.incidents(),
                dataset.countriesWithFigures(), this::go);
        this.grid = new ExposureGrid(query, "Compare countries (table)");
        addClassName("view");
        setPadding(false);

        filterPanel = new FilterPanel(filterBar);
        add(title, kindExplanation, filterPanel, ignoredParameters);

        overview.addClassName("chart-overview");
        overview.getElement().setAttribute("aria-live", "polite");

        downloadCsv = downloads.csv("CSV, as shown", "download-csv",
                "The rows and columns of the table for these filters, with sources in the full download",
                () -> csv.fileName(state.filter()), out -> csv.writeAsShown(state.filter(), grid.currentSort(), out));
        downloadFullCsv = downloads.csv("CSV, full", "download-csv-full",
                "Every figure of this count kind, all incidents, countries and years, with every source and quote",
                () -> csv.fileName(fullFilter()).replaceFirst("\\.csv$", "-full.csv"),
                out -> csv.write(fullFilter(), ExposureSort.HIGHEST_RATE_FIRST, out));
        downloadReport = downloads.zip("Report (.zip)", "download-report",
                "data.csv with sources and quotes, metadata.json with filters, units and sources, README with a citation",
                () -> report.fileName(state.filter()),
                out -> report.write(state.filter(), grid.currentSort(), heading(state.filter()), viewUrl(), out));
        UI.getCurrent().getPage().fetchCurrentURL(url -> origin = url.getProtocol() + "://" + url.getAuthority());

        imageButtons = new ChartImageButtons(this::visibleChart, () -> visibleCaption().withAddress(viewUrl()),
                () -> csv.fileName(state.filter()).replaceFirst("\\.csv$", ""));
        downloads.add(imageButtons);
        EmbedButton embed = new EmbedButton(this::embedAddress, () -> caption.title(),
                () -> state.tab() == CompareState.Tab.SCATTER ? EmbedButton.FIXED_CHART_HEIGHT
                        : EmbedButton.heightForBars(drawnFigures.size()));
        FlexLayout toolbar = new FlexLayout(overview, new CopyLinkButton(), embed, downloads);
        toolbar.addClassName("view-toolbar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        add(toolbar);

        chartTitle.addClassName("chart-title");
        chartSubtitle.addClassName("chart-subtitle");
        ratesNotes.addClassName("chart-notes");
        scatterNotes.addClassName("chart-notes");
        sourceLine.addClassName("chart-source");
        ratesChart.addClassName("rate-bars");
        ratesChart.setHeight(null);
        scatterChart.addClassName("people-vs-users");
        scatterChart.setHeight("28rem");
        ratesChart.addItemClickListener(this::openFigure);
        scatterChart.addItemClickListener(this::openFigure);
        ratesTab = tabs.add("Rates", new Div(ratesChart, ratesNotes));
        scatterTab = tabs.add("People vs users", new Div(scatterChart, scatterNotes));
        tableTab = tabs.add("Table", new Div(new Paragraph("Click a number to see its source and quote."), grid));
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(event -> {
            if (!showingState) {
                go(state.withTab(tabOf(event.getSelectedTab())));
            }
        });
        add(chartTitle, chartSubtitle, tabs, sourceLine);

        sentences.addClassName("chart-summary");
        sentences.getElement().setAttribute("aria-label", "Every figure in words");
        add(new Paragraph(new Span("Every figure in words")), sentences);
        add(new Paragraph(new Anchor(Routes.METHODOLOGY, "How these numbers are made, and what to read with care")));
    }

    /** The address of the view with its filters, for the report and the image's source line. */
    String viewUrl() {
        return origin + "/" + location;
    }

    /** The embed of the chart in view, with the view's filters. */
    private String embedAddress() {
        return Addresses.withQuery(origin + EmbedAddresses.COMPARE, state.parameters());
    }

    private EChart visibleChart() {
        return tabs.getSelectedTab() == scatterTab ? scatterChart : ratesChart;
    }

    /** Everything behind the view: its count kind and denominator, no narrowing by incident, country or year. */
    private ExposureFilter fullFilter() {
        return ExposureFilter.of(state.filter().countKind()).withDenominator(state.filter().denominator());
    }

    /** Every change goes through the address, so that the address is always the whole truth of the view. */
    private void go(CompareState next) {
        UI.getCurrent().navigate(CompareView.class, new QueryParameters(next.parameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        location = event.getLocation().getPathWithQueryParameters();
        CompareState.Parsed parsed = CompareState.from(event.getLocation().getQueryParameters().getParameters(),
                filters);
        List<String> ignored = new ArrayList<>(parsed.ignored());
        state = parsed.state().withFilter(filterBar.shownPart(parsed.state().filter(), ignored));
        ignoredParameters.show(ignored);
        show();
    }

    @Override
    public String getPageTitle() {
        return heading(state.filter()) + " — Privacy Impact Dashboard";
    }

    /** Puts the state into the controls (without triggering navigation) and redraws everything. */
    private void show() {
        showingState = true;
        try {
            filterBar.show(state);
            tabs.setSelectedTab(switch (state.tab()) {
                case RATES -> ratesTab;
                case SCATTER -> scatterTab;
                case TABLE -> tableTab;
            });
        } finally {
            showingState = false;
        }
        draw();
    }

    private void draw() {
        ExposureFilter filter = state.filter();
        String heading = heading(filter);
        title.setText(heading);
        filterPanel.setFilterSummary(CompareFilters.summary(filter));
        kindExplanation.setText(filter.countKind().label() + ": " + filter.countKind().explanation()
                + " Per million " + filter.denominator().label() + ": " + filter.denominator().explanation()
                + ". Counts of other kinds are never mixed in; where sources disagree, the other figures are "
                + "listed beside the preferred one.");

        CompareChart chart = CompareChart.of(state, query, datasetVersion);
        caption = chart.caption();
        chartTitle.setText(caption.title());
        chartSubtitle.setText(caption.subtitle());
        sourceLine.setText(caption.source());
        ratesNotes.setText(CompareChart.barNotes(state.scale()) + " " + CompareChart.barHint(state.scale()));
        ratesNotes.setVisible(chart.highest() != null);
        ratesChart.setOption(chart.bars());
        ratesChart.getElement().getStyle().set("--rows", String.valueOf(Math.max(chart.withRate().size(), 3)));
        scatterNotes.setText(chart.scatterNotes() + " " + CompareChart.SCATTER_HINT);
        scatterCaption = chart.caption(CompareState.Tab.SCATTER);
        scatterChart.setOption(chart.scatter());
        drawnFigures = chart.withRate().stream().map(TargetedPerMillion::figureId).toList();

        grid.show(filter);
        overview.setText(ExposureSummary.overview(chart.figures(), chart.figuresWithRate(), chart.highest())
                + (chart.figures() > chart.rows().size()
                ? " Drawn and put in words below: the first %,d by rate; the table has all %,d."
                        .formatted(chart.rows().size(), chart.figures()) : ""));
        sentences.removeAll();
        chart.rows().forEach(row -> sentences.add(new ListItem(ExposureSummary.sentence(row))));
    }

    /** The words printed around the chart in view, for its image. */
    private ChartCaption visibleCaption() {
        return tabs.getSelectedTab() == scatterTab ? scatterCaption : caption;
    }

    /** A bar or point the reader clicked: its sentence and both sources. */
    private void openFigure(int index) {
        if (index >= 0 && index < drawnFigures.size()) {
            query.figure(drawnFigures.get(index), state.filter().denominator())
                    .ifPresent(row -> new RateDialog(row).open());
        }
    }

    static String heading(ExposureFilter filter) {
        return "People targeted (" + filter.countKind().label().toLowerCase() + ") per million "
                + filter.denominator().label();
    }

    private CompareState.Tab tabOf(Tab tab) {
        return tab == tableTab ? CompareState.Tab.TABLE
                : tab == scatterTab ? CompareState.Tab.SCATTER : CompareState.Tab.RATES;
    }
}
