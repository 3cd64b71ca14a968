package org.privacyimpact.ui.chart;

/**
 * The words around a chart, the same on the page and in its PNG and SVG, as Our World in Data's charts have
 * them: a title that states the message, a subtitle with what is counted, divided by and when, notes that read
 * the chart's colours and patterns, and the source line naming who published the numbers.
 *
 * @param hint what a reader can do with the chart on the page ("click a bar for its sources"); never printed
 */
public record ChartCaption(String title, String subtitle, String notes, String hint, String source) {

    public static final ChartCaption EMPTY = new ChartCaption("", "", "", "", "");

    /** The same words with the view's address after the source line, for an image that leaves the page. */
    public ChartCaption withAddress(String address) {
        return address == null || address.isBlank() ? this
                : new ChartCaption(title, subtitle, notes, hint, source + ", " + address);
    }

    /** The same words with a sentence added to the subtitle (what the chart is narrowed to, say). */
    public ChartCaption withSubtitleAdded(String sentence) {
        return sentence == null || sentence.isBlank() ? this
                : new ChartCaption(title, subtitle + " " + sentence, notes, hint, source);
    }

    /** A sentence a reader needs before the rest of the subtitle, e.g. which incident or which part is drawn. */
    public ChartCaption withSubtitleFirst(String sentence) {
        return sentence == null || sentence.isBlank() ? this
                : new ChartCaption(title, sentence + " " + subtitle, notes, hint, source);
    }

    public ChartCaption withNotes(String otherNotes, String otherHint) {
        return new ChartCaption(title, subtitle, otherNotes, otherHint, source);
    }
}
