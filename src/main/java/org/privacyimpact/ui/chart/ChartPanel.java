package org.privacyimpact.ui.chart;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A chart with its caption — a title that states the message, a subtitle, notes on its colours and a source
 * line — and a Table tab holding the same numbers: the chart is never the only way to read them.
 */
public class ChartPanel extends Div {

    private final H3 title = new H3();
    private final Paragraph subtitle = new Paragraph();
    private final Paragraph notes = new Paragraph();
    private final Paragraph source = new Paragraph();
    private final TabSheet tabs = new TabSheet();
    private final Div toolbar = new Div();
    private final EChart chart;
    private ChartCaption caption = ChartCaption.EMPTY;

    public ChartPanel(EChart chart, Component table) {
        this.chart = chart;
        addClassName("chart-panel");
        title.addClassName("chart-title");
        subtitle.addClassName("chart-subtitle");
        notes.addClassName("chart-notes");
        source.addClassName("chart-source");
        tabs.add("Chart", new Div(chart, notes));
        tabs.add("Table", table);
        tabs.setWidthFull();
        toolbar.addClassName("downloads");
        add(title, subtitle, toolbar, tabs, source);
    }

    /** Shows the chart's words on the page; its PNG and SVG print the same. */
    public void setCaption(ChartCaption caption) {
        this.caption = caption;
        title.setText(caption.title());
        subtitle.setText(caption.subtitle());
        notes.setText((caption.notes() + " " + caption.hint()).strip());
        notes.setVisible(!notes.getText().isEmpty());
        source.setText(caption.source());
    }

    public ChartCaption caption() {
        return caption;
    }

    /**
     * Adds PNG and SVG buttons that save the chart with its caption.
     *
     * @param address the view's address at the time of the click, printed after the source line
     */
    public ChartImageButtons addImageButtons(String fileBase, Supplier<String> address) {
        ChartImageButtons buttons = new ChartImageButtons(() -> chart, () -> caption.withAddress(address.get()),
                () -> fileBase);
        toolbar.add(buttons);
        return buttons;
    }

    /** Adds download links (CSV variants) beside the image buttons. */
    public void addDownloads(Component... links) {
        toolbar.addComponentAtIndex(0, new Span("Download: "));
        for (int i = 0; i < links.length; i++) {
            toolbar.addComponentAtIndex(i + 1, links[i]);
        }
    }

    public TabSheet tabs() {
        return tabs;
    }

    public H3 title() {
        return title;
    }
}
