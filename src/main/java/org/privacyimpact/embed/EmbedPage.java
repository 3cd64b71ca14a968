package org.privacyimpact.embed;

import java.util.List;

import org.privacyimpact.common.XhtmlWriter;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.ui.chart.ChartCaption;
import org.privacyimpact.ui.chart.ChartOption;

/**
 * A chart on a page of its own, for another site's frame: its title and subtitle, the chart, its notes, the
 * source line with the dataset version, and "Open in the dashboard" with the same filters. Written on the server
 * without Vaadin, so it needs no session and no cookie; the chart element's script draws the option held in an
 * attribute (no inline script, so the page's policy can forbid them).
 */
final class EmbedPage {

    /** The chart element's script, from the dashboard's root: the embed entry of the frontend bundle. */
    static final String SCRIPT = "VAADIN/build/embed.js";
    /** The charts' sizes are the dashboard's; the embed's own sheet lays out the page around them. */
    static final String DASHBOARD_STYLE_SHEET = "styles/dashboard.css";
    static final String STYLE_SHEET = "styles/embed.css";
    static final String OPEN = "Open in the dashboard";

    private EmbedPage() {
    }

    /**
     * How the chart is sized: bars grow with their rows and the map keeps the world's proportions, by the
     * dashboard's own style sheet; the page scrolls inside its frame when the words need more room (a phone).
     */
    record Shape(String className, int rows) {

        /** As the views size them: room for three bars at least, so one bar is not a slab. */
        static Shape bars(int rows) {
            return new Shape("rate-bars", Math.max(rows, 3));
        }

        static Shape map() {
            return new Shape("world-map", 0);
        }

        static Shape scatter() {
            return new Shape("scatter", 0);
        }
    }

    /**
     * @param root    the dashboard's address ending in "/", for the page's script and style sheets
     * @param script  the script's address from the root ({@link EmbedScript})
     * @param option  null when there is nothing to draw (no figure has a rate): the title says why
     * @param viewUrl the view with the same filters
     * @param ignored what of the address could not be used: said above the chart, as the views say it, so that a
     *                mistyped embed code does not publish another chart in silence
     */
    static String of(ChartCaption caption, ChartOption option, Shape shape, String viewUrl, String root,
                     String script, List<String> ignored) {
        XhtmlWriter page = head(caption.title(), root).start("body").start("main", "class", "embed");
        if (!ignored.isEmpty()) {
            page.element("p", AddressReader.ignoredInWords(ignored), "class", "ignored", "role", "status");
        }
        page.element("h1", caption.title(), "class", "title");
        if (!caption.subtitle().isBlank()) {
            page.element("p", caption.subtitle(), "class", "subtitle");
        }
        if (option != null) {
            page.start("pid-echart", "class", "chart " + shape.className(), "style", "--rows: " + shape.rows(),
                    "data-option", option.json()).end();
            page.start("noscript").element("p", "The chart needs JavaScript; \"" + OPEN
                    + "\" shows it with its table.").end();
        }
        // where the numbers come from, and the way back, before the notes: a frame too short for all shows these
        page.element("p", caption.source(), "class", "source");
        page.start("p", "class", "open")
                .element("a", OPEN + " ↗", "href", viewUrl, "target", "_blank", "rel", "noopener")
                .end();
        if (!caption.notes().isBlank()) {
            page.element("p", caption.notes(), "class", "notes");
        }
        page.end().start("script", "type", "module", "src", root + script).end();
        return page.finish();
    }

    /** What a frame shows for an address that names nothing the dataset has. */
    static String notFound(String message, String root) {
        XhtmlWriter page = head("Not found", root).start("body").start("main", "class", "embed");
        page.element("h1", "Not found", "class", "title").element("p", message);
        page.start("p", "class", "open").element("a", OPEN + " ↗", "href", root, "target", "_blank", "rel",
                "noopener").end();
        return page.finish();
    }

    private static XhtmlWriter head(String title, String root) {
        return XhtmlWriter.forBrowsers().start("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " — Privacy Impact Dashboard")
                .empty("link", "rel", "stylesheet", "href", root + DASHBOARD_STYLE_SHEET)
                .empty("link", "rel", "stylesheet", "href", root + STYLE_SHEET)
                .end();
    }
}
