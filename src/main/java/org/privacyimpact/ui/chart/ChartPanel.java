package org.privacyimpact.ui.chart;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
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
    private final Component table;
    private ChartCaption caption = ChartCaption.EMPTY;
    /** Fills the table with the rows now shown in the chart, once the Table tab is open; null when it is filled. */
    private Runnable pendingRows;

    public ChartPanel(EChart chart, Component table) {
        this.chart = chart;
        this.table = table;
        addClassName("chart-panel");
        title.addClassName("chart-title");
        subtitle.addClassName("chart-subtitle");
        notes.addClassName("chart-notes");
        source.addClassName("chart-source");
        tabs.add("Chart", new Div(chart, notes));
        tabs.add("Table", table);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(event -> fillTableIfShown());
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

    /**
     * The table's rows, read when a reader opens the Table tab (at once if it is open), and read again after each
     * change of the chart. Until then the session keeps no rows: most readers never open the table, and the
     * map's is two hundred rows (heap per session, BENCHMARKS.md).
     *
     * @param rows reads the rows the chart now shows; it should hold what to read (a filter), not the rows
     */
    public <T> void showRowsWhenOpened(Grid<T> grid, Supplier<List<T>> rows) {
        if (grid != table) {
            throw new IllegalArgumentException("The grid is not this panel's table");
        }
        grid.setItems(List.of());
        pendingRows = () -> grid.setItems(rows.get());
        fillTableIfShown();
    }

    private void fillTableIfShown() {
        if (pendingRows != null && tabs.getSelectedIndex() == tabs.getIndexOf(tabs.getTab(table))) {
            Runnable fill = pendingRows;
            pendingRows = null;
            fill.run();
        }
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
