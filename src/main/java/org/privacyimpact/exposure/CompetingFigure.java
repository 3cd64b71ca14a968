package org.privacyimpact.exposure;

import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.ValueQualifier;

/** Another source's number for the same incident, area and count kind, shown beside the preferred one. */
public record CompetingFigure(int targetedCount, ValueQualifier qualifier, boolean verified, String notes,
                              SourceCitation source) {

    public String describe() {
        return qualifier.describe(targetedCount);
    }
}
