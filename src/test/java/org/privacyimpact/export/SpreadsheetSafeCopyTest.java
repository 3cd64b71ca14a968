package org.privacyimpact.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyimpact.export.SpreadsheetSafeCopy.CellRule;

/**
 * COPY's CSV, fed to the filter in pieces of every size, comes out as SpreadsheetSafeCsv would write the same
 * cells. CopiedCsvTest checks the same against PostgreSQL's own COPY.
 */
class SpreadsheetSafeCopyTest {

    private static final List<CellRule> RULES = List.of(CellRule.TEXT, CellRule.AS_STORED, CellRule.FLAG,
            CellRule.TEXT);
    private static final List<String> HEADER = List.of("name", "count", "verified", "notes");

    /** Each is a name and a note; null is a null cell, which COPY writes as nothing. */
    private static final List<String> TEXTS = Arrays.asList("=1+1", "+1", "-2+3", "@SUM(1+1)", "\t=1", "\r=1",
            "\n=1", " =1+1", "  @cmd", "\"=1+1", "'=1+1", "'", "\"", "\"\"", "a,b", "say \"hi\"", "line one\nline two",
            "line one\r\nline two", "", " ", "   ", "São Paulo — “quoted”", "#comment",
            "=HYPERLINK(\"https://x.example\")", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(1)", "\uFEFF=1+1",
            " \uFEFF-1", "\uFEFFIndia", "\uFF21 full-width A", "|cmd", "% of users", "India", "e-mail", null,
            "-", "=", "\" =x", "\"\"=x", " \" ' \uFEFF@x", "'India'");

    @Test
    void everyCellComesOutAsTheJavaWriterWritesIt() throws IOException {
        byte[] copied = copyCsv();
        String expected = javaWriter();

        for (int piece : List.of(1, 2, 3, 5, 7, 64, copied.length)) {
            String filtered = filter(copied, piece);
            assertThat(parse(filtered)).as("pieces of %d bytes", piece).isEqualTo(parse(expected));
        }
    }

    /**
     * Cells made at random of the characters that matter (quotes, commas, line breaks, triggers, skipped
     * characters, several-byte ones), fed in pieces of random sizes: the filter copies the runs between changes
     * in one piece, so a change at any place in a piece, or across two, must come out right.
     */
    @Test
    void randomCellsInRandomPiecesComeOutAsTheJavaWriterWritesThem() throws IOException {
        String characters = "ab1 ,\"\n\r=+-@\t'|%\uFEFF\uFF1D\u00E9";
        Random random = new Random(20261204);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int flag = random.nextInt(3);
            rows.add(new Row(randomText(random, characters), random.nextInt(-50, 50),
                    flag == 0 ? null : flag == 1, randomText(random, characters)));
        }
        byte[] copied = copyCsv(rows);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetSafeCopy safe = new SpreadsheetSafeCopy(out, RULES)) {
            for (int start = 0; start < copied.length; ) {
                int piece = Math.min(copied.length - start, 1 + random.nextInt(random.nextBoolean() ? 4 : 300));
                safe.write(copied, start, piece);
                start += piece;
            }
        }

        assertThat(parse(out.toString(StandardCharsets.UTF_8))).isEqualTo(parse(javaWriter(rows)));
    }

    /** Up to five of these characters, or now and then null. */
    private static String randomText(Random random, String characters) {
        if (random.nextInt(6) == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(6); text.length() < length; ) {
            text.append(characters.charAt(random.nextInt(characters.length())));
        }
        return text.toString();
    }

    @Test
    void recordsEndInCrLfWhileLineBreaksInsideACellStay() throws IOException {
        String filtered = filter(copyCsv(), 3);

        assertThat(filtered).startsWith("name,count,verified,notes\r\n").endsWith("\r\n");
        String outsideQuotedCells = filtered.replaceAll("\"(?:[^\"]|\"\")*\"", "");
        assertThat(outsideQuotedCells.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(outsideQuotedCells.split("\r\n", -1)).hasSize(TEXTS.size() + 2);
        assertThat(filtered).contains("\"line one\nline two\"").contains("\"line one\r\nline two\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"t", "f"})
    void copysBooleansAreWrittenAsWords(String stored) throws IOException {
        String filtered = filter("name,count,verified,notes\nIndia,121," + stored + ",\n,,,\n", 1);

        String word = stored.equals("t") ? "true" : "false";
        assertThat(filtered).isEqualTo("name,count,verified,notes\r\nIndia,121," + word + ",\r\n,,,\r\n");
    }

    @Test
    void theHeaderAndStoredColumnsPassUnchanged() throws IOException {
        String filtered = filter("name,count,verified,notes\n-1,-1,t,x\n", 2);

        assertThat(filtered).isEqualTo("name,count,verified,notes\r\n'-1,-1,true,x\r\n");
    }

    /** A row of the test's four columns; null is a null cell. */
    private record Row(String name, int count, Boolean verified, String notes) {
    }

    /** Every text as a name and as a note. */
    private static List<Row> rowsOfEveryText() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            Boolean flag = i % 3 == 0 ? null : i % 3 == 1;
            rows.add(new Row(TEXTS.get(i), i - 20, flag, TEXTS.get(TEXTS.size() - 1 - i)));
        }
        return rows;
    }

    private static byte[] copyCsv() {
        return copyCsv(rowsOfEveryText());
    }

    /** The rows as COPY … WITH (FORMAT csv, HEADER true) writes them. */
    private static byte[] copyCsv(List<Row> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Row row : rows) {
            String flag = row.verified() == null ? "" : row.verified() ? "t" : "f";
            csv.append(copied(row.name())).append(',').append(row.count()).append(',').append(flag).append(',')
                    .append(copied(row.notes())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** PostgreSQL's CSV quoting: a value with a quote, comma or line break is quoted, and so is an empty one. */
    private static String copied(String text) {
        if (text == null) {
            return "";
        }
        if (text.isEmpty() || text.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String javaWriter() {
        return javaWriter(rowsOfEveryText());
    }

    private static String javaWriter(List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, HEADER)) {
            for (Row row : rows) {
                csv.printRow(row.name(), row.count(), row.verified(), row.notes());
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String filter(String copied, int piece) throws IOException {
        return filter(copied.getBytes(StandardCharsets.UTF_8), piece);
    }

    /** The copied bytes through the filter, written in pieces of this many bytes. */
    private static String filter(byte[] copied, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetSafeCopy safe = new SpreadsheetSafeCopy(out, RULES)) {
            for (int start = 0; start < copied.length; start += piece) {
                safe.write(copied, start, Math.min(piece, copied.length - start));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<List<String>> parse(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            rows.add(record.toList());
        }
        return rows;
    }
}
