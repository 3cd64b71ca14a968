package org.privacyimpact.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateFormatTest {

    @ParameterizedTest
    @CsvSource({
            "0.302500, 0.30",
            "0.933333, 0.93",
            "7.972028, 7.97",
            "12.345, 12.3",
            "189.41, 189",
            "860.32, 860",
            "14858.6, '14,859'",
            "1234567.4, '1,234,567'",
            "-12.345, -12.3",
            "0, 0.00",
            "0.0025, 0.0025",
            "0.012345, 0.012",
            "0.099999, 0.10"})
    void ratesReadWithThePrecisionAReaderCanTakeIn(String rate, String shown) {
        assertThat(RateFormat.perMillion(new BigDecimal(rate))).isEqualTo(shown);
    }
}
