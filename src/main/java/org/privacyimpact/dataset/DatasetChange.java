package org.privacyimpact.dataset;

import java.util.List;

/**
 * One curated row written (created, changed, retired or restored), named by what the numbers derived from the
 * dataset depend on. Announced through {@link DatasetChanges}; features that keep derived tables (the rates
 * table of the comparison) listen for {@link Announced} and bring them up to date in the same transaction.
 */
public sealed interface DatasetChange {

    /** A target figure; what is derived from it and from the figures that are its subsets is stale. */
    record FigureChanged(long figureId) implements DatasetChange {
    }

    /**
     * A user figure, announced with its area and year before and again after the change: every figure of
     * that area within reach of that year may now divide by another one.
     *
     * @param countryIso2 null for worldwide
     */
    record UserBaseChanged(String countryIso2, int asOfYear) implements DatasetChange {
    }

    /** An incident: its years and platform decide its figures' years and denominators. */
    record IncidentChanged(String incidentId) implements DatasetChange {
    }

    /** A source: titles and dates are read live, so nothing derived depends on it today. */
    record SourceChanged(long sourceId) implements DatasetChange {
    }

    /** Rows were written in bulk outside the curation (a data migration, a generated benchmark dataset). */
    record Everything() implements DatasetChange {
    }

    /** The event: the changes of one curation call, or of a whole import at once. */
    record Announced(List<DatasetChange> changes) {

        public Announced {
            changes = List.copyOf(changes);
        }
    }
}
