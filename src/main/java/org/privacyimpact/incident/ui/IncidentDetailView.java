package org.privacyimpact.incident.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.ui.RecordEditorView;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.FiguresReport;
import org.privacyimpact.dataset.FilterParameters;
import org.privacyimpact.dataset.RecordsCsv;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureParameters;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionCsv;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.exposure.ui.CompareView;
import org.privacyimpact.exposure.ui.ExposureGrid;
import org.privacyimpact.exposure.ui.RateCharts;
import org.privacyimpact.exposure.ui.RateDialog;
import org.privacyimpact.incident.FigureLine;
import org.privacyimpact.incident.IncidentDetail;
import org.privacyimpact.incident.IncidentQuery;
import org.privacyimpact.ui.DownloadBar;
import org.privacyimpact.ui.IgnoredParameters;
import org.privacyimpact.ui.NotInDatasetException;
import org.privacyimpact.ui.Routes;
import org.privacyimpact.ui.chart.ChartCaption;
import org.privacyimpact.ui.chart.ChartPanel;
import org.privacyimpact.ui.chart.EChart;

/**
 * One incident: what happened, its rates by country and worldwide as a chart, its figures by area with competing
 * values side by side, the caveats, the published reply, and every source. Its address is /incidents/{id}, e.g.
 * /incidents/WA2019, with ?kind=… and ?denominator=… (formerly per=…) choosing the rates' count kind and
 * denominator.
 */
@Route(Routes.INCIDENT)
@AnonymousAllowed
public class IncidentDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** At most this many bars; an incident has a few dozen figures at most. */
    static final int DRAWN = 100;

    private final IncidentQuery query;
    private final TargetedPerMillionQuery exposure;
    private final String datasetVersion;
    private IncidentDetail incident;
    private ExposureFilter rates;
    /** The figure behind each bar, in drawing order, for a click to read again. */
    private List<Long> drawnFigures = List.of();

    final H2 title = new H2();
    final Div body = new Div();
    final IgnoredParameters ignoredParameters = new IgnoredParameters();
    final IncidentFiguresGrid figures;
    final EChart ratesChart = new EChart();
    final ExposureGrid ratesTable;
    final ChartPanel ratesPanel;
    final Select<CountKind> ratesKind = new Select<>();
    final Select<Denominator> ratesPer = new Select<>();
    private boolean showing;

    private final RecordsCsv csv;
    private final FiguresReport report;
    private String origin = "";
    /** Signed-in curators and admins get links from what they read to the record's editor. */
    private final boolean curator;

    public IncidentDetailView(IncidentQuery query, TargetedPerMillionQuery exposure, TargetedPerMillionCsv ratesCsv,
                              RecordsCsv csv, FiguresReport report, DatasetQuery dataset,
                              AuthenticationContext authentication) {
        this.datasetVersion = dataset.currentRelease().version();
        this.query = query;
        this.exposure = exposure;

        this.csv = csv;
        this.report = report;
        this.curator = authentication.isAuthenticated();
        UI.getCurrent().getPage().fetchCurrentURL(url -> origin = url.getProtocol() + "://" + url.getAuthority());
        addClassName("view");
        setPadding(false);
        figures = new IncidentFiguresGrid(curator);
        ratesTable = new ExposureGrid(exposure, "Rates of this incident (table)").forOneIncidentAndKind();
        ratesTable.setHeight(null);
        ratesTable.setAllRowsVisible(true);
        ratesChart.addClassName("rate-bars");
        ratesChart.setHeight(null);
        ratesChart.addItemClickListener(index -> {
            if (index >= 0 && index < drawnFigures.size()) {
                exposure.figure(drawnFigures.get(index), rates.denominator()).ifPresent(row -> new RateDialog(row).open());
            }
        });
        ratesPanel = new ChartPanel(ratesChart, ratesTable);
        ratesPanel.downloads().csv("CSV, as shown", "download-rates-csv",
                "The rates of this incident for this count kind and denominator, in the table's words",
                () -> ratesCsv.fileName(rates), out -> ratesCsv.writeAsShown(rates, ratesTable.currentSort(), out));
        ratesPanel.addImageButtons("incident-rates", () -> origin + "/incidents/" + incident.id()
                + ratesAddress());
        ratesKind.setLabel("Count kind");
        ratesKind.setItemLabelGenerator(CountKind::label);
        ratesPer.setLabel("Per million");
        ratesPer.setItems(Denominator.values());
        ratesPer.setItemLabelGenerator(Denominator::label);
        ratesKind.addValueChangeListener(event -> ratesChanged());
        ratesPer.addValueChangeListener(event -> ratesChanged());
        body.setWidthFull();
        add(new RouterLink("← All incidents", IncidentsView.class), title, ignoredParameters, body);
    }

    public static RouteParameters parameters(String incidentId) {
        return new RouteParameters(Routes.INCIDENT_ID, incidentId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(Routes.INCIDENT_ID).orElse("");
        incident = query.detail(id).orElseThrow(() -> new NotInDatasetException("The dataset has no incident \""
                + id + "\". All incidents lists those it has.", "All incidents", Routes.INCIDENTS));
        AddressReader reader = AddressReader.lenient(event.getLocation().getQueryParameters().getParameters());
        rates = ratesFilter(reader.one(FilterParameters.KIND), reader.one(ExposureParameters.DENOMINATOR));
        ignoredParameters.show(reader.ignored());
        show();
    }

    /**
     * The rates to draw: what the address chooses, and for what it leaves open the first that has rates — the
     * denominators in their order (platform users, internet users, population), for each the incident's kind
     * with the most rates. So the founding case opens on WhatsApp's notifications per WhatsApp user, and a leaked
     * list, which no platform's users fit, on its entries per internet user rather than on an empty chart.
     */
    private ExposureFilter ratesFilter(CountKind chosenKind, Denominator chosenPer) {
        List<CountKind> kinds = incident.figures().stream().map(FigureLine::kind).distinct().sorted().toList();
        List<CountKind> candidateKinds = chosenKind != null && kinds.contains(chosenKind) ? List.of(chosenKind) : kinds;
        List<Denominator> candidatePers = chosenPer != null ? List.of(chosenPer) : List.of(Denominator.values());
        ExposureFilter first = null;
        for (Denominator per : candidatePers) {
            ExposureFilter most = candidateKinds.stream().map(kind -> of(kind, per))
                    .max(Comparator.comparingInt(exposure::countWithRate)).orElse(null);
            if (most != null && exposure.countWithRate(most) > 0) {
                return most;
            }
            first = first == null ? most : first;
        }
        return first != null ? first : of(CountKind.NOTIFIED_BY_PLATFORM, candidatePers.getFirst());
    }

    private ExposureFilter of(CountKind kind, Denominator per) {
        return ExposureFilter.of(kind).withDenominator(per).withIncidents(Set.of(incident.id()));
    }

    private String ratesAddress() {
        return "?" + ratesParameters(rates.countKind(), rates.denominator()).getQueryString();
    }

    /** Both are written: what an address leaves open is chosen by the incident's figures, not a fixed default. */
    private static QueryParameters ratesParameters(CountKind kind, Denominator per) {
        return new QueryParameters(AddressReader.writer().one(FilterParameters.KIND, kind)
                .one(ExposureParameters.DENOMINATOR, per).values());
    }

    private void ratesChanged() {
        if (showing || ratesKind.getValue() == null || ratesPer.getValue() == null) {
            return;
        }
        UI.getCurrent().navigate(IncidentDetailView.class, parameters(incident.id()),
                ratesParameters(ratesKind.getValue(), ratesPer.getValue()));
    }

    /** A bar per country and worldwide for one kind and denominator, with its table, sentence and sources. */
    private void showRates() {
        showing = true;
        try {
            ratesKind.setItems(incident.figures().stream().map(FigureLine::kind).distinct().sorted().toList());
            ratesKind.setValue(rates.countKind());
            ratesPer.setValue(rates.denominator());
        } finally {
            showing = false;
        }
        List<TargetedPerMillion> withRate = exposure.highest(rates, DRAWN);
        TargetedPerMillion highest = withRate.isEmpty() ? null : withRate.getFirst();
        // the incident by name first: an exported image leaves the page that says which incident it is
        ChartCaption caption = RateCharts.caption(rates.countKind(), rates.denominator(), highest, withRate.size(),
                "figures of this incident", withRate, RateCharts.BAR_NOTES, RateCharts.BAR_HINT, datasetVersion, "")
                .withSubtitleFirst("Incident: " + incident.name() + ".");
        ratesChart.setOption(RateCharts.bars(withRate, rates.denominator(), false, false, caption.title()));
        ratesChart.getElement().getStyle().set("--rows", String.valueOf(Math.max(withRate.size(), 3)));
        drawnFigures = withRate.stream().map(TargetedPerMillion::figureId).toList();
        ratesTable.show(rates);
        ratesPanel.setCaption(caption);
    }

    @Override
    public String getPageTitle() {
        return (incident == null ? "Incident" : incident.shortName()) + " — Privacy Impact Dashboard";
    }

    private void show() {
        title.setText(incident.name());
        body.removeAll();
        Paragraph facts = new Paragraph(incident.toolOrVendor() + " · " + incident.years()
                + (incident.platform() == null ? "" : " · through " + incident.platform())
                + (incident.vectorDescription() == null ? "" : " · " + incident.vectorDescription()));
        facts.addClassName("incident-facts");
        body.add(facts);
        if (curator) {
            body.add(new RouterLink("Edit this incident", RecordEditorView.class, RecordEditorView.parameters(
                    CuratedType.INCIDENT, incident.id())));
        }
        if (incident.summary() != null) {
            body.add(new Paragraph(incident.summary()));
        }
        if (incident.caveats() != null) {
            Div caveats = new Div(new H3("Read with care"), new Paragraph(incident.caveats()));
            caveats.addClassName("caveats");
            body.add(caveats);
        }

        showRates();
        FlexLayout ratesControls = new FlexLayout(ratesKind, ratesPer);
        ratesControls.addClassName("filter-bar");
        ratesControls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.add(new H3("Rates"), new Paragraph("People targeted per million of the people they were drawn from, "
                + "for one count kind at a time; no bar where nothing fitting can be divided by (the table says why)."),
                ratesControls, ratesPanel);

        body.add(new H3("Figures"), new Paragraph("One row per area and count kind. Where sources disagree, the "
                + "preferred figure comes first and the others are listed beside it; they are never added. "
                + "Click a number for its source and quote."));
        figures.setItems(incident.figures());
        String id = incident.id();
        FigureFilter ofIncident = new FigureFilter(null, id, null, null, null, null);
        String name = incident.name();
        DownloadBar downloads = new DownloadBar();
        downloads.csv("Figures as CSV", "download-csv",
                "Every figure of this incident, preferred and competing, with sources and quotes",
                () -> "incident-" + id + "-figures.csv", out -> csv.figures(ofIncident, out));
        downloads.zip("Report (.zip)", "download-report",
                "data.csv, metadata.json with units and sources, README with a citation",
                () -> "incident-" + id + "-report.zip",
                out -> report.write(ofIncident, name + ": figures", origin + "/incidents/" + id, out));
        body.add(downloads, figures);
        RouterLink compare = new RouterLink("Compare these figures with user bases", CompareView.class);
        compare.setQueryParameters(compareParameters());
        body.add(new Paragraph(compare,
                new Span(" · "), new Anchor(Routes.METHODOLOGY, "How the numbers are made")));

        Div reply = new Div(new H3("Right of reply"));
        if (incident.rightOfReply() == null) {
            reply.add(new Paragraph("No published response from the vendor or a government is recorded for this "
                    + "incident."));
        } else {
            SourceCitation source = incident.rightOfReplySource();
            Paragraph quote = new Paragraph("“" + incident.rightOfReply() + "”");
            quote.addClassName("source-quote");
            reply.add(quote, new Paragraph(new Span(source.title() + " — "), link(source.url())));
        }
        body.add(reply);

        UnorderedList sources = new UnorderedList();
        for (SourceCitation source : incident.sources()) {
            sources.add(new ListItem(new Span(source.title() + " "), link(source.url())));
        }
        body.add(new H3("Sources"), sources);
    }

    private com.vaadin.flow.router.QueryParameters compareParameters() {
        var kinds = incident.figures().stream().map(FigureLine::kind).distinct().toList();
        java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        values.put("incident", List.of(incident.id()));
        if (!kinds.isEmpty()) {
            values.put("kind", List.of(kinds.getFirst().code()));
        }
        return new com.vaadin.flow.router.QueryParameters(values);
    }

    private static Anchor link(String url) {
        Anchor anchor = new Anchor(url, url, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        anchor.addClassName("source-url");
        return anchor;
    }
}
