package org.privacyimpact.curation;

import java.util.stream.Collectors;

/** A file with problems was offered for commit: nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super("Nothing was imported: " + preview.problems().stream().limit(5).map(ImportProblem::toString)
                .collect(Collectors.joining("; ")) + (preview.problems().size() > 5
                ? " … and " + (preview.problems().size() - 5) + " more" : ""));
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
