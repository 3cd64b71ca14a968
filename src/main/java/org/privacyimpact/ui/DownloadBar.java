package org.privacyimpact.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A view's or a chart's downloads, laid out the same everywhere: "Download:", the CSV files, the "For Excel" choice
 * that applies to them, the report and anything else (the chart's PNG and SVG) last.
 */
public class DownloadBar extends Div {

    private final Checkbox forExcel = new Checkbox("For Excel");
    /** The links' part of the bar: the label, the CSV files, the choice and the reports, before the rest. */
    private int links;

    public DownloadBar() {
        addClassName("downloads");
        forExcel.addClassName("for-excel");
        forExcel.getElement().setAttribute("title",
                "Adds the mark Excel needs to read accented letters correctly; other programs may show it");
    }

    /** A CSV file, with the bar's "For Excel" choice, placed after the CSV files before it. */
    public Anchor csv(String text, String className, String title, Supplier<String> fileName,
                      Downloads.Writer writer) {
        Anchor link = linkedCsv(text, className, title, fileName, writer);
        if (forExcel.getParent().isEmpty()) {
            insert(link);
            insert(forExcel);
        } else {
            addComponentAtIndex(indexOf(forExcel), link);
            links++;
        }
        return link;
    }

    /** A CSV file shown elsewhere (below a table, say) that follows this bar's "For Excel" choice. */
    public Anchor linkedCsv(String text, String className, String title, Supplier<String> fileName,
                            Downloads.Writer writer) {
        return Downloads.csv(text, className, title, fileName, forExcel::getValue, writer);
    }

    /** A zip file, after the CSV files. */
    public Anchor zip(String text, String className, String title, Supplier<String> fileName,
                      Downloads.Writer writer) {
        Anchor link = Downloads.zip(text, className, title, fileName, writer);
        insert(link);
        return link;
    }

    /** A document the server answers at its own address (a brief), after the reports. */
    public Anchor document(String text, String className, String title, String href) {
        Anchor link = Downloads.atAddress(text, className, title, href);
        insert(link);
        return link;
    }

    public Checkbox forExcel() {
        return forExcel;
    }

    private void insert(Component link) {
        if (links == 0) {
            addComponentAtIndex(0, new Span("Download: "));
            links++;
        }
        addComponentAtIndex(links++, link);
    }
}
