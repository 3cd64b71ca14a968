package org.privacyimpact.exposure.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.MissingUserFigure;
import org.privacyimpact.exposure.RateCoverage;
import org.privacyimpact.exposure.RateUnavailable;

/**
 * How complete the comparison is: for each count kind, how many figures for a country there are and how many of
 * them have a rate against each denominator, with the reasons the others have none, and which user figures are
 * missing. On a phone each count kind becomes a block of labelled lines (dashboard.css), so no column is cut off.
 */
public class RateCoverageTable extends Div {

    static final String FIGURES_HEADER = "Figures for a country";

    public RateCoverageTable(List<RateCoverage> coverage, List<MissingUserFigure> missing) {
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
        if (!missing.isEmpty()) {
            add(gaps(missing));
        }
    }

    /**
     * The user figures that would give the missing rates, so a reader (or a curator with a source) sees exactly
     * which numbers are wanted: by denominator, and for platform users by platform.
     */
    private static Component gaps(List<MissingUserFigure> missing) {
        Div gaps = new Div();
        gaps.addClassName("coverage-gaps");
        gaps.add(new Paragraph("User figures the dataset does not have yet (none could be cited within two years of "
                + "the figures):"));
        UnorderedList list = new UnorderedList();
        Map<String, List<MissingUserFigure>> byHeading = missing.stream().collect(Collectors.groupingBy(
                gap -> "Per million " + gap.denominator().label() + (gap.platform() == null ? "" : ", " + gap.platform()),
                LinkedHashMap::new, Collectors.toList()));
        byHeading.forEach((heading, gapsOfHeading) -> {
            ListItem item = new ListItem();
            Span label = new Span(heading + ": ");
            label.addClassName("coverage-share");
            item.add(label, new Span(gapsOfHeading.stream().map(MissingUserFigure::describe)
                    .collect(Collectors.joining(", "))));
            list.add(item);
        });
        gaps.add(list);
        return gaps;
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
            reasons.add(new Div("%,d: %s".formatted(reason.getValue(), reason.getKey().label())));
        }
        return new Component[] {withRate, reasons};
    }
}
