package org.privacyimpact.curation;

/**
 * One reason a file cannot be imported.
 *
 * @param row    the line of the file as a spreadsheet numbers it (the header is row 1); 0 for the whole file
 * @param column the column's header; null if the problem is not about one column
 */
public record ImportProblem(int row, String column, String message) {

    @Override
    public String toString() {
        return (row == 0 ? "File" : "Row " + row) + (column == null ? "" : ", " + column) + ": " + message;
    }
}
