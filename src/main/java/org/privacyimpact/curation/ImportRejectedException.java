package org.privacyimpact.curation;

import java.util.List;
import java.util.stream.Collectors;

/** A file with problems was offered for commit: nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super(message(preview.problems()));
        this.preview = preview;
    }

    /** A list with one row per person had problems (or produced no figure). */
    ImportRejectedException(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "Nothing was imported: the list produces no figure." : message(problems));
        this.preview = null;
    }

    private static String message(List<ImportProblem> problems) {
        return "Nothing was imported: " + problems.stream().limit(5).map(ImportProblem::toString)
                .collect(Collectors.joining("; ")) + (problems.size() > 5
                ? " … and " + (problems.size() - 5) + " more" : "");
    }

    /** The preview of a file in the API's columns; null for a list with one row per person. */
    public ImportPreview preview() {
        return preview;
    }
}
