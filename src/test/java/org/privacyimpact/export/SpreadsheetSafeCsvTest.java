package org.privacyimpact.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1+2", "@SUM(A1:A2)", "\t=1", "\r=1", "\n=1", "\0=1",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|' /C calc'!A0", " =1+1", "  @x", "\"=1+1",
            "'=1+1", " \"' -2", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", "\uFEFF=1+1", " \uFEFF@x"})
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe(String attack) {
        assertThat(SpreadsheetSafeCsv.neutraliseFormula(attack)).isEqualTo("'" + attack);
    }

    /** | and % start no formula (OWASP's CSV Injection page does not list them): see FORMULA_TRIGGERS. */
    @ParameterizedTest
    @ValueSource(strings = {"India", "121 users", "about 1,400", "", " ", "O'Brien", "e-mail", "a=b",
            "NSO Group Pegasus", "|cmd", "% of users", "100%", "\uFEFFIndia"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(SpreadsheetSafeCsv.neutraliseFormula(text)).isEqualTo(text);
    }

    @Test
    void numbersIncludingNegativeOnesAreWrittenUnchanged() throws IOException {
        List<CSVRecord> records = write(List.of("count", "rate", "delta"),
                List.of(121, new BigDecimal("0.302500"), -3));

        assertThat(records.get(1).values()).containsExactly("121", "0.302500", "-3");
    }

    @Test
    void headersAreNeutralisedToo() throws IOException {
        List<CSVRecord> records = write(List.of("area", "=evil"), List.of("India", "x"));

        assertThat(records.get(0).values()).containsExactly("area", "'=evil");
    }

    @Test
    void quotesCommasAndLineBreaksSurviveARoundTrip() throws IOException {
        String quote = "sent a special WhatsApp message to approximately 1,400 users that it has “reason to believe\"\nend";
        List<CSVRecord> records = write(List.of("quote", "missing"), java.util.Arrays.asList(quote, null));

        assertThat(records.get(1).get(0)).isEqualTo(quote);
        assertThat(records.get(1).get(1)).isEmpty();
    }

    @Test
    void linesEndWithCrLfAsRfc4180Requires() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, List.of("a", "b"))) {
            csv.printRow("x", 1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\r\nx,1\r\n");
    }

    @Test
    void aRowThatDoesNotFitTheHeaderIsRefusedRatherThanShiftingColumns() {
        SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(new ByteArrayOutputStream(), List.of("a", "b"));

        assertThatThrownBy(() -> csv.printRow("only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells").hasMessageContaining("has 2");
    }

    private static List<CSVRecord> write(List<String> header, List<?> row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, header)) {
            csv.printRow(row);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(out.toString(StandardCharsets.UTF_8)),
                CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
