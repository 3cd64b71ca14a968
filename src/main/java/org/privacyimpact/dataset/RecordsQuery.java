package org.privacyimpact.dataset;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The stored figures and user bases row by row, for the data API and its CSV: a page at a time, or every row
 * streamed from the database without holding the result in memory. Read-only.
 */
public interface RecordsQuery extends KnownValues {

    List<FigureRecord> figures(FigureFilter filter, int offset, int limit);

    int countFigures(FigureFilter filter);

    /** Calls {@code each} for every matching figure, fetching from the database in batches. */
    void streamFigures(FigureFilter filter, Consumer<FigureRecord> each);

    /**
     * The caveats and published replies of these incidents, those that have either, earliest incident first: what
     * a report of their figures is to be read with.
     */
    List<IncidentCare> readWithCare(Collection<String> incidentIds);

    /** The figures as spreadsheet-safe CSV with a header (RecordsCsv.FIGURE_COLUMNS), written by the database. */
    void copyFiguresCsv(FigureFilter filter, java.io.OutputStream out);

    List<UserBaseRecord> userBases(UserBaseFilter filter, int offset, int limit);

    int countUserBases(UserBaseFilter filter);

    void streamUserBases(UserBaseFilter filter, Consumer<UserBaseRecord> each);
}
