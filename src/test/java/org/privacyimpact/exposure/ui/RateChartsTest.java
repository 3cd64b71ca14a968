package org.privacyimpact.exposure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.privacyimpact.exposure.RateBoundWords;

class RateChartsTest {

    /** A rate reads "roughly 6.00" on a bar: every word a bar's rate can be written with is read in the notes. */
    @Test
    void theBarsNotesReadEveryWordARatesBoundIsWrittenIn() {
        assertThat(RateBoundWords.all()).contains("about", "at least", "at most", "roughly");
        for (String notes : List.of(RateCharts.BAR_NOTES, RateCharts.LOG_BAR_NOTES)) {
            assertThat(RateBoundWords.all()).allSatisfy(word -> assertThat(notes.toLowerCase(Locale.ROOT))
                    .contains("\"" + word + "\""));
        }
    }
}
