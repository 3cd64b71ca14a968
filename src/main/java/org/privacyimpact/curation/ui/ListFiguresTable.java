package org.privacyimpact.curation.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.privacyimpact.curation.PersonListPreview.Change;
import org.privacyimpact.curation.PersonListPreview.FigureOutcome;

/**
 * The figures a list with one row per person gives, each with the rows it counts and its effect on the dataset.
 * A table on a desk; on a phone each figure becomes a block of labelled lines (dashboard.css, .stacked-table).
 */
class ListFiguresTable extends Div {

    static final List<String> HEADINGS = List.of("Area", "Incident", "Kind of count", "Years", "People",
            "Rows counted", "Effect");

    private final NativeTable table = new NativeTable();

    ListFiguresTable() {
        addClassName("stacked-table");
        table.setCaptionText("The figures this list gives");
        NativeTableRow header = table.getHead().addRow();
        for (String heading : HEADINGS) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(heading);
            cell.getElement().setAttribute("scope", "col");
        }
        add(table);
    }

    void show(List<FigureOutcome> figures) {
        table.getBody().removeAllRows();
        for (FigureOutcome figure : figures) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell area = row.addHeaderCell();
            area.setText(figure.area());
            area.getElement().setAttribute("scope", "row");
            area.getElement().setAttribute("data-label", HEADINGS.get(0));
            List<String> cells = List.of(figure.incidentId(), figure.kind().label(), years(figure),
                    "%,d".formatted(figure.count()), figure.rows(), effect(figure));
            for (int i = 0; i < cells.size(); i++) {
                NativeTableCell cell = row.addDataCell();
                cell.setText(cells.get(i));
                cell.getElement().setAttribute("data-label", HEADINGS.get(i + 1));
            }
        }
        setVisible(!figures.isEmpty());
    }

    static String effect(FigureOutcome figure) {
        String change = figure.change().label();
        if (figure.change() == Change.CHANGED || figure.change() == Change.RESTORED
                || figure.change() == Change.NOT_IN_LIST) {
            change += ": %,d → %,d".formatted(figure.countBefore(), figure.count());
        }
        if (!figure.rowsAdded().isEmpty()) {
            change += "; rows added " + figure.rowsAdded();
        }
        if (!figure.rowsRemoved().isEmpty()) {
            change += "; rows no longer counted " + figure.rowsRemoved();
        }
        return change;
    }

    private static String years(FigureOutcome figure) {
        if (figure.periodStart() == null) {
            return "";
        }
        return figure.periodStart().equals(figure.periodEnd()) ? String.valueOf(figure.periodStart())
                : figure.periodStart() + "–" + figure.periodEnd();
    }
}
