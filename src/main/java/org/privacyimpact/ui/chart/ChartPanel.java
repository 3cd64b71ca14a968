package org.privacyimpact.ui.chart;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.privacyimpact.ui.DownloadBar;

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
    private final DownloadBar toolbar = new DownloadBar();
    private final EChart chart;
    /** Holds the table once it is built; the Table tab's content. */
    private final Div tableSlot = new Div();
    private final Tab tableTab;
    /** Builds the table the first time the Table tab is opened; null once built. */
    private Supplier<? extends Component> buildTable;
    private ChartCaption caption = ChartCaption.EMPTY;
    /** Fills the table with the rows now shown in the chart, once the Table tab is open; null when it is filled. */
    private Runnable pendingRows;

    /** A panel with a table the page has built already; it joins the page when its tab is first opened. */
    public ChartPanel(EChart chart, Component table) {
        this(chart, () -> table);
    }

    /**
     * A panel whose table is built the first time its Table tab is opened. A TabSheet keeps every tab's content
     * on the page, hidden: built at once, the overview's three tables made the browser draw three grids no one
     * had asked for on every first visit, and held their columns in every session (issue 16).
     */
    public ChartPanel(EChart chart, Supplier<? extends Component> tableWhenOpened) {
        this.chart = chart;
        this.buildTable = tableWhenOpened;
        addClassName("chart-panel");
        title.addClassName("chart-title");
        subtitle.addClassName("chart-subtitle");
        notes.addClassName("chart-notes");
        source.addClassName("chart-source");
        tableSlot.setWidthFull();
        tabs.add("Chart", new Div(chart, notes));
        tableTab = tabs.add("Table", tableSlot);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(event -> showTableIfOpen());
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
     * @param grid the panel's table once built, null before
     * @param rows reads the rows the chart now shows; it should hold what to read (a filter), not the rows
     */
    public <T> void showRowsWhenOpened(Supplier<Grid<T>> grid, Supplier<List<T>> rows) {
        Grid<T> built = grid.get();
        if (built != null) {
            built.setItems(List.of());
        }
        pendingRows = () -> grid.get().setItems(rows.get());
        showTableIfOpen();
    }

    private void showTableIfOpen() {
        if (tabs.getSelectedTab() != tableTab) {
            return;
        }
        if (buildTable != null) {
            tableSlot.add(buildTable.get());
            buildTable = null;
        }
        if (pendingRows != null) {
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

    /** The chart's downloads, before its image buttons. */
    public DownloadBar downloads() {
        return toolbar;
    }

    public TabSheet tabs() {
        return tabs;
    }

    public H3 title() {
        return title;
    }
}
