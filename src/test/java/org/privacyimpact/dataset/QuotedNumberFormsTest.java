package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedNumberFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "approximately 1,400 users | 1400 | true",
            "approximately 1400 users | 1400 | true",
            "121 Indian users were targeted | 121 | true",
            "over 1.5 billion users globally | 1500000000 | true",
            "accounts for about 400 million. | 400000000 | true",
            "At least 100 of the 1,223 persons | 100 | true",
            "At least 100 of the 1,223 persons | 1223 | true",
            "1215 users | 121 | false",
            "2121 users | 121 | false",
            "1,2100 users | 100 | false",
            "about 400 million | 40000000 | false",
            "over 1.5 billion | 1523456789 | false",
            "approximately 1,400 users | 1401 | false",
            "reaching 2.99 billion by the end | 2990000000 | true",
            "reaching 2.99 billion by the end | 2999000000 | false",
            "India,IND,2021,654917800 | 654917800 | true",
            "Israel,ISR,2021,8075132.5 | 8075132 | true",
            "Israel,ISR,2021,8075132.5 | 8075133 | true",
            "Israel,ISR,2021,8075132.5 | 8075134 | false",
            "Rwanda,RWA,2021,4068240.8 | 4068241 | true",
            "'\"Egypt, Arab Rep.\",EGY,2024,116538258' | 116538258 | true",
            "India,IND,2021,654917800 | 2021 | false",
            "India,IND,2021,654917800 | 654917801 | false"})
    void aQuoteStatesANumberOnlyInTheAcceptedForms(String quote, long number, boolean stated) {
        assertThat(QuotedNumberForms.statedIn(quote, number)).isEqualTo(stated);
    }
}
