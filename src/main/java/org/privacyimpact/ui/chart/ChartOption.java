package org.privacyimpact.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.util.HtmlUtils;

/**
 * The subset of Apache ECharts' option object our charts use, as typed records; {@link EChart} serialises it
 * to the JSON ECharts expects (null members are left out, so ECharts applies its defaults).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOption(Aria aria, List<String> color, Tooltip tooltip, GridLayout grid,
                          Axis xAxis, Axis yAxis, List<BarSeries> series) {

    /**
     * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
     */
    public static final List<String> COLOUR_BLIND_SAFE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7",
            "#56B4E9", "#D55E00", "#F0E442", "#000000");

    /**
     * One horizontal bar per category, first category on top, each bar labelled with its value as the reader
     * sees it elsewhere (e.g. "0.30": ECharts would print the number 0.30 as "0.3") and a sentence to show when
     * pointing at it (ECharts would show the raw value, e.g. 0.3025). The page's heading titles
     * the chart: a title drawn inside the canvas cannot wrap and is cut off on a phone.
     */
    public static ChartOption horizontalBars(String valueAxisName, String seriesName,
                                             List<String> categories, List<BigDecimal> values,
                                             List<String> valueLabels, List<String> tooltips) {
        if (categories.size() != values.size() || values.size() != valueLabels.size()
                || valueLabels.size() != tooltips.size()) {
            throw new IllegalArgumentException("categories, values, labels and tooltips differ in number");
        }
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new DataPoint(values.get(i), new Label(true, "right", valueLabels.get(i)),
                    ItemTooltip.ofPlainText(tooltips.get(i))));
        }
        return new ChartOption(
                new Aria(true, new Decal(true)),
                COLOUR_BLIND_SAFE,
                new Tooltip("item", true, "white-space: normal; max-width: 22rem;"),
                new GridLayout(true, 16, 56, 16, 48),
                new Axis("value", valueAxisName, "middle", 30, null, null),
                new Axis("category", null, null, null, categories, true),
                List.of(new BarSeries("bar", seriesName, points)));
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
     * The text shown when pointing at one bar. ECharts inserts it into the page as HTML and replaces
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

    public record BarSeries(String type, String name, List<DataPoint> data) {
    }

    /** One bar: its value, the text printed beside it and the text shown when pointing at it. */
    public record DataPoint(BigDecimal value, Label label, ItemTooltip tooltip) {
    }

    public record Label(boolean show, String position, String formatter) {
    }
}
