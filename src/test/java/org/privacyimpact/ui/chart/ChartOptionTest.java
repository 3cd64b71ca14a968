package org.privacyimpact.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartOptionTest {

    @Test
    void tooltipTextFromTheDatasetCannotInjectHtmlOrEChartsPlaceholders() {
        ChartOption.ItemTooltip tooltip = ChartOption.ItemTooltip.ofPlainText(
                "<img src=x onerror=alert(1)> {b} & \"quoted\"");

        assertThat(tooltip.formatter()).doesNotContain("<", ">", "{", "}", "\"")
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; &#123;b&#125; &amp; &quot;quoted&quot;");
    }

    @Test
    void everyBarHasItsValueItsLabelItsTooltipAndAColourSayingWhetherItIsVerified() {
        ChartOption option = ChartOption.horizontalBars("axis", "series", List.of(
                new ChartOption.Bar("India", new BigDecimal("0.302500"), "0.30", "India: 0.30", false),
                new ChartOption.Bar("Mexico", new BigDecimal("7.97"), "7.97", "Mexico: 7.97", true)), false);

        ChartOption.DataPoint india = option.series().getFirst().data().getFirst();
        assertThat((BigDecimal) india.value()).isEqualByComparingTo("0.3025");
        assertThat(india.label().formatter()).isEqualTo("0.30");
        assertThat(india.tooltip().formatter()).isEqualTo("India: 0.30");
        assertThat(india.itemStyle().color()).isEqualTo(ChartOption.VERIFIED_COLOUR);
        assertThat(option.series().getFirst().data().get(1).itemStyle().color())
                .isEqualTo(ChartOption.UNVERIFIED_COLOUR);
        assertThat(option.yAxis().data()).containsExactly("India", "Mexico");
        assertThat(option.xAxis().type()).isEqualTo("value");
        assertThat(option.aria().enabled()).isTrue();
    }

    @Test
    void aLogarithmicScaleIsAnAxisTypeForBarsAndBothAxesOfAScatter() {
        assertThat(ChartOption.horizontalBars("axis", "series", List.of(), true).xAxis().type()).isEqualTo("log");
        ChartOption scatter = ChartOption.scatter("users", "people", "series", List.of(new ChartOption.Point(
                "India", BigDecimal.valueOf(400_000_000L), BigDecimal.valueOf(121), "India", false)), true);
        assertThat(scatter.xAxis().type()).isEqualTo("log");
        assertThat(scatter.yAxis().type()).isEqualTo("log");
        assertThat(scatter.series().getFirst().data().getFirst().value())
                .isEqualTo(List.of(BigDecimal.valueOf(400_000_000L), BigDecimal.valueOf(121)));
    }
}
