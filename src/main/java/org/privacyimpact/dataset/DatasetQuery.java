package org.privacyimpact.dataset;

import java.util.List;

/** What the dataset is: its versions and the sources it cites. Read-only. */
public interface DatasetQuery {

    /** Newest first. */
    List<DatasetRelease> releases();

    /** The newest release. */
    DatasetRelease currentRelease();

    /** Sources by title, a page at a time. */
    List<SourceSummary> sources(int offset, int limit);

    int countSources();
}
