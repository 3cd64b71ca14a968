package org.privacyimpact.incident.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetQuery.Choice;
import org.privacyimpact.dataset.FilterParameters;
import org.privacyimpact.incident.IncidentCsv;
import org.privacyimpact.incident.IncidentFilter;
import org.privacyimpact.incident.IncidentParameters;
import org.privacyimpact.incident.IncidentQuery;
import org.privacyimpact.incident.IncidentSort;
import org.privacyimpact.incident.IncidentSummary;
import org.privacyimpact.ui.CopyLinkButton;
import org.privacyimpact.ui.DownloadBar;
import org.privacyimpact.ui.FilterPanel;
import org.privacyimpact.ui.IgnoredParameters;
import org.privacyimpact.ui.MainLayout;
import org.privacyimpact.ui.Routes;
import org.privacyimpact.ui.SourceDialog;
import org.privacyimpact.ui.YearRangeFields;

/**
 * Every incident in a lazy, sortable table, narrowed by text, vendor, platform, count kind, country and years;
 * the filters live in the address. A row's name opens the incident's page.
 */
@Route(Routes.INCIDENTS)
@Menu(title = "Incidents", order = MainLayout.VIEWS + 2)
@PageTitle("Incidents — Privacy Impact Dashboard")
@AnonymousAllowed
public class IncidentsView extends VerticalLayout implements BeforeEnterObserver {

    private final IncidentQuery query;
    private final FilterParameters filters;
    private final List<Choice> countryChoices;
    private final List<String> platformChoices;
    private IncidentFilter filter = IncidentFilter.ALL;
    private boolean showingFilter;

    final TextField text = new TextField("Search");
    final TextField vendor = new TextField("Spyware or vendor");
    final Select<String> platform = new Select<>();
    final Select<CountKind> kind = new Select<>();
    final ComboBox<Choice> country = new ComboBox<>("Country");
    private final YearRangeFields years = new YearRangeFields(this::changed);
    final IntegerField fromYear = years.from;
    final IntegerField toYear = years.to;
    final Grid<IncidentSummary> grid = new Grid<>();
    final Span matches = new Span();
    final IgnoredParameters ignoredParameters = new IgnoredParameters();
    /** The filters other than the search, which stays in view on a phone. */
    private final FilterPanel filterPanel;

    public IncidentsView(IncidentQuery query, IncidentCsv csv, DatasetQuery dataset, FilterParameters filters) {
        this.query = query;
        this.filters = filters;
        this.countryChoices = dataset.countriesWithFigures();
        this.platformChoices = filters.incidentPlatforms();
        addClassName("view");
        setPadding(false);
        add(new H2("Incidents"), new Paragraph("Surveillance campaigns and investigations in the dataset, with "
                + "how many figures each has and of which kinds. Open one to see its figures by country, competing "
                + "values side by side, sources and quotes, caveats and any published reply."));
        // the search stays in view on a phone; the other filters fold away under what they are set to
        filterPanel = new FilterPanel(filters());
        add(text, filterPanel, ignoredParameters);
        DownloadBar downloads = new DownloadBar();
        downloads.csv("CSV, as shown", "download-csv", "The incidents these filters match", () -> "incidents.csv",
                out -> csv.writeAsShown(filter, IncidentSort.NEWEST_FIRST, out));
        downloads.csv("CSV, full", "download-csv-full", "Every incident in the dataset", () -> "incidents-full.csv",
                out -> csv.write(IncidentFilter.ALL, IncidentSort.NEWEST_FIRST, out));
        FlexLayout toolbar = new FlexLayout(matches, new CopyLinkButton(), downloads);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.addClassName("view-toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(toolbar);
        configureGrid();
        add(grid);
    }

    private Component filters() {
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPlaceholder("name, vendor, summary");
        // wide enough for its placeholder, never wider than a phone
        text.setWidth("16rem");
        text.setMaxWidth("100%");
        text.setClearButtonVisible(true);
        text.addValueChangeListener(event -> changed());
        vendor.setValueChangeMode(ValueChangeMode.LAZY);
        vendor.setClearButtonVisible(true);
        vendor.addValueChangeListener(event -> changed());

        List<String> platforms = new ArrayList<>();
        platforms.add("");
        platforms.addAll(platformChoices);
        platform.setLabel("Platform");
        platform.setItems(platforms);
        platform.setItemLabelGenerator(name -> name.isEmpty() ? "Any" : name);
        platform.setValue("");
        platform.addValueChangeListener(event -> changed());

        kind.setLabel("Has figures of kind");
        kind.setItems(CountKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any");
        kind.addValueChangeListener(event -> changed());

        country.setItems(countryChoices);
        country.setItemLabelGenerator(Choice::label);
        country.setClearButtonVisible(true);
        country.setPlaceholder("Any");
        country.addValueChangeListener(event -> changed());

        FlexLayout bar = new FlexLayout(vendor, platform, kind, country, fromYear, toYear);
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return bar;
    }

    /**
     * The columns' widths add up to 62rem, so that the list fits beside the drawer at 1366 px; on a phone the
     * incident stays in view while the rest of the row scrolls sideways.
     */
    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.setHeight("40rem");
        grid.getElement().setAttribute("aria-label", "Incidents");
        grid.addComponentColumn(row -> {
            RouterLink link = new RouterLink(row.shortName(), IncidentDetailView.class,
                    IncidentDetailView.parameters(row.id()));
            link.getElement().setAttribute("title", row.name());
            return row.hasUnverified() ? new Span(link, SourceDialog.verifiedBadge(false)) : link;
        }).setHeader("Incident").setKey("name").setWidth("10rem").setSortProperty(IncidentSort.Column.NAME.name()).setFlexGrow(3)
                .setFrozen(true);
        grid.addComponentColumn(IncidentsView::largestCell).setHeader("Largest figure").setKey("largest")
                .setWidth("10rem").setFlexGrow(2);
        grid.addColumn(IncidentSummary::toolOrVendor).setHeader("Spyware / vendor").setKey("vendor").setWidth("8rem").setFlexGrow(2);
        grid.addColumn(row -> row.platform() == null ? "—" : row.platform()).setHeader("Platform")
                .setKey("platform").setWidth("6.5rem").setFlexGrow(1);
        grid.addColumn(IncidentSummary::years).setHeader("Years").setKey("years").setWidth("5.5rem")
                .setSortProperty(IncidentSort.Column.YEARS.name()).setFlexGrow(1);
        grid.addColumn(row -> row.firstReported() == null ? "—" : row.firstReported().toString())
                .setHeader("First reported").setKey("reported").setWidth("6.5rem")
                .setSortProperty(IncidentSort.Column.FIRST_REPORTED.name()).setFlexGrow(1)
                .setTooltipGenerator(row -> "Year of the earliest dated source the dataset cites");
        grid.addColumn(row -> row.figures() + (row.countries() > 0 ? " in " + row.countries()
                        + (row.countries() == 1 ? " country" : " countries") : ""))
                .setHeader("Figures").setKey("figures").setWidth("7rem").setSortProperty(IncidentSort.Column.FIGURES.name())
                .setFlexGrow(1);
        grid.addColumn(row -> row.kinds().stream().map(CountKind::label).collect(Collectors.joining("; ")))
                .setHeader("Count kinds").setKey("kinds").setWidth("8.5rem").setFlexGrow(2);
    }

    /** The incident's largest figure in people, so the list says how many as well as how many figures. */
    private static Component largestCell(IncidentSummary row) {
        if (row.largest() == null) {
            return new Span("—");
        }
        Span words = new Span(row.largest().inWords());
        return row.largest().verified() ? words : new Span(words, SourceDialog.verifiedBadge(false));
    }

    private void changed() {
        if (showingFilter) {
            return;
        }
        if (!years.inOrder()) {
            return;
        }
        Integer from = fromYear.getValue();
        Integer to = toYear.getValue();
        IncidentFilter next = new IncidentFilter(blankToNull(text.getValue()), blankToNull(vendor.getValue()),
                blankToNull(platform.getValue()), kind.getValue(),
                country.getValue() == null ? null : country.getValue().id(), from, to);
        UI.getCurrent().navigate(IncidentsView.class, new QueryParameters(IncidentParameters.write(next)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AddressReader reader = AddressReader.lenient(event.getLocation().getQueryParameters().getParameters());
        filter = IncidentParameters.read(reader, filters);
        ignoredParameters.show(reader.ignored());
        showingFilter = true;
        try {
            text.setValue(filter.text() == null ? "" : filter.text());
            vendor.setValue(filter.vendor() == null ? "" : filter.vendor());
            platform.setValue(filter.platform() == null ? "" : filter.platform());
            kind.setValue(filter.kind());
            country.setValue(countryChoices.stream().filter(c -> c.id().equals(filter.country())).findFirst()
                    .orElse(null));
            years.show(filter.fromYear(), filter.toYear());
        } finally {
            showingFilter = false;
        }
        IncidentFilter shown = filter;
        grid.setItems(q -> query.find(shown, sortFrom(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> query.count(shown));
        List<String> panelFilters = panelFilters(shown);
        matches.setText(matchesLine(query.count(shown), shown.text(), !panelFilters.isEmpty()));
        filterPanel.setFilterSummary(panelFilters.isEmpty() ? "none" : String.join(" · ", panelFilters));
    }

    /**
     * "3 incidents match “pegasus” and these filters": the search is named here, since the filters' summary,
     * under the search box, leaves it out.
     */
    private static String matchesLine(int count, String searched, boolean filtered) {
        String incidents = count + (count == 1 ? " incident" : " incidents");
        boolean searching = searched != null && !searched.isBlank();
        if (!searching && !filtered) {
            return incidents;
        }
        String matched = searching ? "“" + searched.strip() + "”" + (filtered ? " and these filters" : "")
                : "these filters";
        return incidents + (count == 1 ? " matches " : " match ") + matched;
    }

    /** The filters under the search in words, e.g. "WhatsApp", "from 2019"; none when only the search is used. */
    private List<String> panelFilters(IncidentFilter shown) {
        List<String> parts = new ArrayList<>();
        if (shown.vendor() != null && !shown.vendor().isBlank()) {
            parts.add(shown.vendor());
        }
        if (shown.platform() != null) {
            parts.add(shown.platform());
        }
        if (shown.kind() != null) {
            parts.add(shown.kind().label());
        }
        if (country.getValue() != null) {
            parts.add(country.getValue().label());
        }
        if (shown.fromYear() != null) {
            parts.add("from " + shown.fromYear());
        }
        if (shown.toYear() != null) {
            parts.add("until " + shown.toYear());
        }
        return parts;
    }

    private static IncidentSort sortFrom(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return IncidentSort.NEWEST_FIRST;
        }
        QuerySortOrder first = orders.getFirst();
        return new IncidentSort(IncidentSort.Column.valueOf(first.getSorted()),
                first.getDirection() == SortDirection.ASCENDING);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
