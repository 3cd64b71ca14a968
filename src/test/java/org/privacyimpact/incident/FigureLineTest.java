package org.privacyimpact.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.privacyimpact.dataset.Area;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.ValueQualifier;

class FigureLineTest {

    @Test
    void thePeriodIsTheYearsTheSourceGivesAndNoneWhereItGivesNone() {
        assertThat(lineOf(2019, 2019).period()).isEqualTo("2019");
        assertThat(lineOf(2017, 2019).period()).isEqualTo("2017–2019");
        assertThat(lineOf(null, null).period()).isEqualTo("not stated");
    }

    private static FigureLine lineOf(Integer start, Integer end) {
        return new FigureLine("F-1", Area.worldwide(), 10, ValueQualifier.EXACT, CountKind.ALLEGED, null, start, end,
                false, null, new SourceCitation("A title", "A publisher", "https://example.org/a", null, "A quote."),
                null, DenominatorRule.AREA_USERS, List.of());
    }
}
