package org.privacyimpact.dataset;

/** The years the dataset covers, for the checks of curated records and of filters. */
public final class DatasetYears {

    /** The first year a record or a filter may name: the dataset begins in 1990. */
    public static final int FIRST = 1990;

    /** The last year a filter may name, far enough ahead for any release (a record may not be in the future). */
    public static final int LAST_TO_FILTER = 2100;

    private DatasetYears() {
    }
}
