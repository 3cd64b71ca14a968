package org.privacyimpact.dataset;

/**
 * A stored code as a reader meets it: the code in the database and exports, a label for a heading or a table cell,
 * and a sentence that explains it.
 */
public record Term(String code, String label, String explanation) {
}
