package org.privacyimpact.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The subset of Apache ECharts' option object our charts use, as typed records; {@link EChart} serialises it
 * to the JSON ECharts expects (null members are left out, so ECharts applies its defaults).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOption(Title title, Aria aria, List<String> color, Tooltip tooltip, GridLayout grid,
                          Axis xAxis, Axis yAxis, List<BarSeries> series) {

    /**
     * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
     */
    public static final List<String> COLOUR_BLIND_SAFE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7",
            "#56B4E9", "#D55E00", "#F0E442", "#000000");

    /**
     * One horizontal bar per category, first category on top, each bar labelled with its value as the reader
     * sees it elsewhere (e.g. "0.30": ECharts would print the number 0.30 as "0.3"). The page's heading titles
     * the chart: a title drawn inside the canvas cannot wrap and is cut off on a phone.
     */
    public static ChartOption horizontalBars(String valueAxisName, String seriesName,
                                             List<String> categories, List<BigDecimal> values,
                                             List<String> valueLabels) {
        if (categories.size() != values.size() || values.size() != valueLabels.size()) {
            throw new IllegalArgumentException("categories, values and labels differ in number");
        }
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new DataPoint(values.get(i), new Label(true, "right", valueLabels.get(i))));
        }
        return new ChartOption(
                null,
                new Aria(true, new Decal(true)),
                COLOUR_BLIND_SAFE,
                new Tooltip("axis"),
                new GridLayout(true, 16, 56, 16, 48),
                new Axis("value", valueAxisName, "middle", 30, null, null),
                new Axis("category", null, null, null, categories, true),
                List.of(new BarSeries("bar", seriesName, points)));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Title(String text, String subtext) {
    }

    /** ECharts' accessibility: a generated description for screen readers, and decal patterns on bars. */
    public record Aria(boolean enabled, Decal decal) {
    }

    public record Decal(boolean show) {
    }

    public record Tooltip(String trigger) {
    }

    public record GridLayout(boolean containLabel, int left, int right, int top, int bottom) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, String name, String nameLocation, Integer nameGap, List<String> data,
                       Boolean inverse) {
    }

    public record BarSeries(String type, String name, List<DataPoint> data) {
    }

    /** One bar: its value, and the text printed beside it. */
    public record DataPoint(BigDecimal value, Label label) {
    }

    public record Label(boolean show, String position, String formatter) {
    }
}
