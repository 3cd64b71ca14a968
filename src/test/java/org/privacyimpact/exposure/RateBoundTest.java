package org.privacyimpact.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.dataset.CountKind.CONFIRMED_FORENSIC;
import static org.privacyimpact.dataset.CountKind.NOTIFIED_BY_PLATFORM;
import static org.privacyimpact.dataset.ValueQualifier.APPROXIMATE;
import static org.privacyimpact.dataset.ValueQualifier.AT_LEAST;
import static org.privacyimpact.dataset.ValueQualifier.AT_MOST;
import static org.privacyimpact.dataset.ValueQualifier.EXACT;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RateBoundTest {

    @Test
    void aboutFourteenHundredDividedByAtLeastOnePointFiveBillionIsAtMostAboutTheRate() {
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, APPROXIMATE, AT_LEAST)).isEqualTo(RateBound.AT_MOST_ABOUT);
        assertThat(RateBound.AT_MOST_ABOUT.describe(new BigDecimal("0.933333"))).isEqualTo("at most about 0.93");
    }

    @Test
    void aCountStatedAsAMinimumMakesTheRateAMinimum() {
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, AT_LEAST, EXACT)).isEqualTo(RateBound.AT_LEAST);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, AT_LEAST, APPROXIMATE)).isEqualTo(RateBound.AT_LEAST_ABOUT);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, AT_MOST, EXACT)).isEqualTo(RateBound.AT_MOST);
    }

    @Test
    void usersStatedAsAMinimumMakeTheRateAMaximumAndAsAMaximumAMinimum() {
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, EXACT, AT_LEAST)).isEqualTo(RateBound.AT_MOST);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, EXACT, AT_MOST)).isEqualTo(RateBound.AT_LEAST);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, APPROXIMATE, AT_MOST)).isEqualTo(RateBound.AT_LEAST_ABOUT);
    }

    @Test
    void twoMinimumsPullBothWaysAndLeaveNoBound() {
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, AT_LEAST, AT_LEAST)).isEqualTo(RateBound.NO_BOUND);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, AT_MOST, AT_MOST)).isEqualTo(RateBound.NO_BOUND);
        // both push the rate up: still a lower bound
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, AT_LEAST, AT_MOST)).isEqualTo(RateBound.AT_LEAST);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, AT_MOST, AT_LEAST)).isEqualTo(RateBound.AT_MOST);
    }

    @Test
    void aForensicCountIsAMinimumByNatureSoItsRateIsAMinimumToo() {
        assertThat(RateBound.of(CONFIRMED_FORENSIC, EXACT, EXACT)).isEqualTo(RateBound.AT_LEAST);
        assertThat(RateBound.of(CONFIRMED_FORENSIC, EXACT, APPROXIMATE)).isEqualTo(RateBound.AT_LEAST_ABOUT);
        assertThat(RateBound.of(CONFIRMED_FORENSIC, EXACT, AT_LEAST)).isEqualTo(RateBound.NO_BOUND);
    }

    @Test
    void onlyTwoExactNumbersGiveAnExactRate() {
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, EXACT, EXACT)).isEqualTo(RateBound.EXACT);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, EXACT, APPROXIMATE)).isEqualTo(RateBound.APPROXIMATE);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, APPROXIMATE, APPROXIMATE)).isEqualTo(RateBound.APPROXIMATE);
        assertThat(RateBound.EXACT.describe(new BigDecimal("0.302500"))).isEqualTo("0.30");
        assertThat(RateBound.EXACT.words()).isEqualTo("exact");
    }
}
