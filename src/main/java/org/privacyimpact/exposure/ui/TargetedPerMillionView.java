package org.privacyimpact.exposure.ui;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.privacyimpact.dataset.ui.MethodologyView;
import org.privacyimpact.exposure.CompetingFigure;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.ExposureSummary;
import org.privacyimpact.exposure.RateFormat;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionCsv;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.exposure.UserBase;
import org.privacyimpact.ui.SourceDialog;
import org.privacyimpact.ui.chart.ChartOption;
import org.privacyimpact.ui.chart.EChart;

/**
 * The founding question: how many people were targeted through WhatsApp in 2019, per million WhatsApp users
 * in the same area. Chart, table and CSV come from one query, so they always show the same numbers.
 */
@Route("")
@PageTitle("People targeted per million WhatsApp users, 2019 — Privacy Impact Dashboard")
public class TargetedPerMillionView extends VerticalLayout {

    static final String TITLE = "People targeted per million WhatsApp users, 2019";

    private final ExposureFilter filter = ExposureFilter.whatsApp2019();
    private final TargetedPerMillionQuery query;
    private ExposureSort sort = ExposureSort.HIGHEST_RATE_FIRST;

    final EChart chart = new EChart();
    final UnorderedList chartSummary = new UnorderedList();
    final Grid<TargetedPerMillion> grid = new Grid<>();
    final Anchor downloadCsv;

    public TargetedPerMillionView(TargetedPerMillionQuery query, TargetedPerMillionCsv csv) {
        this.query = query;
        addClassName("view");
        setPadding(false);

        add(new H2(TITLE), introduction());

        chart.getElement().setAttribute("aria-label", TITLE);
        chartSummary.addClassName("chart-summary");
        chartSummary.getElement().setAttribute("aria-label", "The chart in words");
        add(chart, chartSummary);

        downloadCsv = new Anchor((DownloadEvent event) -> {
            event.setFileName(csv.fileName(filter));
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                csv.write(filter, sort, out);
            }
        }, "");
        downloadCsv.add(VaadinIcon.DOWNLOAD.create(), new Span("Download CSV"));
        downloadCsv.getElement().setAttribute("download", true);
        downloadCsv.getElement().setAttribute("title", "The rows of the table below, with every source and quote");
        downloadCsv.addClassName("download-csv");
        HorizontalLayout toolbar = new HorizontalLayout(new Span("Click a number to see its source and quote."),
                downloadCsv);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(toolbar);

        configureGrid();
        add(grid);
        showChart();
    }

    private Component introduction() {
        Div text = new Div(
                new Paragraph("In 2019, NSO Group's Pegasus spyware was delivered through a flaw in WhatsApp's "
                        + "video calls. WhatsApp notified the people it detected as targeted. Each row divides the "
                        + "number of people targeted in an area by WhatsApp's user base there, so countries of "
                        + "different sizes can be compared."),
                new Paragraph("Count kind shown: " + filter.countKind().label() + " — "
                        + filter.countKind().definition() + " Where sources disagree, the other figures are "
                        + "listed beside the preferred one; they are never added together."),
                new Paragraph(new RouterLink("How these numbers are made, and what to read with care",
                        MethodologyView.class)));
        return text;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("14rem");
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", TITLE + " (table)");

        grid.addColumn(row -> row.area().name()).setHeader("Area").setKey("area")
                .setSortProperty(ExposureSort.Column.AREA.name()).setFlexGrow(1);
        grid.addComponentColumn(this::targetedCell).setHeader("People targeted").setKey("targeted")
                .setSortProperty(ExposureSort.Column.PEOPLE_TARGETED.name()).setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addColumn(row -> row.countKind().label()).setHeader("Count kind").setKey("kind")
                .setTooltipGenerator(row -> row.countKind().definition()).setFlexGrow(1);
        grid.addComponentColumn(this::usersCell).setHeader(filter.platform() + " users").setKey("users")
                .setSortProperty(ExposureSort.Column.USERS.name()).setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(2);
        grid.addComponentColumn(TargetedPerMillionView::rateCell).setHeader("Per million users").setKey("rate")
                .setSortProperty(ExposureSort.Column.PER_MILLION.name()).setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addComponentColumn(this::competingCell).setHeader("Also reported").setKey("competing")
                .setFlexGrow(2);

        grid.setItems(q -> {
            sort = sortFrom(q.getSortOrders());
            return query.find(filter, sort, q.getOffset(), q.getLimit()).stream();
        }, q -> query.count(filter));
    }

    private static ExposureSort sortFrom(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ExposureSort.HIGHEST_RATE_FIRST;
        }
        QuerySortOrder first = orders.getFirst();
        for (ExposureSort.Column column : ExposureSort.Column.values()) {
            if (column.name().equals(first.getSorted())) {
                return new ExposureSort(column, first.getDirection() == SortDirection.ASCENDING);
            }
        }
        return ExposureSort.HIGHEST_RATE_FIRST;
    }

    private void showChart() {
        List<TargetedPerMillion> rows = query.findAll(filter, ExposureSort.HIGHEST_RATE_FIRST);
        List<TargetedPerMillion> withRate = rows.stream().filter(row -> row.perMillion() != null).toList();
        chart.setOption(ChartOption.horizontalBars(
                "People targeted per million " + filter.platform() + " users",
                "Per million " + filter.platform() + " users",
                withRate.stream().map(row -> row.area().name()).toList(),
                withRate.stream().map(TargetedPerMillion::perMillion).toList(),
                withRate.stream().map(row -> RateFormat.perMillion(row.perMillion())).toList(),
                withRate.stream().map(ExposureSummary::sentence).toList()));
        chartSummary.removeAll();
        rows.forEach(row -> chartSummary.add(new ListItem(ExposureSummary.sentence(row))));
    }

    private Component targetedCell(TargetedPerMillion row) {
        return sourceButton(row.describeTargeted(), "people targeted, " + row.area().name(),
                () -> new SourceDialog("people targeted, " + row.area().name(), row.describeTargeted(),
                        row.figureSource(), row.figureVerified(), row.figureNotes()),
                row.figureVerified());
    }

    private Component usersCell(TargetedPerMillion row) {
        UserBase base = row.userBase();
        if (base == null) {
            return noRate("—", row.rateUnavailable().explanation());
        }
        String what = base.platform() + " " + base.metric().label() + ", " + row.area().name();
        return sourceButton(base.describe(), what,
                () -> new SourceDialog(what, base.qualifier().describe(base.users()) + " (" + base.asOf() + ")",
                        base.source(), base.verified(), base.notes()),
                base.verified());
    }

    private static Component rateCell(TargetedPerMillion row) {
        if (row.perMillion() == null) {
            return noRate("n/a", row.rateUnavailable().explanation());
        }
        Span rate = new Span(RateFormat.perMillion(row.perMillion()));
        rate.addClassName("rate");
        if (row.yearGap() != null && row.yearGap() != 0) {
            rate.getElement().setAttribute("title", "User figure is " + Math.abs(row.yearGap())
                    + (row.yearGap() > 0 ? " years after" : " years before") + " the incident");
        }
        return rate;
    }

    private Component competingCell(TargetedPerMillion row) {
        Div cell = new Div();
        for (CompetingFigure other : row.competingFigures()) {
            String label = other.describe() + " — " + other.source().publisher();
            cell.add(sourceButton(label, "competing figure, " + row.area().name(),
                    () -> new SourceDialog("competing figure, " + row.area().name(), other.describe(),
                            other.source(), other.verified(), other.notes()),
                    other.verified()));
        }
        return cell;
    }

    private static Component sourceButton(String text, String what, Supplier<SourceDialog> dialog,
                                          boolean verified) {
        Button button = new Button(text, event -> dialog.get().open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("figure-link");
        button.getElement().setAttribute("aria-label", text + ": show the source of " + what);
        if (verified) {
            return button;
        }
        return new Span(button, SourceDialog.verifiedBadge(false));
    }

    private static Component noRate(String text, String reason) {
        Span span = new Span(text);
        span.addClassName("no-rate");
        span.getElement().setAttribute("title", reason);
        return span;
    }
}
