package org.privacyimpact.curation;

import java.util.List;
import java.util.Set;

import org.privacyimpact.dataset.RecordsCsv;

/**
 * What a CSV import holds. The columns are the data API's CSV columns, so a file downloaded from the API (or a
 * page) can be edited and imported again; columns the dataset derives itself are accepted and ignored.
 */
public enum ImportKind {
    FIGURES("Target figures", RecordsCsv.FIGURE_COLUMNS, Set.of("incident_name", "area"), Set.of("counted_unit"),
            List.of(LegacyColumn.NO_RATE)),
    USER_BASES("User bases", RecordsCsv.USER_BASE_COLUMNS, Set.of("area"), Set.of(), List.of()),
    SOURCES("Sources", RecordsCsv.SOURCE_COLUMNS, Set.of("id", "target_figures", "user_bases"), Set.of(), List.of());

    private final String label;
    private final List<String> columns;
    private final Set<String> ignored;
    private final Set<String> optional;
    private final List<LegacyColumn> legacyColumns;

    /**
     * @param optional columns a file may leave out, imported where present: files downloaded before a column was
     *                 added still import, with the record's default for it
     */
    ImportKind(String label, List<String> columns, Set<String> ignored, Set<String> optional,
               List<LegacyColumn> legacyColumns) {
        this.label = label;
        this.columns = columns;
        this.ignored = ignored;
        this.optional = optional;
        this.legacyColumns = legacyColumns;
    }

    public String label() {
        return label;
    }

    /** The columns a file has, in the API's order. */
    public List<String> columns() {
        return columns;
    }

    /** Columns a file may leave out, and whose values are not imported (they are derived). */
    public Set<String> ignored() {
        return ignored;
    }

    /** Columns of earlier downloads, read as the columns that replaced them. */
    List<LegacyColumn> legacyColumns() {
        return legacyColumns;
    }

    /** Columns a file may leave out, imported where present. */
    public Set<String> optional() {
        return optional;
    }

    /** The columns a file must have: neither derived nor optional. */
    public List<String> required() {
        return columns.stream().filter(column -> !ignored.contains(column) && !optional.contains(column)).toList();
    }
}
