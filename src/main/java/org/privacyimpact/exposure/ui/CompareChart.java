package org.privacyimpact.exposure.ui;

import java.math.BigDecimal;
import java.util.List;

import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.ExposureSummary;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.ui.chart.ChartCaption;
import org.privacyimpact.ui.chart.ChartOption;

/**
 * What the Compare view draws for one state of its address: the rows with the highest rates (at most
 * {@link #DRAWN}), the caption, the rates as bars and the counts against their denominators as a scatter. Read
 * once, drawn by the view and by its embed, so both show the same chart for the same address.
 *
 * @param rows            the first {@link #DRAWN} rows by rate, with or without a rate
 * @param withRate        those of them with a rate: the bars and points, in drawing order
 * @param figures         every row of the filter
 * @param figuresWithRate every row of the filter with a rate
 * @param scatterLog      whether the scatter's axes are logarithmic
 */
public record CompareChart(List<TargetedPerMillion> rows, List<TargetedPerMillion> withRate, int figures,
                           int figuresWithRate, ChartCaption caption, ChartOption bars, ChartOption scatter,
                           boolean scatterLog, String scatterNotes) {

    /** The charts and sentences show the highest rates first, at most this many; the table has every row. */
    public static final int DRAWN = 100;

    public static CompareChart of(CompareState state, TargetedPerMillionQuery query, String datasetVersion) {
        ExposureFilter filter = state.filter();
        List<TargetedPerMillion> rows = query.find(filter, ExposureSort.HIGHEST_RATE_FIRST, 0, DRAWN);
        List<TargetedPerMillion> withRate = rows.stream().filter(row -> row.perMillion() != null).toList();
        int figures = rows.size() < DRAWN ? rows.size() : query.count(filter);
        int figuresWithRate = rows.size() < DRAWN ? withRate.size() : query.countWithRate(filter);
        boolean severalIncidents = rows.stream().map(TargetedPerMillion::incidentId).distinct().count() > 1;
        TargetedPerMillion highest = withRate.isEmpty() ? null : withRate.getFirst();
        // the title's "the highest of N figures" is of these figures only: an image that leaves the page says so
        ChartCaption caption = RateCharts.caption(filter.countKind(), filter.denominator(), highest,
                        figuresWithRate, "figures", withRate, barNotes(state.scale()), barHint(state.scale()),
                        datasetVersion, "")
                .withSubtitleAdded(CompareFilters.narrowedTo(filter));
        ChartOption bars = RateCharts.bars(withRate, filter.denominator(), severalIncidents,
                state.scale() == CompareState.Scale.LOG, caption.title());
        boolean scatterLog = switch (state.scale()) {
            case LOG -> true;
            case LINEAR -> false;
            case AUTO -> RateCharts.spansOrdersOfMagnitude(withRate.stream()
                    .map(row -> BigDecimal.valueOf(row.userBase().users())).toList())
                    || RateCharts.spansOrdersOfMagnitude(withRate.stream()
                    .map(row -> BigDecimal.valueOf(row.targetedCount())).toList());
        };
        ChartOption scatter = ChartOption.scatter(
                capitalised(filter.denominator().label()) + " (the number divided by)"
                        + (scatterLog ? ", log scale" : ""),
                "People targeted" + (scatterLog ? ", log scale" : ""),
                "People targeted and " + filter.denominator().label(),
                withRate.stream().map(row -> new ChartOption.Point(RateCharts.category(row, severalIncidents),
                        BigDecimal.valueOf(row.userBase().users()), BigDecimal.valueOf(row.targetedCount()),
                        ExposureSummary.sentence(row), row.restsOnUnverified())).toList(),
                scatterLog, RateCharts.rateGuides(withRate), caption.title());
        return new CompareChart(rows, withRate, figures, figuresWithRate, caption, bars, scatter, scatterLog,
                scatterNotes(scatterLog, state.scale() == CompareState.Scale.AUTO));
    }

    /** The bars' notes for the scale they are drawn on: Automatic draws linear bars (DD012). */
    public static String barNotes(CompareState.Scale scale) {
        return scale == CompareState.Scale.LOG ? RateCharts.LOG_BAR_NOTES : RateCharts.BAR_NOTES;
    }

    /** How to read one bar, or on a logarithmic scale one dot, for its sentence and sources. */
    public static String barHint(CompareState.Scale scale) {
        return scale == CompareState.Scale.LOG ? RateCharts.LOG_BAR_HINT : RateCharts.BAR_HINT;
    }

    /** The rates' caption, or the scatter's: the same title and source, the notes of the chart shown. */
    public ChartCaption caption(CompareState.Tab tab) {
        return tab == CompareState.Tab.SCATTER ? caption.withNotes(scatterNotes, SCATTER_HINT) : caption;
    }

    public TargetedPerMillion highest() {
        return withRate.isEmpty() ? null : withRate.getFirst();
    }

    static final String SCATTER_HINT = "Tap or point at a point for its sentence; click it for its sources.";

    private static String scatterNotes(boolean log, boolean chosenAutomatically) {
        return "Each point is a figure: across, the number it is divided by; up, the people targeted. Points with "
                + "the same rate lie on one line " + (log ? "parallel to the diagonal" : "through zero")
                + "; the dashed lines mark rates of 10, 1, 0.1 … per million"
                + (log && chosenAutomatically ? ". Logarithmic axes, because the values span more than two orders "
                + "of magnitude: on linear axes all but the largest would crowd into one corner" : "")
                + ". Orange diamonds rest on an unverified figure.";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
