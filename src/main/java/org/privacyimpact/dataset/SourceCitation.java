package org.privacyimpact.dataset;

import java.time.LocalDate;

/**
 * Where a figure comes from: the document and the verbatim sentence in it that states the number.
 *
 * @param publishedOn null where only the month or year is known (the title then says it)
 */
public record SourceCitation(String title, String publisher, String url, LocalDate publishedOn, String quote) {

    /** A few words naming the source, e.g. "The New Indian Express" or "scroll.in": its publisher, else its site. */
    public String shortName() {
        if (publisher != null && !publisher.isBlank()) {
            return publisher;
        }
        String host = java.net.URI.create(url).getHost();
        return host == null ? url : host.replaceFirst("^www\\.", "");
    }
}
