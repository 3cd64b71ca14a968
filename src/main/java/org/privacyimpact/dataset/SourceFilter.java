package org.privacyimpact.dataset;

/**
 * Which sources a list shows.
 *
 * @param text words to find in the title, publisher or address (case-insensitively, as plain text); null or
 *             blank for every source
 */
public record SourceFilter(String text) {

    public static final SourceFilter ALL = new SourceFilter(null);

    public boolean isAll() {
        return text == null || text.isBlank();
    }
}
