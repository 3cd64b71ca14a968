package org.privacyimpact.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void everyBarHasItsValueItsLabelAndItsTooltip() {
        ChartOption option = ChartOption.horizontalBars("axis", "series", List.of("India"),
                List.of(new BigDecimal("0.302500")), List.of("0.30"), List.of("India: 0.30"));

        ChartOption.DataPoint india = option.series().getFirst().data().getFirst();
        assertThat(india.value()).isEqualByComparingTo("0.3025");
        assertThat(india.label().formatter()).isEqualTo("0.30");
        assertThat(india.tooltip().formatter()).isEqualTo("India: 0.30");
        assertThat(option.yAxis().data()).containsExactly("India");
    }

    @Test
    void listsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> ChartOption.horizontalBars("axis", "series", List.of("India", "Worldwide"),
                List.of(BigDecimal.ONE), List.of("1"), List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
