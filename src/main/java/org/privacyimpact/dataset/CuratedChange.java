package org.privacyimpact.dataset;

import java.util.List;

/**
 * One curated row written (created, changed, retired or restored), named by what the numbers derived from the
 * dataset depend on. Announced through {@link CuratedChanges}; features that keep derived tables (the rates
 * table of the comparison) listen for {@link Announced} and bring them up to date in the same transaction.
 */
public sealed interface CuratedChange {

    /**
     * A target figure, announced with its incident, kind and area as it was (after an update) and again as it
     * is: what is derived from it, from the figures that are its subsets, and the counts of both its old and
     * new incident, kind and area are stale.
     *
     * @param countryIso2 null for worldwide
     */
    record FigureChanged(long figureId, String incidentId, CountKind countKind, String countryIso2)
            implements CuratedChange {
    }

    /**
     * A user figure, announced with its area and year before and again after the change: every figure of
     * that area within reach of that year may now divide by another one.
     *
     * @param countryIso2 null for worldwide
     */
    record UserBaseChanged(String countryIso2, int asOfYear) implements CuratedChange {
    }

    /** An incident: its years and platform decide its figures' years and denominators. */
    record IncidentChanged(String incidentId) implements CuratedChange {
    }

    /** A source: its date decides when the incidents its figures belong to were first reported. */
    record SourceChanged(long sourceId) implements CuratedChange {
    }

    /** Rows were written in bulk outside the curation (a data migration, a generated benchmark dataset). */
    record Everything() implements CuratedChange {
    }

    /** The event: the changes of one curation call, or of a whole import at once. */
    record Announced(List<CuratedChange> changes) {

        public Announced {
            changes = List.copyOf(changes);
        }
    }
}
