package org.privacyimpact.ui.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.util.HtmlUtils;

/**
 * The subset of Apache ECharts' option object our charts use, as typed records; {@link EChart} serialises it
 * to the JSON ECharts expects (null members are left out, so ECharts applies its defaults).
 * <p>
 * Every chart carries its sentence for screen readers (ECharts' aria description), uses the Okabe–Ito palette,
 * and gives each point the sentence a reader sees when pointing at or tapping it. Points resting on an
 * unverified figure are drawn in the palette's second colour and hatched, so that they differ without colour
 * too, and say so in that sentence. {@code pidLayout} tells our web component which kind of chart it lays out
 * for a phone's width (frontend/components/pid-echart.js); ECharts never sees it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOption(Aria aria, List<String> color, Tooltip tooltip, GridLayout grid,
                          Axis xAxis, Axis yAxis, List<Series> series, VisualMap visualMap, String pidLayout) {

    /**
     * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
     */
    public static final List<String> COLOUR_BLIND_SAFE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7",
            "#56B4E9", "#D55E00", "#F0E442", "#000000");
    public static final String VERIFIED_COLOUR = COLOUR_BLIND_SAFE.get(0);
    public static final String UNVERIFIED_COLOUR = COLOUR_BLIND_SAFE.get(1);
    /** White diagonal stripes over a point or region that rests on an unverified figure. */
    static final Decal UNVERIFIED_HATCH = new Decal("rect", List.of(1, 0), List.of(3, 4), -0.7854,
            "rgba(255, 255, 255, 0.75)");
    /** Stripes over a map region that rests on an unverified figure: dark, so that they show on every shade. */
    static final Decal MAP_UNVERIFIED_HATCH = new Decal("rect", List.of(1, 0), List.of(3, 4), -0.7854,
            "rgba(0, 0, 0, 0.4)");
    /** How a region without a figure is filled: a neutral grey no shade of the scale comes near. */
    public static final String NO_DATA_COLOUR = "#f2f2f2";
    /** A region with figures of the kind but nothing fitting to divide them by: a darker grey, not "no data". */
    public static final String NO_RATE_COLOUR = "#bdbdbd";
    /** Pixels: a lollipop's stem, thin enough not to be read as a bar. */
    static final int LOLLIPOP_STEM = 3;
    /**
     * The map's classes, light to dark (ColorBrewer's YlGnBu): neighbouring classes differ in hue as well as in
     * lightness, and the lightest is far from both greys.
     */
    static final List<String> MAP_CLASS_COLOURS = List.of("#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8",
            "#0c2c84");

    /** One bar or point: where it goes, the text printed beside it, the sentence shown when pointing at it. */
    /** The option as the browser's chart reads it: the JSON the chart component sends. */
    public String json() {
        return ChartOptionJson.write(this);
    }

    public record Bar(String category, BigDecimal value, String label, String sentence, boolean unverified) {
    }

    /** One point of a scatter: its name, its two coordinates, and the sentence shown when pointing at it. */
    public record Point(String name, BigDecimal x, BigDecimal y, String sentence, boolean unverified) {
    }

    /**
     * One horizontal bar per category, first category on top, each bar labelled with its value as the reader
     * sees it elsewhere (e.g. "0.30": ECharts would print the number 0.30 as "0.3"). The page's heading titles
     * the chart: a title drawn inside the canvas cannot wrap and is cut off on a phone.
     * <p>
     * On a logarithmic axis a bar's length would not be proportional to its value, so each value is a dot on a
     * thin stem (a lollipop) that starts at the axis' first power of ten below the smallest value: positions are
     * read against the ticks, and the stems keep the values' order (ECharts would otherwise grow bars from 1,
     * drawing 0.015 longer than 4.7).
     *
     * @param logScale a logarithmic value axis, for values spanning orders of magnitude (all must be above 0)
     * @param summary  the chart's message in words, for screen readers
     */
    public static ChartOption horizontalBars(String valueAxisName, String seriesName, List<Bar> bars,
                                             boolean logScale, String summary) {
        List<DataPoint> points = bars.stream().map(bar -> new DataPoint(bar.category(), bar.value(),
                new Label(true, "right", bar.label()), ItemTooltip.ofPlainText(bar.sentence()),
                itemStyle(bar.unverified()))).toList();
        BigDecimal start = logScale ? powerOfTenAtOrBelow(bars.stream().map(Bar::value)
                .filter(value -> value.signum() > 0).min(BigDecimal::compareTo).orElse(BigDecimal.ONE)) : null;
        List<Series> series = logScale
                ? List.of(new BarSeries("bar", seriesName, LOLLIPOP_STEM, points),
                        new ScatterSeries("scatter", seriesName, 13, bars.stream().map(bar -> new DataPoint(
                                bar.category(), List.of(bar.value(), bar.category()), null,
                                ItemTooltip.ofPlainText(bar.sentence()), itemStyle(bar.unverified()),
                                bar.unverified() ? "diamond" : "circle")).toList()))
                : List.of(new BarSeries("bar", seriesName, null, points));
        return new ChartOption(
                Aria.describing(summary),
                COLOUR_BLIND_SAFE,
                new Tooltip("item", true, "white-space: normal; max-width: 22rem;"),
                new GridLayout(true, 16, 96, 16, 48),
                new Axis(logScale ? "log" : "value", valueAxisName, "middle", 30, null, null, start, start),
                new Axis("category", null, null, null, bars.stream().map(Bar::category).toList(), true, null, null),
                series, null, "bars");
    }

    /** Vertical bars over ordered categories (years, for example). */
    public static ChartOption columns(String categoryAxisName, String valueAxisName, String seriesName,
                                      List<Bar> bars, String summary) {
        List<DataPoint> points = bars.stream().map(bar -> new DataPoint(bar.category(), bar.value(),
                new Label(true, "top", bar.label()), ItemTooltip.ofPlainText(bar.sentence()),
                itemStyle(bar.unverified()))).toList();
        return new ChartOption(
                Aria.describing(summary),
                COLOUR_BLIND_SAFE,
                new Tooltip("item", true, "white-space: normal; max-width: 22rem;"),
                // room on the left for the value axis' name, turned upright 40 px left of the axis: containLabel
                // keeps the axis' labels in, not its name, which the PNG and SVG exports cut at 16
                new GridLayout(true, 40, 16, 24, 48),
                new Axis("category", categoryAxisName, "middle", 30, bars.stream().map(Bar::category).toList(), null,
                        null, null),
                new Axis("value", valueAxisName, "middle", 40, null, null, null, null),
                List.of(new BarSeries("bar", seriesName, null, points)), null, "columns");
    }

    /**
     * A scatter of two quantities, each point labelled with its name; points resting on an unverified figure are
     * orange diamonds, so they differ by shape as well as colour.
     *
     * @param logScale   logarithmic axes, for quantities spanning orders of magnitude (all must be above 0)
     * @param rateGuides ratios y / x to draw as dashed lines, each named ("1 per million"): points on one line
     *                   share its ratio
     */
    public static ChartOption scatter(String xAxisName, String yAxisName, String seriesName, List<Point> points,
                                      boolean logScale, Map<String, BigDecimal> rateGuides, String summary) {
        List<DataPoint> data = points.stream().map(point -> new DataPoint(point.name(),
                List.of(point.x(), point.y()), new Label(true, "right", point.name()),
                ItemTooltip.ofPlainText(point.sentence()), itemStyle(point.unverified()),
                point.unverified() ? "diamond" : "circle")).toList();
        String type = logScale ? "log" : "value";
        BigDecimal xFrom = logScale ? belowSmallest(points.stream().map(Point::x).toList()) : BigDecimal.ZERO;
        BigDecimal largest = points.stream().map(Point::x).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        // to the axis' end: the decade after the largest value on a log axis, the largest value on a linear one
        BigDecimal xTo = logScale ? powerOfTenAtOrBelow(largest).multiply(BigDecimal.TEN) : largest;
        return new ChartOption(
                Aria.describing(summary),
                COLOUR_BLIND_SAFE,
                new Tooltip("item", true, "white-space: normal; max-width: 22rem;"),
                new GridLayout(true, 40, 72, 24, 48),
                new Axis(type, xAxisName, "middle", 30, null, null, xFrom, null),
                new Axis(type, yAxisName, "middle", 48, null, null, null, null),
                List.of(new ScatterSeries("scatter", seriesName, 10, data, MarkLine.guides(rateGuides,
                        xFrom == null ? BigDecimal.ONE : xFrom, xTo, yRange(points, logScale)))),
                null, "scatter");
    }

    /** The y axis' extent as ECharts draws it: from a power of ten (or 0) to the power of ten above the largest. */
    private static BigDecimal[] yRange(List<Point> points, boolean logScale) {
        BigDecimal smallest = points.stream().map(Point::y).filter(y -> y.signum() > 0).min(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        BigDecimal largest = points.stream().map(Point::y).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal top = powerOfTenAtOrBelow(largest);
        return new BigDecimal[] {logScale ? powerOfTenAtOrBelow(smallest) : BigDecimal.ZERO,
                top.compareTo(largest) == 0 ? top : top.multiply(BigDecimal.TEN)};
    }

    /**
     * Where a logarithmic scatter axis starts: the power of ten below the smallest value, a decade lower if that
     * value is itself a power of ten, so that no point sits on the axis line under its label.
     */
    private static BigDecimal belowSmallest(List<BigDecimal> values) {
        BigDecimal smallest = values.stream().filter(value -> value.signum() > 0).min(BigDecimal::compareTo)
                .orElse(null);
        if (smallest == null) {
            return null;
        }
        BigDecimal power = powerOfTenAtOrBelow(smallest);
        return power.compareTo(smallest) == 0 ? power.movePointLeft(1) : power;
    }

    /**
     * A world map: countries with a value are shaded by the class it falls in (a legend a reader can decode:
     * "0.1–1"); countries with figures but nothing fitting to divide them by are a darker grey ("Figures, no
     * rate"); countries without any figure a light grey ("No data"), never a pale shade of the scale; regions
     * resting on an unverified figure are hatched.
     *
     * @param map         the name the map was registered under in the browser
     * @param nameMap     the map's region ids (ISO 3166-1 numeric codes) to the country names the data uses
     * @param withoutRate countries with figures but no rate, each with the sentence that says why (value unused)
     * @param noDataTip   what pointing at a country without a figure says ("{b}" is replaced by its name)
     */
    public static ChartOption worldMap(String map, String seriesName, Map<String, String> nameMap,
                                       List<Bar> countries, List<Bar> withoutRate, MapClasses classes,
                                       String noDataTip, String summary) {
        List<DataPoint> data = new ArrayList<>(countries.stream().map(country -> new DataPoint(
                country.category(), country.value(), null, ItemTooltip.ofPlainText(country.sentence()),
                country.unverified() ? new ItemStyle(null, MAP_UNVERIFIED_HATCH) : null)).toList());
        withoutRate.forEach(country -> data.add(new DataPoint(country.category(), NO_RATE_VALUE, null,
                ItemTooltip.ofPlainText(country.sentence()),
                country.unverified() ? new ItemStyle(null, MAP_UNVERIFIED_HATCH) : null)));
        return new ChartOption(
                Aria.describing(summary),
                null,
                new Tooltip("item", true, "white-space: normal; max-width: 22rem;"),
                null, null, null,
                List.of(new MapSeries("map", seriesName, map, false, nameMap,
                        new AreaStyle(NO_DATA_COLOUR, "#9a9a9a", 0.5),
                        new ItemTooltip(HtmlUtils.htmlEscape(noDataTip)), data)),
                VisualMap.of(classes, !withoutRate.isEmpty()), "map");
    }

    /** 10 to the power of the whole number at or below log10(value): 0.013 → 0.01, 7.97 → 1, 10 → 10. */
    public static BigDecimal powerOfTenAtOrBelow(BigDecimal value) {
        int exponent = value.precision() - value.scale() - 1;
        return BigDecimal.ONE.scaleByPowerOfTen(exponent).setScale(Math.max(0, -exponent));
    }

    private static ItemStyle itemStyle(boolean unverified) {
        return unverified ? new ItemStyle(UNVERIFIED_COLOUR, UNVERIFIED_HATCH) : new ItemStyle(VERIFIED_COLOUR, null);
    }

    /**
     * ECharts' accessibility: our sentence as the chart's description for screen readers. Its own decal
     * patterns stay off: they would hatch every bar alike; ours hatch what rests on an unverified figure.
     */
    public record Aria(boolean enabled, AriaLabel label, Decal decal) {

        static Aria describing(String summary) {
            return new Aria(true, new AriaLabel(summary), null);
        }
    }

    public record AriaLabel(String description) {
    }

    /** A pattern drawn over a fill (ECharts' decal). */
    public record Decal(String symbol, List<Integer> dashArrayX, List<Integer> dashArrayY, double rotation,
                        String color) {
    }

    /** confine keeps the tooltip inside the chart on a phone; extraCssText lets long text wrap. */
    public record Tooltip(String trigger, boolean confine, String extraCssText) {
    }

    /**
     * The text shown when pointing at one item. ECharts inserts it into the page as HTML and replaces
     * {placeholders} in it, so text from the dataset is escaped for both.
     */
    public record ItemTooltip(String formatter) {

        public static ItemTooltip ofPlainText(String text) {
            return new ItemTooltip(HtmlUtils.htmlEscape(text).replace("{", "&#123;").replace("}", "&#125;"));
        }
    }

    public record GridLayout(boolean containLabel, int left, int right, int top, int bottom) {
    }

    /**
     * @param min        where the axis starts (null: ECharts chooses)
     * @param startValue where bars start; on a logarithmic axis the same as {@code min}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, String name, String nameLocation, Integer nameGap, List<String> data,
                       Boolean inverse, BigDecimal min, BigDecimal startValue) {
    }

    /** A chart series; ECharts tells them apart by {@code type}. */
    public sealed interface Series permits BarSeries, ScatterSeries, MapSeries {
        List<DataPoint> data();
    }

    /** @param barWidth pixels, or null for ECharts' default (a lollipop's stem is thin) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BarSeries(String type, String name, Integer barWidth, List<DataPoint> data) implements Series {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScatterSeries(String type, String name, int symbolSize, List<DataPoint> data, MarkLine markLine)
            implements Series {

        ScatterSeries(String type, String name, int symbolSize, List<DataPoint> data) {
            this(type, name, symbolSize, data, null);
        }
    }

    /**
     * Dashed reference lines across a scatter, each from one end of the x axis to the other at y = ratio × x,
     * named at its end; they answer no pointer (silent).
     */
    public record MarkLine(boolean silent, String symbol, LineStyle lineStyle, Label label,
                           List<List<MarkPoint>> data) {

        /** Each line cut to the plot (x from xFrom to xTo, y within yRange); one that misses it is left out. */
        static MarkLine guides(Map<String, BigDecimal> ratios, BigDecimal xFrom, BigDecimal xTo, BigDecimal[] yRange) {
            List<List<MarkPoint>> lines = new ArrayList<>();
            ratios.forEach((name, ratio) -> {
                BigDecimal start = xFrom.max(yRange[0].divide(ratio, MathContext.DECIMAL64));
                BigDecimal end = xTo.min(yRange[1].divide(ratio, MathContext.DECIMAL64));
                if (start.compareTo(end) < 0) {
                    lines.add(List.of(new MarkPoint(name, List.of(start, start.multiply(ratio))),
                            new MarkPoint(null, List.of(end, end.multiply(ratio)))));
                }
            });
            if (lines.isEmpty()) {
                return null;
            }
            return new MarkLine(true, "none", new LineStyle("dashed", "#8a8a8a", 1),
                    new Label(true, "insideEndTop", "{b}"), lines);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MarkPoint(String name, List<BigDecimal> coord) {
    }

    public record LineStyle(String type, String color, int width) {
    }

    /** @param tooltip what pointing at a region without data says; regions with data have their own */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MapSeries(String type, String name, String map, boolean roam, Map<String, String> nameMap,
                            AreaStyle itemStyle, ItemTooltip tooltip, List<DataPoint> data) implements Series {
    }

    /** How a map draws a region without data: a light grey with a darker border, never the scale's colour. */
    public record AreaStyle(String areaColor, String borderColor, double borderWidth) {
    }

    /**
     * The map's legend, lowest first: a swatch for "No data", which no region's value falls in (regions without
     * data are drawn by {@link AreaStyle}), then one per class; a reader cannot switch classes off.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VisualMap(String type, List<Piece> pieces, boolean selectedMode, String orient, String left,
                            String bottom, Integer itemGap) {

        static VisualMap of(MapClasses classes, boolean withoutRate) {
            List<Piece> pieces = new ArrayList<>();
            if (withoutRate) {
                pieces.add(new Piece(null, null, NO_RATE_VALUE, "Figures, no rate", NO_RATE_COLOUR));
            }
            pieces.add(new Piece(null, null, -1, "No data", NO_DATA_COLOUR));
            List<MapClasses.MapClass> all = classes.classes();
            for (int i = 0; i < all.size(); i++) {
                MapClasses.MapClass c = all.get(i);
                // rates are never negative: the lowest class starts at 0, which keeps "No data" (-1) apart
                pieces.add(new Piece(c.from() == null ? BigDecimal.ZERO : c.from(), c.below(), null, c.label(),
                        MAP_CLASS_COLOURS.get(colourIndex(i, all.size()))));
            }
            return new VisualMap("piecewise", pieces, false, "horizontal", "center", "0", 12);
        }

        /** Spreads a few classes over the whole ramp so that neighbours differ as much as they can. */
        private static int colourIndex(int index, int count) {
            int last = MAP_CLASS_COLOURS.size() - 1;
            return count == 1 ? last - 1 : Math.round((float) index * last / (count - 1));
        }
    }

    /** The value a country with figures but no rate carries on the map: below every class and "No data". */
    static final int NO_RATE_VALUE = -2;

    /** One class of values: {@code gte <= value < lt}; either end may be open. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Piece(BigDecimal gte, BigDecimal lt, Integer value, String label, String color) {
    }

    /**
     * One bar, point or region.
     *
     * @param value a number, or [x, y] for a scatter point
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataPoint(String name, Object value, Label label, ItemTooltip tooltip, ItemStyle itemStyle,
                            String symbol) {

        DataPoint(String name, Object value, Label label, ItemTooltip tooltip, ItemStyle itemStyle) {
            this(name, value, label, tooltip, itemStyle, null);
        }
    }

    public record Label(boolean show, String position, String formatter) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemStyle(String color, Decal decal) {
    }
}
