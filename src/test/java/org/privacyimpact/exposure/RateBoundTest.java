package org.privacyimpact.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.dataset.CountKind.NOTIFIED_BY_PLATFORM;
import static org.privacyimpact.dataset.ValueQualifier.APPROXIMATE;
import static org.privacyimpact.dataset.ValueQualifier.AT_LEAST;
import static org.privacyimpact.dataset.ValueQualifier.EXACT;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.ValueQualifier;

class RateBoundTest {

    @Test
    void aboutFourteenHundredDividedByAtLeastOnePointFiveBillionIsAtMostAboutTheRate() {
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, APPROXIMATE, AT_LEAST)).isEqualTo(RateBound.AT_MOST_ABOUT);
        assertThat(RateBound.AT_MOST_ABOUT.describe(new BigDecimal("0.933333"))).isEqualTo("at most about 0.93");
    }

    @ParameterizedTest(name = "{0}: count {1}, users {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # a count stated as a minimum makes the rate a minimum
            NOTIFIED_BY_PLATFORM | AT_LEAST    | EXACT       | AT_LEAST
            NOTIFIED_BY_PLATFORM | AT_LEAST    | APPROXIMATE | AT_LEAST_ABOUT
            NOTIFIED_BY_PLATFORM | AT_MOST     | EXACT       | AT_MOST
            # users stated as a minimum make the rate a maximum, and as a maximum a minimum
            NOTIFIED_BY_PLATFORM | EXACT       | AT_LEAST    | AT_MOST
            NOTIFIED_BY_PLATFORM | EXACT       | AT_MOST     | AT_LEAST
            NOTIFIED_BY_PLATFORM | APPROXIMATE | AT_MOST     | AT_LEAST_ABOUT
            # two minimums pull both ways and leave no bound; both pushing the rate up is still a lower bound
            NOTIFIED_BY_PLATFORM | AT_LEAST    | AT_LEAST    | NO_BOUND
            NOTIFIED_BY_PLATFORM | AT_MOST     | AT_MOST     | NO_BOUND
            NOTIFIED_BY_PLATFORM | AT_LEAST    | AT_MOST     | AT_LEAST
            NOTIFIED_BY_PLATFORM | AT_MOST     | AT_LEAST    | AT_MOST
            # a forensic count is a minimum by nature, so its rate is a minimum too
            CONFIRMED_FORENSIC   | EXACT       | EXACT       | AT_LEAST
            CONFIRMED_FORENSIC   | EXACT       | APPROXIMATE | AT_LEAST_ABOUT
            CONFIRMED_FORENSIC   | EXACT       | AT_LEAST    | NO_BOUND
            """)
    void theRatesBoundFollowsFromWhatTheCountAndTheUsersAreStatedAs(CountKind kind, ValueQualifier count,
                                                                     ValueQualifier users, RateBound expected) {
        assertThat(RateBound.of(kind, count, users)).isEqualTo(expected);
    }

    @Test
    void onlyTwoExactNumbersGiveAnExactRate() {
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, EXACT, EXACT)).isEqualTo(RateBound.EXACT);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, EXACT, APPROXIMATE)).isEqualTo(RateBound.APPROXIMATE);
        assertThat(RateBound.of(NOTIFIED_BY_PLATFORM, APPROXIMATE, APPROXIMATE)).isEqualTo(RateBound.APPROXIMATE);
        assertThat(RateBound.EXACT.describe(new BigDecimal("0.302500"))).isEqualTo("0.30");
        assertThat(RateBound.EXACT.label()).isEqualTo("exact");
    }
}
