package org.privacyimpact.curation;

import java.util.List;

/**
 * What importing a file would do, row by row, before anything is written: every problem (row, column, message)
 * and, for a clean file, which rows are new, which change which fields, and which are already in the dataset.
 *
 * @param notes things a curator should know that do not stop the import (e.g. text that looks like a formula)
 */
public record ImportPreview(ImportKind kind, String fileName, int rows, List<ImportProblem> problems,
                            List<ImportProblem> notes, List<RowOutcome> outcomes) {

    public boolean canCommit() {
        return problems.isEmpty() && rows > 0;
    }

    public long count(RowOutcome.Change change) {
        return outcomes.stream().filter(outcome -> outcome.change() == change).count();
    }

    /** One row's effect: a new record, changed fields of an existing one, or nothing. */
    public record RowOutcome(int row, String key, Change change, List<AuditEntry.FieldChange> fields) {

        public enum Change { NEW, CHANGED, UNCHANGED }
    }
}
