package org.privacyimpact.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BarScaleTest {

    @Test
    void aBarIsItsRateOverTheHighestFromZero() {
        BarScale scale = new BarScale(new BigDecimal("7.61"));

        assertThat(scale.share(new BigDecimal("7.61"))).isEqualTo(1.0);
        assertThat(scale.share(new BigDecimal("3.805"))).isEqualTo(0.5);
        assertThat(scale.share(new BigDecimal("0.30"))).isEqualTo(0.039422);
        assertThat(scale.share(BigDecimal.ZERO)).isEqualTo(0.0);
    }

    @Test
    void aScaleWithoutARateAboveZeroIsRefused() {
        assertThatThrownBy(() -> new BarScale(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above zero");
    }
}
