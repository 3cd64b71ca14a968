package org.privacyimpact.curation;

import java.util.List;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.CountKind;

/**
 * What importing a list with one row per person would do, before anything is written: the figures it produces,
 * each with the rows it counts and how it compares with the dataset, the cells with several values or none,
 * and every problem and note.
 *
 * @param sha256 the file's checksum, which every figure's quote cites
 */
public record PersonListPreview(String fileName, String sha256, int rows, List<ImportProblem> problems,
                                List<ImportProblem> notes, List<ColumnCells> cells, List<FigureOutcome> figures) {

    public boolean canCommit() {
        return problems.isEmpty() && !figures.isEmpty();
    }

    public long count(Change change) {
        return figures.stream().filter(figure -> figure.change() == change).count();
    }

    /** How many cells of a column hold several values, and how many are empty, by row number. */
    public record ColumnCells(String column, List<Integer> severalValues, List<Integer> empty) {
    }

    /**
     * One figure: what the list gives and what the dataset holds now.
     *
     * @param rows        the rows counted, as "2–5, 9"
     * @param countBefore the dataset's count now; null for a new figure
     * @param rowsAdded   rows counted now and not by the version in the dataset ("" if none)
     * @param rowsRemoved rows the version in the dataset counted and this one does not ("" if none)
     */
    public record FigureOutcome(String referenceId, String incidentId, String area, Integer periodStart,
                                Integer periodEnd, CountKind kind, int count, String rows, Change change,
                                Integer countBefore, String rowsAdded, String rowsRemoved) {
    }

    @RequiredArgsConstructor
    public enum Change {
        NEW("New"), CHANGED("Changed"), RESTORED("Back in the list: restored"), UNCHANGED("Same as in the dataset"),
        NOT_IN_LIST("No longer in the list: retired (kept in its history)");

        @Getter
        private final String label;
    }
}
