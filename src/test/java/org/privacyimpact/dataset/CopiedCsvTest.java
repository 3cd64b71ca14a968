package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.export.SpreadsheetSafeCsv;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures CSV is written by PostgreSQL (COPY) and its cells made safe on the way out (SpreadsheetSafeCopy).
 * It must hold exactly what the same rows written cell by cell through SpreadsheetSafeCsv hold: every figure,
 * every filter, and text built to trip a spreadsheet or the CSV quoting.
 */
@IntegrationTest
@Transactional
class CopiedCsvTest {

    private static final List<String> AWKWARD_TEXT = List.of("=1+1", "+1", "-2+3", "@SUM(1+1)", "\t=1", "\r=1",
            "\n=1", " =1+1", "  @cmd", "\"=1+1", "'=1+1", "'", "\"", "a,b", "say \"hi\"", "line one\nline two",
            "line one\r\nline two", "", " ", "São Paulo — “quoted”", "#comment", "=HYPERLINK(\"https://x.example\")",
            "\uFF1D1+1", "\uFF20SUM(1)", "\uFEFF=1+1", " \uFEFF-1", "|cmd", "% of users");

    @Autowired
    RecordsQuery records;

    @Autowired
    RecordsCsv csv;

    @Autowired
    DSLContext db;

    @Test
    void everyFigureIsWrittenAsTheJavaWriterWouldWriteIt() throws IOException {
        insertAwkwardFigures();

        for (FigureFilter filter : List.of(FigureFilter.ALL, new FigureFilter("IN", null, null, null, null, null),
                new FigureFilter(null, "WA2019", CountKind.NOTIFIED_BY_PLATFORM, null, null, null),
                new FigureFilter(null, null, null, 2019, 2021, true),
                new FigureFilter("ZZ", null, null, null, null, null),
                new FigureFilter("I'N", "x'); drop table target_figure; --", null, null, null, false))) {
            String copied = copied(filter);
            String written = writtenInJava(filter);

            assertThat(parse(copied)).as("%s", filter).isEqualTo(parse(written));
            assertThat(copied).startsWith(String.join(",", RecordsCsv.FIGURE_COLUMNS) + "\r\n");
        }
        // a header and every published figure, the awkward ones included
        assertThat(parse(copied(FigureFilter.ALL))).hasSize(1 + db.fetchCount(TARGET_FIGURE,
                TARGET_FIGURE.RETIRED_AT.isNull()));
    }

    @Test
    void recordsEndInCrLfWhileLineBreaksInsideACellStayAsTheyAre() throws IOException {
        insertAwkwardFigures();

        String copied = copied(new FigureFilter(null, "WA2019", CountKind.ALLEGED, null, null, null));

        assertThat(copied.replace("\r\n", "")).doesNotContain("\r\n");
        assertThat(copied).contains("\"line one\nline two\"").contains("\"line one\r\nline two\"");
        assertThat(copied).endsWith("\r\n");
        assertThat(copied).contains("'=HYPERLINK(\"\"https://x.example\"\")").contains(",'@SUM(1+1),");
        assertThat(copied).contains(",'\uFF1D1+1,").contains(",'\uFEFF=1+1,").contains(",|cmd,").contains(",% of users,");
    }

    @Test
    void aFigureWithoutYearsHasEmptyYearCellsRatherThanAYearItDoesNotHave() throws IOException {
        insertAwkwardFigures();
        int start = RecordsCsv.FIGURE_COLUMNS.indexOf("period_start");
        int end = RecordsCsv.FIGURE_COLUMNS.indexOf("period_end");

        FigureFilter alleged = new FigureFilter(null, "WA2019", CountKind.ALLEGED, null, null, null);
        List<List<String>> rows = parse(copied(alleged));

        // AWKWARD-0 has neither year; AWKWARD-5 a first year only, which is then its last too
        assertThat(rowOf(rows, "AWKWARD-0")).satisfies(row -> {
            assertThat(row.get(start)).isEmpty();
            assertThat(row.get(end)).isEmpty();
        });
        assertThat(rowOf(rows, "AWKWARD-5")).satisfies(row -> {
            assertThat(row.get(start)).isEqualTo("2019");
            assertThat(row.get(end)).isEqualTo("2019");
        });
        assertThat(rows).extracting(row -> row.get(start)).doesNotContain("0");
        FigureRecord withoutYears = records.figures(alleged, 0, 100).stream()
                .filter(r -> r.referenceId().equals("AWKWARD-0")).findFirst().orElseThrow();
        assertThat(withoutYears.periodStart()).isNull();
        assertThat(withoutYears.periodEnd()).isNull();
    }

    @Test
    void aFigureWithOnlyAFirstYearIsFoundByAFilterFromThatYear() throws IOException {
        insertAwkwardFigures();
        FigureFilter from2019 = new FigureFilter(null, "WA2019", CountKind.ALLEGED, 2019, null, null);

        // AWKWARD-5 stores 2019 as its first year and no last year, so 2019 is its last year too
        assertThat(parse(copied(from2019))).extracting(List::getFirst).contains("AWKWARD-5")
                .doesNotContain("AWKWARD-0");
        assertThat(records.figures(from2019, 0, 100)).extracting(FigureRecord::referenceId).contains("AWKWARD-5");
        assertThat(records.countFigures(from2019)).isEqualTo(records.figures(from2019, 0, 100).size());
    }

    private static List<String> rowOf(List<List<String>> rows, String referenceId) {
        return rows.stream().filter(row -> row.getFirst().equals(referenceId)).findFirst().orElseThrow();
    }

    /** Alleged WhatsApp 2019 figures whose notes, victim groups and quotes are each awkward text. */
    private void insertAwkwardFigures() {
        long source = db.insertInto(SOURCE, SOURCE.TITLE, SOURCE.URL)
                .values("=cmd|' /C calc'!A0", "https://example.org/awkward").returning(SOURCE.ID).fetchOne(SOURCE.ID);
        for (int i = 0; i < AWKWARD_TEXT.size(); i++) {
            String text = AWKWARD_TEXT.get(i);
            db.insertInto(TARGET_FIGURE)
                    .set(TARGET_FIGURE.REFERENCE_ID, "AWKWARD-" + i)
                    .set(TARGET_FIGURE.INCIDENT_ID, "WA2019")
                    .set(TARGET_FIGURE.AREA, i % 2 == 0 ? "country" : "worldwide")
                    .set(TARGET_FIGURE.COUNTRY_ISO2, i % 2 == 0 ? "IN" : null)
                    .set(TARGET_FIGURE.TARGETED_COUNT, i)
                    .set(TARGET_FIGURE.COUNT_KIND, CountKind.ALLEGED)
                    .set(TARGET_FIGURE.VICTIM_GROUPS, i % 3 == 0 ? null : text)
                    .set(TARGET_FIGURE.SOURCE_ID, source)
                    .set(TARGET_FIGURE.SOURCE_QUOTE, "Quote: " + text)
                    .set(TARGET_FIGURE.NOTES, text)
                    .set(TARGET_FIGURE.VERIFIED, i % 2 == 0)
                    .set(TARGET_FIGURE.PREFERRED, false)
                    .set(TARGET_FIGURE.PERIOD_START, i % 4 == 0 ? null : 2019)
                    .set(TARGET_FIGURE.PERIOD_END, i % 5 == 0 ? null : 2019)
                    .set(TARGET_FIGURE.DENOMINATOR_RULE, DenominatorRule.values()[i % DenominatorRule.values().length])
                    .execute();
        }
        assertThat(db.fetchCount(PLATFORM)).isPositive();
    }

    private String copied(FigureFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.figures(filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The figures written row by row, cell by cell, by SpreadsheetSafeCsv: the rules the copy must follow. */
    private String writtenInJava(FigureFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetSafeCsv table = new SpreadsheetSafeCsv(out, RecordsCsv.FIGURE_COLUMNS)) {
            records.streamFigures(filter, r -> table.printRow(r.referenceId(), r.incidentId(), r.incidentName(),
                    r.area().countryIso2(), r.area().name(), r.count(), r.qualifier().code(), r.kind().code(),
                    r.unit().code(), r.periodStart(), r.periodEnd(), r.victimGroups(), r.verified(), r.preferred(), r.subsetOf(),
                    r.denominatorRule().code(), r.notes(), r.source().title(), r.source().url(), r.source().quote()));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<List<String>> parse(String csvText) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csvText)).getRecords().stream()
                .map(CSVRecord::toList).toList();
    }
}
