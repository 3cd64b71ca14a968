package org.privacyimpact.curation.ui;

import lombok.RequiredArgsConstructor;
import org.privacyimpact.curation.ImportKind;

/** What an uploaded file holds: records in the data API's columns, or a list with one row per person. */
@RequiredArgsConstructor
enum ImportChoice {
    FIGURES(ImportKind.FIGURES),
    USER_BASES(ImportKind.USER_BASES),
    SOURCES(ImportKind.SOURCES),
    PERSON_LIST(null);

    private final ImportKind kind;

    /** The kind of a file in the API's columns; null for a list with one row per person. */
    ImportKind kind() {
        return kind;
    }

    String label() {
        return kind == null ? "One row per person (a list to count into figures)" : kind.label();
    }
}
