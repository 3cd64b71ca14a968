package org.privacyimpact.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.privacyimpact.country.ui.CountryProfileView;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.ui.RecordEditorView;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.incident.FigureLine;
import org.privacyimpact.ui.FigureLinks;
import org.privacyimpact.ui.SourceDialog;

/**
 * An incident's figures, a row per area and count kind: each number opens its source and quote, a subset names
 * the figure it is part of, and the figures other sources give for the same area stand beside the preferred one.
 */
class IncidentFiguresGrid extends Grid<FigureLine> {

    /** A curator gets a column of links to each figure's editor. */
    IncidentFiguresGrid(boolean curator) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setAllRowsVisible(true);
        getElement().setAttribute("aria-label", "Figures of this incident");
        // minimum widths keep each column readable; on a phone the table scrolls sideways instead of
        // squeezing the notes into a word per line
        addComponentColumn(IncidentFiguresGrid::areaCell).setHeader("Area").setWidth("8rem").setFlexGrow(1);
        addComponentColumn(IncidentFiguresGrid::countCell).setHeader("People")
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(1);
        addColumn(line -> line.kind().label()).setHeader("Count kind")
                .setTooltipGenerator(line -> line.kind().explanation()).setWidth("9rem").setFlexGrow(1);
        addColumn(FigureLine::period).setHeader("Period").setWidth("6rem").setFlexGrow(0);
        addComponentColumn(this::aboutCell).setHeader("Who / notes").setWidth("18rem").setFlexGrow(3);
        addComponentColumn(IncidentFiguresGrid::competingCell).setHeader("Other sources say")
                .setWidth("11rem").setFlexGrow(2);
        if (curator) {
            addComponentColumn(line -> new RouterLink("Edit", RecordEditorView.class,
                    RecordEditorView.parameters(CuratedType.FIGURE, line.referenceId()))).setHeader("Curate")
                    .setWidth("5rem").setFlexGrow(0);
        }
    }

    private static Component areaCell(FigureLine line) {
        if (line.area().isWorldwide()) {
            return new Span(line.area().name());
        }
        return new RouterLink(line.area().name(), CountryProfileView.class,
                CountryProfileView.parameters(line.area().countryIso2()));
    }

    private static Component countCell(FigureLine line) {
        String what = "people targeted, " + line.area().name();
        return FigureLinks.sourceButton(line.describe(), what,
                () -> new SourceDialog(what, line.describe(), line.source(), line.verified(), line.notes()),
                line.verified());
    }

    private Component aboutCell(FigureLine line) {
        Div cell = new Div();
        if (line.victimGroups() != null) {
            cell.add(new Span(line.victimGroups()));
        }
        if (line.subsetOf() != null) {
            cell.add(note(partOf(line.subsetOf())));
        }
        if (line.denominatorRule() != DenominatorRule.AREA_USERS) {
            cell.add(note(line.denominatorRule().explanation()));
        }
        if (line.notes() != null) {
            cell.add(note(line.notes()));
        }
        return cell;
    }

    private static Div note(String text) {
        Div note = new Div(new Span(text));
        note.addClassName("cell-note");
        return note;
    }

    /**
     * "Part of the Worldwide figure, about 1,400: never add the two." The figure a subset is part of, by what a
     * reader sees in the table rather than by its reference id.
     */
    private String partOf(String parentReference) {
        return getListDataView().getItems().filter(figure -> figure.referenceId().equals(parentReference))
                .findFirst()
                .map(parent -> "Part of the " + parent.area().name() + " figure, " + parent.describe()
                        + ": never add the two.")
                .orElse("Part of figure " + parentReference + ": never add the two.");
    }

    private static Component competingCell(FigureLine line) {
        Div cell = new Div();
        for (FigureLine other : line.competing()) {
            String what = "competing figure, " + line.area().name();
            cell.add(new Div(FigureLinks.sourceButton(other.describe() + " — " + other.source().shortName(), what,
                    () -> new SourceDialog(what, other.describe(), other.source(), other.verified(), other.notes()),
                    other.verified())));
        }
        return cell;
    }
}
