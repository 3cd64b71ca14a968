package org.privacyimpact.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A chart with its title, a one-sentence summary in words, and a Table tab holding the same numbers: the
 * chart is never the only way to read them.
 */
public class ChartPanel extends Div {

    private final Paragraph summary = new Paragraph();
    private final TabSheet tabs = new TabSheet();
    private final String title;
    private final Div toolbar = new Div();
    private final EChart chart;

    public ChartPanel(String title, EChart chart, Component table) {
        this.title = title;
        this.chart = chart;
        addClassName("chart-panel");
        chart.getElement().setAttribute("aria-label", title);
        summary.addClassName("chart-overview");
        tabs.add("Chart", chart);
        tabs.add("Table", table);
        tabs.setWidthFull();
        toolbar.addClassName("downloads");
        add(new H3(title), summary, toolbar, tabs);
    }

    /** Adds PNG and SVG buttons that save the chart with its title and this source line. */
    public ChartImageButtons addImageButtons(java.util.function.Supplier<String> sourceLine, String fileBase) {
        ChartImageButtons buttons = new ChartImageButtons(() -> chart, () -> title, sourceLine, () -> fileBase);
        toolbar.add(buttons);
        return buttons;
    }

    /** Adds download links (CSV variants) beside the image buttons. */
    public void addDownloads(Component... links) {
        toolbar.addComponentAtIndex(0, new com.vaadin.flow.component.html.Span("Download: "));
        for (int i = 0; i < links.length; i++) {
            toolbar.addComponentAtIndex(i + 1, links[i]);
        }
    }

    public void setSummary(String text) {
        summary.setText(text);
    }

    public TabSheet tabs() {
        return tabs;
    }
}
