package org.privacyimpact.ui.chart;

import java.math.BigDecimal;
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

    /** One horizontal bar per category, longest label on the left, value printed at the end of each bar. */
    public static ChartOption horizontalBars(String title, String subtitle, String valueAxisName, String seriesName,
                                             List<String> categories, List<BigDecimal> values) {
        return new ChartOption(
                new Title(title, subtitle),
                new Aria(true, new Decal(true)),
                COLOUR_BLIND_SAFE,
                new Tooltip("axis"),
                new GridLayout(true, 16, 56, 64, 48),
                new Axis("value", valueAxisName, "middle", 30, null, null),
                new Axis("category", null, null, null, categories, true),
                List.of(new BarSeries("bar", seriesName, values, new Label(true, "right", "{c}"))));
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

    public record BarSeries(String type, String name, List<BigDecimal> data, Label label) {
    }

    public record Label(boolean show, String position, String formatter) {
    }
}
