package org.privacyimpact.exposure.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.exposure.CompetingFigure;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.exposure.UserBase;
import org.privacyimpact.ui.FigureLinks;
import org.privacyimpact.ui.Routes;
import org.privacyimpact.ui.SourceDialog;

/**
 * The rows of a comparison as a lazy, sortable table: every number opens its source, competing figures sit
 * beside the preferred one, and a missing rate says why.
 */
public class ExposureGrid extends Grid<TargetedPerMillion> {

    private final TargetedPerMillionQuery query;
    private ExposureSort sort = ExposureSort.HIGHEST_RATE_FIRST;

    public ExposureGrid(TargetedPerMillionQuery query, String accessibleName) {
        this.query = query;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setAllRowsVisible(false);
        setHeight("36rem");
        getElement().setAttribute("aria-label", accessibleName);

        // the area frozen, then the numbers a reader came for, so that on a phone they stay in view while the
        // rest of the row scrolls sideways
        addComponentColumn(ExposureGrid::areaCell).setHeader("Area").setKey("area").setWidth("7.5rem")
                .setSortProperty(ExposureSort.Column.AREA.name()).setFlexGrow(1).setFrozen(true);
        addComponentColumn(ExposureGrid::targetedCell).setHeader("Targeted").setKey("targeted").setWidth("7rem")
                .setSortProperty(ExposureSort.Column.PEOPLE_TARGETED.name()).setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        addComponentColumn(ExposureGrid::rateCell).setHeader("Per million").setKey("rate").setWidth("7.5rem")
                .setSortProperty(ExposureSort.Column.PER_MILLION.name()).setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        addComponentColumn(ExposureGrid::usersCell).setHeader("Divided by").setKey("users").setWidth("10rem")
                .setSortProperty(ExposureSort.Column.USERS.name()).setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(2);
        addComponentColumn(ExposureGrid::incidentCell).setHeader("Incident").setKey("incident").setWidth("10rem")
                .setFlexGrow(2);
        addColumn(row -> row.countKind().label()).setHeader("Count kind").setKey("kind").setWidth("9rem")
                .setTooltipGenerator(row -> row.countKind().explanation()).setFlexGrow(1);
        addComponentColumn(ExposureGrid::competingCell).setHeader("Also reported").setKey("competing")
                .setWidth("10rem").setFlexGrow(2);
    }

    /**
     * For a table of one country and one kind (a country's page): the area and the kind say the same in every
     * row, so they are left out, and the incident is what stays in view on a phone while the row scrolls.
     */
    public ExposureGrid forOneCountryAndKind() {
        getColumnByKey("area").setFrozen(false);
        getColumnByKey("area").setVisible(false);
        getColumnByKey("kind").setVisible(false);
        Column<TargetedPerMillion> incident = getColumnByKey("incident").setFrozen(true).setWidth("9rem");
        setColumnOrder(incident, getColumnByKey("targeted"), getColumnByKey("rate"), getColumnByKey("users"),
                getColumnByKey("competing"), getColumnByKey("area"), getColumnByKey("kind"));
        return this;
    }

    /** For a table of one incident and one kind (an incident's page): the incident and the kind are left out. */
    public ExposureGrid forOneIncidentAndKind() {
        getColumnByKey("incident").setVisible(false);
        getColumnByKey("kind").setVisible(false);
        return this;
    }

    /** Shows the rows of this filter, fetched a page at a time as the reader scrolls. */
    public void show(ExposureFilter filter) {
        setItems(q -> {
            sort = sortFrom(q.getSortOrders());
            return query.find(filter, sort, q.getOffset(), q.getLimit()).stream();
        }, q -> query.count(filter));
    }

    /** The order the reader chose by clicking a header, so a download has the rows in the same order. */
    public ExposureSort currentSort() {
        return sort;
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

    private static Component areaCell(TargetedPerMillion row) {
        if (row.area().isWorldwide()) {
            return new Span(row.area().name());
        }
        return new Anchor(Routes.country(row.area().countryIso2()), row.area().name());
    }

    private static Component incidentCell(TargetedPerMillion row) {
        Anchor link = new Anchor(Routes.incident(row.incidentId()), row.incidentShortName());
        link.getElement().setAttribute("title", row.incidentName());
        return link;
    }

    /** The number, and what it counts where that is not people: "4,286" above "phone numbers". */
    static Component targetedCell(TargetedPerMillion row) {
        String units = row.countedUnit().words(row.targetedCount());
        String what = units + " targeted, " + row.area().name();
        Component number = FigureLinks.sourceButton(row.describeTargeted(), what,
                () -> new SourceDialog(what, row.describeTargeted(), row.figureSource(), row.figureVerified(),
                        row.figureNotes()),
                row.figureVerified());
        if (row.countedUnit() == CountedUnit.PEOPLE) {
            return number;
        }
        Span unit = new Span(units);
        unit.addClassName("cell-note");
        return new Div(number, unit);
    }

    static Component usersCell(TargetedPerMillion row) {
        UserBase base = row.userBase();
        if (base == null) {
            return new Span("—");
        }
        String what = base.platform() + " " + base.metric().label() + ", " + row.area().name();
        Div cell = new Div(FigureLinks.sourceButton(base.describe(), what,
                () -> new SourceDialog(what, base.qualifier().describe(base.users()) + " (" + base.asOf() + ")",
                        base.source(), base.verified(), base.notes()),
                base.verified()));
        Span measure = new Span(base.platform() + ", " + base.metric().label());
        measure.addClassName("cell-note");
        cell.add(measure);
        return cell;
    }

    /** The rate with its bound in words ("at most about 0.93"), or "n/a" with its reason in words, not only on hover. */
    static Component rateCell(TargetedPerMillion row) {
        if (row.perMillion() == null) {
            return FigureLinks.notAvailable("n/a", row.rateUnavailable().label(),
                    row.rateUnavailable().explanation());
        }
        Div cell = new Div();
        Span rate = new Span(row.describeRate());
        rate.addClassName("rate");
        rate.getElement().setAttribute("title", row.rateBound().explanation());
        cell.add(rate);
        // the rate's own mark, so that it stays in view on a phone when the number it rests on scrolls away
        if (row.restsOnUnverified()) {
            cell.add(SourceDialog.verifiedBadge(false));
        }
        if (row.describeYearGap() != null) {
            Span gap = new Span(row.describeYearGap());
            gap.addClassName("cell-note");
            cell.add(gap);
        }
        return cell;
    }

    static Component competingCell(TargetedPerMillion row) {
        Div cell = new Div();
        for (CompetingFigure other : row.competingFigures()) {
            String label = other.describe() + " — " + other.source().shortName();
            String what = "competing figure, " + row.area().name();
            cell.add(FigureLinks.sourceButton(label, what,
                    () -> new SourceDialog(what, other.describe(), other.source(), other.verified(), other.notes()),
                    other.verified()));
        }
        return cell;
    }
}
