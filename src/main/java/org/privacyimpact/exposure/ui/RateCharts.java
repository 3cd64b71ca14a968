package org.privacyimpact.exposure.ui;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureSummary;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.ui.chart.ChartCaption;
import org.privacyimpact.ui.chart.ChartOption;
import org.privacyimpact.ui.chart.MapClasses;

/**
 * The rate charts every view draws the same way — bars of people per million and the world map — and the words
 * around them: a title stating the message (unverified numbers say so), a subtitle with what is counted and
 * divided by, notes reading the colours, and the publishers of the numbers drawn.
 */
public final class RateCharts {

    /** The words a rate's bound is written in (RateBound), each read once. */
    private static final String BOUND_WORDS = "\"about\", \"at least\" (the true rate may be higher), \"at most\" "
            + "(it may be lower) and \"roughly\" (it may be either) say how exact the rate is.";
    /** What reads the bars' colours and words. */
    public static final String BAR_NOTES = "Blue: both numbers verified. Orange and hatched: rests on at least one "
            + "unverified figure. Beside each bar: the rate, then the people counted; " + BOUND_WORDS;
    /** The same for rates drawn on a logarithmic scale, where each is a dot on a stem (DD012). */
    public static final String LOG_BAR_NOTES = "Logarithmic scale: each rate is a dot on a thin stem, read against "
            + "the ticks (each is ten times the one before), not by the stem's length. Blue dots: both numbers "
            + "verified. Orange diamonds: rests on at least one unverified figure. Beside each dot: the rate, then "
            + "the people counted; " + BOUND_WORDS;
    public static final String BAR_HINT = "Tap or point at a bar for its sentence; click it for its sources.";
    public static final String LOG_BAR_HINT = "Tap or point at a dot for its sentence; click it for its sources.";

    /** What reads the map's shades and patterns. */
    public static final String MAP_NOTES = "Darker: more people targeted per million. Dark grey: figures of this "
            + "kind, but nothing fitting to divide them by (the table says why). Light grey: no figure of this kind "
            + "— no data, which is not the same as none targeted. Hatched: rests on an unverified figure. Where a "
            + "country has figures from several incidents, the map shows the highest rate. A shade is the rate as "
            + "stated: an \"at least\" rate may belong in a darker shade and an \"at most\" rate in a lighter one "
            + "(the table and each country's label say which).";
    public static final String MAP_HINT = "Click a country for its page; the Table tab lists the same countries.";

    private RateCharts() {
    }

    /**
     * One bar per row, highest first as given; each labelled with its rate in words and the people counted.
     *
     * @param withIncident whether each bar names its incident beside its area (rows of several incidents)
     */
    public static ChartOption bars(List<TargetedPerMillion> rows, Denominator denominator, boolean withIncident,
                                   boolean logScale, String summary) {
        return ChartOption.horizontalBars(
                "People targeted per million " + denominator.label() + (logScale ? " (log scale)" : ""),
                "Per million " + denominator.label(),
                rows.stream().map(row -> new ChartOption.Bar(category(row, withIncident), row.perMillion(),
                        barLabel(row), ExposureSummary.sentence(row), row.restsOnUnverified())).toList(),
                logScale, summary);
    }

    /**
     * Each country's highest rate, shaded by class, and the countries with figures but no rate, in their own
     * grey; in that order in the map's data.
     *
     * @param nameMap the map's region ids (ISO 3166-1 numeric codes) to country names
     */
    public static ChartOption map(List<TargetedPerMillion> highestPerCountry, List<TargetedPerMillion> withoutRate,
                                  Denominator denominator, Map<String, String> nameMap, String summary) {
        return ChartOption.worldMap("world", "Per million " + denominator.label(), nameMap,
                highestPerCountry.stream().map(row -> new ChartOption.Bar(row.area().name(), row.perMillion(),
                        row.describeRate(), ExposureSummary.sentence(row), row.restsOnUnverified())).toList(),
                withoutRate.stream().map(row -> new ChartOption.Bar(row.area().name(), null, null,
                        ExposureSummary.sentence(row), !row.figureVerified())).toList(),
                MapClasses.of(highestPerCountry.stream().map(TargetedPerMillion::perMillion).toList()),
                "{b}: no figure of this kind (no data, which is not the same as none targeted)", summary);
    }

    /** The most dashed lines of equal rate a scatter draws. */
    static final int RATE_GUIDES = 4;

    /**
     * Lines of equal rate for a scatter of people against users: one per power of ten from the lowest rate's to
     * the highest's ("0.1 per million", "1 per million"), the highest {@value #RATE_GUIDES} at most; each a ratio
     * of people to users.
     */
    public static Map<String, BigDecimal> rateGuides(Collection<TargetedPerMillion> rows) {
        List<BigDecimal> rates = rows.stream().map(TargetedPerMillion::perMillion)
                .filter(rate -> rate != null && rate.signum() > 0).sorted().toList();
        Map<String, BigDecimal> guides = new LinkedHashMap<>();
        if (rates.isEmpty()) {
            return guides;
        }
        BigDecimal highest = ChartOption.powerOfTenAtOrBelow(rates.getLast());
        BigDecimal rate = highest;
        for (int i = 0; i < RATE_GUIDES && rate.compareTo(ChartOption.powerOfTenAtOrBelow(rates.getFirst())) >= 0; i++) {
            guides.put(rate.stripTrailingZeros().toPlainString() + " per million",
                    rate.movePointLeft(6));
            rate = rate.movePointLeft(1);
        }
        return guides;
    }

    /** The words beside a bar: its rate with its bound, then the people counted ("about 0.30 (121)"). */
    public static String barLabel(TargetedPerMillion row) {
        return row.describeRate() + " (" + row.describeTargeted() + ")";
    }

    /** "India · Pegasus via WhatsApp, 2019", or only the area. */
    public static String category(TargetedPerMillion row, boolean withIncident) {
        return withIncident ? row.area().name() + " · " + row.incidentShortName() : row.area().name();
    }

    /**
     * The words around a rate chart.
     *
     * @param highest  the row with the highest rate, or null when no row has one
     * @param withRate how many rows (countries, for a map) have a rate
     * @param ranked   what the rows are, in the plural ("figures", "countries")
     * @param drawn    the rows drawn, whose publishers the source line names
     * @param notes    what reads the chart's colours ({@link #BAR_NOTES}, {@link #MAP_NOTES})
     * @param hint     what a reader can do with it on the page ({@link #BAR_HINT}, {@link #MAP_HINT})
     */
    public static ChartCaption caption(CountKind kind, Denominator denominator, TargetedPerMillion highest,
                                       int withRate, String ranked, Collection<TargetedPerMillion> drawn,
                                       String notes, String hint, String datasetVersion, String viewUrl) {
        String title = highest == null
                ? "No %s figure has a %s figure to divide by".formatted(kind.label().toLowerCase(),
                        denominator.label())
                : ExposureSummary.headline(highest, withRate, ranked);
        return new ChartCaption(title, subtitle(kind, denominator, drawn), highest == null ? "" : notes,
                highest == null ? "" : hint, sourceLine(drawn, datasetVersion, viewUrl));
    }

    /** What is counted, what it is divided by, and over which years. */
    static String subtitle(CountKind kind, Denominator denominator, Collection<TargetedPerMillion> drawn) {
        String years = drawn.stream().mapToInt(TargetedPerMillion::incidentYear).min().stream()
                .mapToObj(first -> {
                    int last = drawn.stream().mapToInt(TargetedPerMillion::lastYear).max().orElse(first);
                    return first == last ? " Figures of " + first + "." : " Figures of " + first + "–" + last + ".";
                }).findFirst().orElse("");
        return "Counted: %s — %s Divided by: %s, per million (%s).%s Each bar, point or country is one source's "
                .formatted(kind.label().toLowerCase(), kind.explanation(), denominator.label(),
                        denominator.explanation(), years)
                + "figure, never a sum of several.";
    }

    /** "Sources: india.com, scroll.in and 3 more. Privacy Impact Dashboard, dataset 2026.12.1, {address}". */
    public static String sourceLine(Collection<TargetedPerMillion> drawn, String datasetVersion, String viewUrl) {
        String publishers = ExposureSummary.publishers(drawn);
        return (publishers.isEmpty() ? "" : "Sources: " + publishers + ". ")
                + "Collected with every source and quote by the Privacy Impact Dashboard, dataset " + datasetVersion
                + (viewUrl == null || viewUrl.isEmpty() ? "" : ", " + viewUrl);
    }

    /** Whether values span more than two orders of magnitude, so that a linear axis would flatten most of them. */
    public static boolean spansOrdersOfMagnitude(Collection<BigDecimal> values) {
        List<BigDecimal> positive = values.stream().filter(value -> value.signum() > 0).toList();
        if (positive.size() < 2) {
            return false;
        }
        BigDecimal min = positive.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = positive.stream().max(BigDecimal::compareTo).orElseThrow();
        return max.compareTo(min.multiply(BigDecimal.valueOf(100))) > 0;
    }
}
