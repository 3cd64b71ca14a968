package org.privacyimpact.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.privacyimpact.export.SpreadsheetSafeCsv;

/**
 * Download links whose file is written when the reader clicks, straight into the response. Views place them with a
 * {@link DownloadBar}.
 */
public final class Downloads {

    /** Writes a file's content; the writer streams it, never building it in memory first. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    /**
     * A CSV link.
     *
     * @param forExcel whether to start the file with the UTF-8 byte order mark Excel needs (the file name then
     *                 says "for-excel", so that it is not mistaken for the plain file); checked at click time
     */
    static Anchor csv(String text, String className, String title, Supplier<String> fileName,
                             BooleanSupplier forExcel, Writer writer) {
        Supplier<String> named = () -> forExcel.getAsBoolean()
                ? fileName.get().replaceFirst("\\.csv$", "") + "-for-excel.csv" : fileName.get();
        return link(text, className, title, named, "text/csv; charset=UTF-8", out -> {
            if (forExcel.getAsBoolean()) {
                out.write(SpreadsheetSafeCsv.UTF8_BYTE_ORDER_MARK);
            }
            writer.write(out);
        });
    }

    static Anchor zip(String text, String className, String title, Supplier<String> fileName, Writer writer) {
        return link(text, className, title, fileName, "application/zip", writer);
    }

    /**
     * A file the server answers at an address of its own (a brief in the data API), fetched by the browser rather
     * than through the view's session, so it can be shared and cached like any address.
     */
    static Anchor atAddress(String text, String className, String title, String href) {
        Anchor anchor = new Anchor(href, "");
        anchor.setRouterIgnore(true);
        return dressed(anchor, text, className, title);
    }

    private static Anchor link(String text, String className, String title, Supplier<String> fileName,
                               String contentType, Writer writer) {
        Anchor anchor = new Anchor((DownloadEvent event) -> {
            event.setFileName(fileName.get());
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        }, "");
        return dressed(anchor, text, className, title);
    }

    private static Anchor dressed(Anchor anchor, String text, String className, String title) {
        anchor.add(LumoIcon.download(), new Span(text));
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("title", title);
        anchor.addClassName(className);
        return anchor;
    }
}
