package org.privacyimpact.exposure;

import java.util.List;

import org.privacyimpact.dataset.DatasetChange;

/**
 * The rates table behind every comparison: for each listed figure and each kind of denominator, the user
 * figure it divides by and the rate. Kept current from {@link DatasetChange.Announced} in the writer's
 * transaction; completely recomputed at start-up when a migration has run since the last complete build.
 */
public interface FigureRates {

    /** Recomputes the rows the changes touch, in the caller's transaction. */
    void refresh(List<DatasetChange> changes);

    /** At start-up: recomputes every row if a migration ran since the last complete build (or there was none). */
    void rebuildIfBehind();

    /** Recomputes every row: after rows were written around the curation (bulk loads, test fixtures). */
    default void rebuild() {
        refresh(List.of(new DatasetChange.Everything()));
    }
}
