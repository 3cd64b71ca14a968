package org.privacyimpact.exposure.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.RateCoverage;
import org.privacyimpact.exposure.RateUnavailable;

/**
 * How complete the comparison is: for each count kind, how many figures for a country there are and how many of
 * them have a rate against each denominator, with the reasons the others have none. On a phone each count kind
 * becomes a block of labelled lines (dashboard.css), so no column is cut off.
 */
public class RateCoverageTable extends Div {

    static final String FIGURES_HEADER = "Figures for a country";

    public RateCoverageTable(List<RateCoverage> coverage) {
        addClassName("rate-coverage");
        NativeTable table = new NativeTable();
        table.setCaptionText("Figures with a rate, by count kind and what the rate divides by");
        NativeTableRow header = table.getHead().addRow();
        header(header, "Count kind");
        header(header, FIGURES_HEADER);
        for (Denominator denominator : Denominator.values()) {
            header(header, "Per million " + denominator.label());
        }
        for (CountKind kind : CountKind.values()) {
            List<RateCoverage> ofKind = coverage.stream().filter(entry -> entry.kind() == kind).toList();
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(kind.label());
            name.getElement().setAttribute("scope", "row");
            int figures = ofKind.isEmpty() ? 0 : ofKind.getFirst().figures();
            cell(row, FIGURES_HEADER, new Span("%,d".formatted(figures)));
            for (Denominator denominator : Denominator.values()) {
                ofKind.stream().filter(entry -> entry.denominator() == denominator).findFirst().ifPresent(entry ->
                        cell(row, "Per million " + denominator.label(), describe(entry)));
            }
        }
        add(new Paragraph("Only figures for one country are counted here; worldwide figures are compared with "
                + "worldwide numbers. A figure without a rate is still shown everywhere, with its reason."), table);
    }

    private static void header(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "col");
    }

    /** data-label repeats the column's heading for the phone layout, where headings are hidden. */
    private static void cell(NativeTableRow row, String heading, Component... content) {
        NativeTableCell cell = row.addDataCell();
        cell.getElement().setAttribute("data-label", heading);
        cell.add(content);
    }

    private static Component[] describe(RateCoverage entry) {
        if (entry.figures() == 0) {
            return new Component[] {new Span("no figures")};
        }
        Span withRate = new Span("%,d of %,d have a rate (%d%%)".formatted(entry.withRate(), entry.figures(),
                entry.percentWithRate()));
        withRate.addClassName("coverage-share");
        Div reasons = new Div();
        reasons.addClassName("coverage-reasons");
        for (Map.Entry<RateUnavailable, Integer> reason : entry.withoutRate().entrySet()) {
            reasons.add(new Div("%,d: %s".formatted(reason.getValue(), reason.getKey().shortReason())));
        }
        return new Component[] {withRate, reasons};
    }
}
