package org.privacyimpact.dataset;

import java.util.List;

/**
 * A table worked out from the curated rows (rates, counts) so that pages read a few rows instead of computing
 * over every figure (DD011). Kept current from {@link CuratedChange.Announced} in the writer's transaction.
 */
public interface DerivedTable {

    /** Works out again what the changes touch, in the caller's transaction. */
    void refresh(List<CuratedChange> changes);

    /**
     * At start-up: works out everything if a migration ran since the last complete build (or there was none),
     * because a data migration writes rows without announcing them.
     *
     * @return whether it worked everything out
     */
    boolean rebuildIfBehind();

    /** Works out everything: after rows were written around the curation (bulk loads, test fixtures). */
    default void rebuild() {
        refresh(List.of(new CuratedChange.Everything()));
    }
}
