package org.privacyimpact.exposure;

import java.util.List;
import java.util.Optional;

/** People targeted per million platform users, by area. Read-only. */
public interface TargetedPerMillionQuery {

    /** A user figure more than this many years from the incident is not used as its denominator. */
    int MAX_YEAR_GAP = 2;

    /** Decimal places of a per-million rate, in every exit (screen, CSV). */
    int RATE_SCALE = 6;

    List<TargetedPerMillion> find(ExposureFilter filter, ExposureSort sort, int offset, int limit);

    /**
     * Rows with a rate, highest first, at most {@code limit}. For a chart: like the two below, the rows come
     * without their competing figures ({@link TargetedPerMillion#competingFigures()} is empty); {@link #figure}
     * reads one whole.
     */
    List<TargetedPerMillion> highest(ExposureFilter filter, int limit);

    /** For each country, its row with the highest rate; highest first. Rows without a rate are left out. */
    List<TargetedPerMillion> highestPerCountry(ExposureFilter filter);

    /**
     * For each country that has figures of the filter but none with a rate, one of them (which says why);
     * by country name. With {@link #highestPerCountry}, every country with a figure of the filter.
     */
    List<TargetedPerMillion> countriesWithoutRate(ExposureFilter filter);

    /** One listed figure's row against a denominator (a bar the reader clicked); empty if it is not listed. */
    Optional<TargetedPerMillion> figure(long figureId, Denominator denominator);

    int count(ExposureFilter filter);

    /** How many of the {@link #count} rows have a rate. */
    int countWithRate(ExposureFilter filter);

    /** Calls {@code each} for every row, fetched from the database in batches, never all held in memory. */
    void stream(ExposureFilter filter, ExposureSort sort, java.util.function.Consumer<TargetedPerMillion> each);
}
