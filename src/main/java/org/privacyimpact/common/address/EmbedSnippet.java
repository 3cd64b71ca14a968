package org.privacyimpact.common.address;

import java.net.URI;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML another site pastes to show an embeddable chart: an {@code <iframe>} of a fixed height, and a short
 * script that lets the frame grow or shrink to the chart's page (on a phone each bar's label goes above it, and
 * the page is taller than at an article's width). The embed page tells its height to the page around it
 * ({@code frontend/embed.js}); the script believes only messages from the embed's own origin and its own frames,
 * and takes only a height from them, within bounds. A site that strips scripts keeps the fixed height, and the
 * chart's page scrolls inside the frame.
 */
public final class EmbedSnippet {

    /** The message an embed page sends to the page around its frame, with its height in CSS pixels. */
    public static final String HEIGHT_MESSAGE = "privacy-impact-embed-height";
    /** The attribute that marks the frames the script may resize. */
    static final String FRAME_MARK = "data-privacy-impact-embed";
    /** The lowest and highest heights the script gives a frame, whatever a message says. */
    static final int LOWEST = 200;
    static final int HIGHEST = 6000;

    /** An origin as a browser writes it: a script may hold it in a string as it is. */
    private static final Pattern PLAIN_ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private EmbedSnippet() {
    }

    /**
     * @param address the embed's absolute address
     * @param title   the frame's title, what a screen reader announces
     * @param height  the frame's height before the script has fitted it, in pixels
     */
    public static String of(String address, String title, int height) {
        String frame = "<iframe src=\"" + escaped(address) + "\" title=\"" + escaped(title) + "\" width=\"100%\" "
                + "height=\"" + height + "\" style=\"border: 0; max-width: 100%;\" loading=\"lazy\" " + FRAME_MARK
                + "></iframe>";
        String origin = origin(address);
        if (origin == null) {
            return frame;
        }
        return frame + "\n<script>window.addEventListener(\"message\",function(e){var d=e.data;"
                + "if(e.origin!==\"" + origin + "\"||!d||d.type!==\"" + HEIGHT_MESSAGE + "\")return;"
                + "var f=document.querySelectorAll(\"iframe[" + FRAME_MARK + "]\");"
                + "for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)"
                + "f[i].style.height=Math.max(" + LOWEST + ",Math.min(" + HIGHEST + ",Math.ceil(+d.height||0)))+\"px\";"
                + "});</script>";
    }

    /** The address's scheme, host and port as a browser names its origin; null if it is not that plain. */
    static String origin(String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return PLAIN_ORIGIN.matcher(origin).matches() ? origin : null;
    }

    /** Only what HTML needs escaped: "—" stays a dash, not "&mdash;". */
    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
