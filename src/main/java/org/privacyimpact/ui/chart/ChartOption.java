package org.privacyimpact.ui.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.util.HtmlUtils;

/**
 * The subset of Apache ECharts' option object our charts use, as typed records; {@link EChart} serialises it
 * to the JSON ECharts expects (null members are left out, so ECharts applies its defaults).
 * <p>
 * Every chart has ECharts' aria description and decal patterns on, uses the Okabe–Ito palette, and gives each
 * point the sentence a reader sees when pointing at it. Points resting on an unverified figure are drawn in
 * the palette's second colour and say so in that sentence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOption(Aria aria, List<String> color, Tooltip tooltip, GridLayout grid,
                          Axis xAxis, Axis yAxis, List<Series> series, VisualMap visualMap) {

    /**
     * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
     */
    public static final List<String> COLOUR_BLIND_SAFE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7",
            "#56B4E9", "#D55E00", "#F0E442", "#000000");
    public static final String VERIFIED_COLOUR = COLOUR_BLIND_SAFE.get(0);
    public static final String UNVERIFIED_COLOUR = COLOUR_BLIND_SAFE.get(1);

    /** One bar or point: where it goes, the text printed beside it, the sentence shown when pointing at it. */
    public record Bar(String category, BigDecimal value, String label, String sentence, boolean unverified) {
    }

    /** One point of a scatter: its name, its two coordinates, and the sentence shown when pointing at it. */
    public record Point(String name, BigDecimal x, BigDecimal y, String sentence, boolean unverified) {
    }

    /**
     * One horizontal bar per category, first category on top, each bar labelled with its value as the reader
     * sees it elsewhere (e.g. "0.30": ECharts would print the number 0.30 as "0.3"). The page's heading titles
     * the chart: a title drawn inside the canvas cannot wrap and is cut off on a phone.
     *
     * @param logScale a logarithmic value axis, for values spanning orders of magnitude (all must be above 0)
     */
    public static ChartOption horizontalBars(String valueAxisName, String seriesName, List<Bar> bars,
                                             boolean logScale) {
        List<DataPoint> points = bars.stream().map(bar -> new DataPoint(null, bar.value(),
                new Label(true, "right", bar.label()), ItemTooltip.ofPlainText(bar.sentence()),
                itemStyle(bar.unverified()))).toList();
        return new ChartOption(
                new Aria(true, new Decal(true)),
                COLOUR_BLIND_SAFE,
                new Tooltip("item", true, "white-space: normal; max-width: 22rem;"),
                new GridLayout(true, 16, 96, 16, 48),
                new Axis(logScale ? "log" : "value", valueAxisName, "middle", 30, null, null),
                new Axis("category", null, null, null, bars.stream().map(Bar::category).toList(), true),
                List.of(new BarSeries("bar", seriesName, points)), null);
    }

    /** Vertical bars over ordered categories (years, for example). */
    public static ChartOption columns(String categoryAxisName, String valueAxisName, String seriesName,
                                      List<Bar> bars) {
        List<DataPoint> points = bars.stream().map(bar -> new DataPoint(null, bar.value(),
                new Label(true, "top", bar.label()), ItemTooltip.ofPlainText(bar.sentence()),
                itemStyle(bar.unverified()))).toList();
        return new ChartOption(
                new Aria(true, new Decal(true)),
                COLOUR_BLIND_SAFE,
                new Tooltip("item", true, "white-space: normal; max-width: 22rem;"),
                new GridLayout(true, 16, 16, 24, 48),
                new Axis("category", categoryAxisName, "middle", 30, bars.stream().map(Bar::category).toList(), null),
                new Axis("value", valueAxisName, "middle", 40, null, null),
                List.of(new BarSeries("bar", seriesName, points)), null);
    }

    /**
     * A scatter of two quantities, each point labelled with its name.
     *
     * @param logScale logarithmic axes, for quantities spanning orders of magnitude (all must be above 0)
     */
    public static ChartOption scatter(String xAxisName, String yAxisName, String seriesName, List<Point> points,
                                      boolean logScale) {
        List<DataPoint> data = points.stream().map(point -> new DataPoint(point.name(),
                List.of(point.x(), point.y()), new Label(true, "right", point.name()),
                ItemTooltip.ofPlainText(point.sentence()), itemStyle(point.unverified()))).toList();
        String type = logScale ? "log" : "value";
        return new ChartOption(
                new Aria(true, new Decal(true)),
                COLOUR_BLIND_SAFE,
                new Tooltip("item", true, "white-space: normal; max-width: 22rem;"),
                new GridLayout(true, 24, 96, 24, 48),
                new Axis(type, xAxisName, "middle", 30, null, null),
                new Axis(type, yAxisName, "middle", 48, null, null),
                List.of(new ScatterSeries("scatter", seriesName, 10, data)), null);
    }

    /**
     * A world map: countries with a value are shaded by it (a continuous colour scale from light to dark
     * blue); countries without one keep the grey pattern of "no data", distinct from the lightest shade.
     *
     * @param map     the name the map was registered under in the browser
     * @param nameMap the map's region ids (ISO 3166-1 numeric codes) to the country names the data uses
     */
    public static ChartOption worldMap(String map, String seriesName, Map<String, String> nameMap,
                                       List<Bar> countries, BigDecimal max, String scaleText) {
        List<DataPoint> data = countries.stream().map(country -> new DataPoint(country.category(), country.value(),
                null, ItemTooltip.ofPlainText(country.sentence()), null)).toList();
        return new ChartOption(
                new Aria(true, new Decal(true)),
                null,
                new Tooltip("item", true, "white-space: normal; max-width: 22rem;"),
                null, null, null,
                List.of(new MapSeries("map", seriesName, map, true, nameMap,
                        new AreaStyle("#eeeeee", "#999999", 0.5), data)),
                new VisualMap("continuous", BigDecimal.ZERO, max, true, "left", "bottom",
                        List.of(scaleText, "0"), new InRange(List.of("#deebf7", "#6baed6", "#08519c"))));
    }

    private static ItemStyle itemStyle(boolean unverified) {
        return new ItemStyle(unverified ? UNVERIFIED_COLOUR : VERIFIED_COLOUR);
    }

    /** ECharts' accessibility: a generated description for screen readers, and decal patterns on bars. */
    public record Aria(boolean enabled, Decal decal) {
    }

    public record Decal(boolean show) {
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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, String name, String nameLocation, Integer nameGap, List<String> data,
                       Boolean inverse) {
    }

    /** A chart series; ECharts tells them apart by {@code type}. */
    public sealed interface Series permits BarSeries, ScatterSeries, MapSeries {
        List<DataPoint> data();
    }

    public record BarSeries(String type, String name, List<DataPoint> data) implements Series {
    }

    public record ScatterSeries(String type, String name, int symbolSize, List<DataPoint> data) implements Series {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MapSeries(String type, String name, String map, boolean roam, Map<String, String> nameMap,
                            AreaStyle itemStyle, List<DataPoint> data) implements Series {
    }

    /** How a map draws a region without data: a light grey with a darker border, never the scale's colour. */
    public record AreaStyle(String areaColor, String borderColor, double borderWidth) {
    }

    public record VisualMap(String type, BigDecimal min, BigDecimal max, boolean calculable, String left,
                            String bottom, List<String> text, InRange inRange) {
    }

    public record InRange(List<String> color) {
    }

    /**
     * One bar, point or region.
     *
     * @param value a number, or [x, y] for a scatter point
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataPoint(String name, Object value, Label label, ItemTooltip tooltip, ItemStyle itemStyle) {
    }

    public record Label(boolean show, String position, String formatter) {
    }

    public record ItemStyle(String color) {
    }
}
