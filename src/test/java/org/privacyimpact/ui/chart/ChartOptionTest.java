package org.privacyimpact.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartOptionTest {

    /** India verified, Mexico not; India's tooltip has markup that must reach the page as text. */
    static final List<ChartOption.Bar> INDIA_AND_MEXICO = List.of(
            new ChartOption.Bar("India", new BigDecimal("0.302500"), "0.30", "India: 0.30 <b>", false),
            new ChartOption.Bar("Mexico", new BigDecimal("7.97"), "7.97", "Mexico: 7.97", true));

    @Test
    void tooltipTextFromTheDatasetCannotInjectHtmlOrEChartsPlaceholders() {
        ChartOption.ItemTooltip tooltip = ChartOption.ItemTooltip.ofPlainText(
                "<img src=x onerror=alert(1)> {b} & \"quoted\"");

        assertThat(tooltip.formatter()).doesNotContain("<", ">", "{", "}", "\"")
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; &#123;b&#125; &amp; &quot;quoted&quot;");
    }

    @Test
    void everyBarHasItsValueItsLabelItsTooltipAndAColourAndHatchSayingWhetherItIsVerified() {
        ChartOption option = ChartOption.horizontalBars("axis", "series", INDIA_AND_MEXICO, false, "India and Mexico");

        ChartOption.DataPoint india = option.series().getFirst().data().getFirst();
        assertThat((BigDecimal) india.value()).isEqualByComparingTo("0.3025");
        assertThat(india.name()).isEqualTo("India");
        assertThat(india.label().formatter()).isEqualTo("0.30");
        assertThat(india.tooltip().formatter()).isEqualTo("India: 0.30 &lt;b&gt;");
        assertThat(india.itemStyle().color()).isEqualTo(ChartOption.VERIFIED_COLOUR);
        assertThat(india.itemStyle().decal()).isNull();
        ChartOption.DataPoint mexico = option.series().getFirst().data().get(1);
        assertThat(mexico.itemStyle().color()).isEqualTo(ChartOption.UNVERIFIED_COLOUR);
        assertThat(mexico.itemStyle().decal()).isEqualTo(ChartOption.UNVERIFIED_HATCH);
        assertThat(option.yAxis().data()).containsExactly("India", "Mexico");
        assertThat(option.xAxis().type()).isEqualTo("value");
        assertThat(option.xAxis().startValue()).isNull();
        assertThat(option.aria().enabled()).isTrue();
        assertThat(option.aria().label().description()).isEqualTo("India and Mexico");
    }

    @Test
    void onALogarithmicScaleBarsStartAtThePowerOfTenBelowTheSmallestValueNotAtOne() {
        ChartOption option = ChartOption.horizontalBars("axis", "series", List.of(
                new ChartOption.Bar("Mexico", new BigDecimal("4.72"), "4.72", "", false),
                new ChartOption.Bar("United States", new BigDecimal("0.015"), "0.015", "", false)), true, "");

        assertThat(option.xAxis().type()).isEqualTo("log");
        assertThat(option.xAxis().min()).isEqualByComparingTo("0.01");
        assertThat(option.xAxis().startValue()).isEqualByComparingTo("0.01");
    }

    @Test
    void powersOfTenBelowAValue() {
        assertThat(ChartOption.powerOfTenAtOrBelow(new BigDecimal("0.012563"))).isEqualTo(new BigDecimal("0.01"));
        assertThat(ChartOption.powerOfTenAtOrBelow(new BigDecimal("7.972028"))).isEqualTo(new BigDecimal("1"));
        assertThat(ChartOption.powerOfTenAtOrBelow(new BigDecimal("10"))).isEqualTo(new BigDecimal("10"));
        assertThat(ChartOption.powerOfTenAtOrBelow(new BigDecimal("16.72"))).isEqualTo(new BigDecimal("10"));
        assertThat(ChartOption.powerOfTenAtOrBelow(new BigDecimal("0.1"))).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void aScatterCanHaveLogarithmicAxesLinesOfEqualRateAndDiamondsForUnverifiedPoints() {
        ChartOption scatter = ChartOption.scatter("users", "people", "series", List.of(
                new ChartOption.Point("India", BigDecimal.valueOf(400_000_000L), BigDecimal.valueOf(121), "India",
                        false),
                new ChartOption.Point("Mexico", BigDecimal.valueOf(57_200_000L), BigDecimal.valueOf(456), "Mexico",
                        true)), true, Map.of("1 per million", new BigDecimal("0.000001")), "");

        assertThat(scatter.xAxis().type()).isEqualTo("log");
        assertThat(scatter.yAxis().type()).isEqualTo("log");
        ChartOption.ScatterSeries series = (ChartOption.ScatterSeries) scatter.series().getFirst();
        assertThat(series.data().getFirst().value())
                .isEqualTo(List.of(BigDecimal.valueOf(400_000_000L), BigDecimal.valueOf(121)));
        assertThat(series.data()).extracting(ChartOption.DataPoint::symbol).containsExactly("circle", "diamond");
        // the line of 1 per million, cut to the plot: from 100 people (the y axis' start) to 1 billion users
        assertThat(series.markLine().data()).singleElement().satisfies(line -> {
            assertThat(line.getFirst().name()).isEqualTo("1 per million");
            assertThat(line.getFirst().coord()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("100000000"), new BigDecimal("100"));
            assertThat(line.getLast().coord()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("1000000000"), new BigDecimal("1000"));
        });
    }

    @Test
    void onALogarithmicScaleEachValueIsADotOnAThinStemNotABar() {
        ChartOption option = ChartOption.horizontalBars("axis", "series", List.of(
                new ChartOption.Bar("Mexico", new BigDecimal("7.97"), "7.97", "", false)), true, "");

        assertThat(option.series()).hasSize(2);
        assertThat(((ChartOption.BarSeries) option.series().getFirst()).barWidth())
                .isEqualTo(ChartOption.LOLLIPOP_STEM);
        assertThat(option.series().get(1)).isInstanceOf(ChartOption.ScatterSeries.class);
        assertThat(ChartOption.horizontalBars("axis", "series", List.of(), false, "").series()).hasSize(1);
    }

    @Test
    void theMapsLegendHasAClassPerShadeAndANoDataSwatchThatNoValueFallsIn() {
        MapClasses classes = MapClasses.of(List.of(new BigDecimal("0.013"), new BigDecimal("0.30"),
                new BigDecimal("7.97")));
        ChartOption map = ChartOption.worldMap("world", "series", Map.of("356", "India"), List.of(
                new ChartOption.Bar("India", new BigDecimal("0.30"), null, "India: 0.30", false),
                new ChartOption.Bar("Mexico", new BigDecimal("7.97"), null, "Mexico: 7.97", true)),
                List.of(new ChartOption.Bar("Bahrain", null, null, "Bahrain: 82 people; no rate", false)),
                classes, "{b}: no data", "A map");

        assertThat(map.visualMap().type()).isEqualTo("piecewise");
        assertThat(map.visualMap().pieces()).extracting(ChartOption.Piece::label)
                .containsExactly("Figures, no rate", "No data", "< 0.1", "0.1–1", "≥ 1");
        assertThat(map.visualMap().pieces()).extracting(ChartOption.Piece::color).doesNotHaveDuplicates();
        assertThat(map.visualMap().pieces().get(1).color()).isEqualTo(ChartOption.NO_DATA_COLOUR);
        // the lowest class starts at 0, so no rate can fall in "No data" (-1) or "Figures, no rate" (-2)
        assertThat(map.visualMap().pieces().get(2).gte()).isEqualByComparingTo("0");
        ChartOption.MapSeries series = (ChartOption.MapSeries) map.series().getFirst();
        assertThat(series.itemStyle().areaColor()).isEqualTo(ChartOption.NO_DATA_COLOUR);
        assertThat(series.data().get(0).itemStyle()).isNull();
        assertThat(series.data().get(1).itemStyle().decal()).isEqualTo(ChartOption.MAP_UNVERIFIED_HATCH);
        assertThat(series.data().get(2).value()).isEqualTo(ChartOption.NO_RATE_VALUE);
        assertThat(series.data().get(2).tooltip().formatter()).isEqualTo("Bahrain: 82 people; no rate");
        assertThat(series.tooltip().formatter()).isEqualTo("{b}: no data");
    }
}
