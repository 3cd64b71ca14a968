package org.privacyimpact.dataset;

import java.time.LocalDate;
import java.util.List;

/** One published version of the curated dataset and what changed in it. */
public record DatasetRelease(String version, LocalDate releasedOn, String summary, List<String> changes) {

    /** A release was published: every answer naming the dataset's version is out of date once it commits. */
    public record Published(String version) {
    }
}
