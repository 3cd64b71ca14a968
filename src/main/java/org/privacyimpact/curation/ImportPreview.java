package org.privacyimpact.curation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.privacyimpact.audit.AuditEntry;

/**
 * What importing a file would do, row by row, before anything is written: every problem (row, column, message)
 * and, for a clean file, which rows are new, which change which fields, and which are already in the dataset.
 *
 * @param notes things a curator should know that do not stop the import (e.g. text that looks like a formula)
 */
public record ImportPreview(ImportKind kind, String fileName, int rows, List<ImportProblem> problems,
                            List<ImportProblem> notes, List<RowOutcome> outcomes) {

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,.]*");

    public boolean canCommit() {
        return problems.isEmpty() && rows > 0;
    }

    public long count(RowOutcome.Change change) {
        return outcomes.stream().filter(outcome -> outcome.change() == change).count();
    }

    /**
     * The problems by column and kind, the largest group first: a file with a bad count in each of 20,000 rows
     * reads as one line, "people_targeted: 20,000 rows", with the first row's message as the example. Problems
     * are of one kind when their messages differ only in the values they quote or in their numbers.
     */
    public List<ProblemGroup> problemsByColumn() {
        Map<String, ProblemGroup> groups = new LinkedHashMap<>();
        for (ImportProblem problem : problems) {
            String unquoted = QUOTED.matcher(problem.message()).replaceAll("\"\"");
            String kind = problem.column() + "|" + NUMBER.matcher(unquoted).replaceAll("0");
            groups.merge(kind, new ProblemGroup(problem.column(), 1, problem),
                    (group, one) -> new ProblemGroup(group.column(), group.rows() + 1, group.first()));
        }
        return groups.values().stream().sorted(Comparator.comparingInt(ProblemGroup::rows).reversed()).toList();
    }

    /** Problems of one kind in one column (null: the whole file or row), and the first of them. */
    public record ProblemGroup(String column, int rows, ImportProblem first) {
    }

    /** One row's effect: a new record, changed fields of an existing one, or nothing. */
    public record RowOutcome(int row, String key, Change change, List<AuditEntry.FieldChange> fields) {

        public enum Change { NEW, CHANGED, UNCHANGED }
    }
}
