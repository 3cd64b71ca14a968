package org.privacyimpact.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CountedUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class TargetedPerMillionCsvTest {

    @Autowired
    TargetedPerMillionCsv csv;

    @Autowired
    TargetedPerMillionQuery query;

    @Autowired
    DSLContext db;

    @Autowired
    FigureRates rates;

    @Test
    void policymakerExportsTheComparisonWithEverySourceAndQuote() throws IOException {
        Export export = export();

        assertThat(export.header()).containsExactlyElementsOf(TargetedPerMillionCsv.HEADER);
        CSVRecord india = export.rows().stream().filter(r -> "IN".equals(r.get("country_iso2"))).findFirst().orElseThrow();
        assertThat(india.get("area")).isEqualTo("India");
        assertThat(india.get("people_targeted")).isEqualTo("121");
        assertThat(india.get("count_kind")).isEqualTo("notified_by_platform");
        assertThat(india.get("users")).isEqualTo("400000000");
        assertThat(india.get("users_as_of")).isEqualTo("2019-11");
        assertThat(india.get("targeted_per_million_users")).isEqualTo("0.302500");
        assertThat(india.get("figure_source_quote"))
                .isEqualTo("Sources said WhatsApp had informed the Centre in September that 121 Indian users were "
                        + "targeted by Pegasus.");
        assertThat(india.get("other_reported_figures")).startsWith("at least 100 (");
    }

    @Test
    void theCsvHasExactlyTheRowsTheQueryGivesTheScreen() throws IOException {
        List<CSVRecord> rows = export().rows();
        List<TargetedPerMillion> shown = query.find(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST,
                0, Integer.MAX_VALUE);

        assertThat(rows).hasSameSizeAs(shown);
        for (int i = 0; i < shown.size(); i++) {
            assertThat(rows.get(i).get("area")).isEqualTo(shown.get(i).area().name());
            assertThat(rows.get(i).get("people_targeted")).isEqualTo(String.valueOf(shown.get(i).targetedCount()));
            BigDecimal perMillion = shown.get(i).perMillion();
            assertThat(rows.get(i).get("targeted_per_million_users"))
                    .isEqualTo(perMillion == null ? "" : perMillion.toPlainString());
        }
    }

    @Test
    @Transactional
    void aRowWithoutADenominatorSaysWhyAndLeavesTheUserColumnsEmpty() throws IOException {
        db.deleteFrom(PLATFORM_USER_BASE).where(PLATFORM_USER_BASE.COUNTRY_ISO2.eq("IN")).execute();
        rates.rebuild(); // deleted around the curation (which only retires), so nothing announced it

        CSVRecord india = export().rows().stream().filter(r -> "IN".equals(r.get("country_iso2")))
                .findFirst().orElseThrow();

        assertThat(india.get("people_targeted")).isEqualTo("121");
        assertThat(india.get("users")).isEmpty();
        assertThat(india.get("users_source_quote")).isEmpty();
        assertThat(india.get("targeted_per_million_users")).isEmpty();
        assertThat(india.get("rate_not_shown_because")).isEqualTo(RateUnavailable.NO_USER_BASE_NEARBY.explanation());
    }

    /**
     * A leaked list counts phone numbers, not people: both downloads say what each row's number counts, as the
     * screen does, so that no spreadsheet reads phone numbers as people.
     */
    @Test
    void everyRowSaysWhatItsNumberCounts() throws IOException {
        ExposureFilter leakedList = ExposureFilter.of(CountKind.LEAKED_LIST_ENTRIES);
        List<TargetedPerMillion> shown = query.find(leakedList, ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE);
        assertThat(shown).isNotEmpty().allMatch(row -> row.countedUnit() == CountedUnit.PHONE_NUMBERS);

        List<CSVRecord> full = parse(out -> csv.write(leakedList, ExposureSort.HIGHEST_RATE_FIRST, out)).rows();
        List<CSVRecord> asShown = parse(out -> csv.writeAsShown(leakedList, ExposureSort.HIGHEST_RATE_FIRST, out))
                .rows();

        assertThat(full).extracting(row -> row.get("counted_unit")).hasSize(shown.size()).containsOnly("phone_numbers");
        assertThat(asShown).extracting(row -> row.get("Counted in")).hasSize(shown.size())
                .containsOnly("phone numbers");
        CSVRecord india = export().rows().stream().filter(r -> "IN".equals(r.get("country_iso2"))).findFirst()
                .orElseThrow();
        assertThat(india.get("counted_unit")).isEqualTo("people");
    }

    /** An unverified number is marked wherever it appears: another source's too, in both downloads. */
    @Test
    void anotherSourcesUnverifiedNumberIsMarkedInBothDownloads() throws IOException {
        ExposureFilter notified = ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM);
        List<TargetedPerMillion> shown = query.find(notified, ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE);
        List<CSVRecord> full = parse(out -> csv.write(notified, ExposureSort.HIGHEST_RATE_FIRST, out)).rows();
        List<CSVRecord> asShown = parse(out -> csv.writeAsShown(notified, ExposureSort.HIGHEST_RATE_FIRST, out))
                .rows();
        assertThat(full).hasSameSizeAs(shown);
        assertThat(asShown).hasSameSizeAs(shown);

        int unverified = 0;
        for (int i = 0; i < shown.size(); i++) {
            for (CompetingFigure other : shown.get(i).competingFigures()) {
                String said = other.describe() + (other.verified() ? " (" : ", unverified (");
                assertThat(full.get(i).get("other_reported_figures")).contains(said + other.source().title());
                assertThat(asShown.get(i).get("Also reported")).contains(said + other.source().shortName());
                unverified += other.verified() ? 0 : 1;
            }
        }
        assertThat(unverified).as("unverified figures of other sources in the curated data").isPositive();
    }

    private record Export(List<String> header, List<CSVRecord> rows) {
    }

    private Export export() throws IOException {
        return parse(out -> csv.write(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST, out));
    }

    private static Export parse(Consumer<OutputStream> written) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        written.accept(out);
        try (CSVParser parser = CSVParser.parse(new StringReader(out.toString(StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().get())) {
            return new Export(parser.getHeaderNames(), parser.getRecords());
        }
    }
}
