package org.privacyimpact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.UserBaseFilter;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillionCsv;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spreadsheet formula payloads stored in the dataset's text (a source title, a quote, notes, victim groups) come
 * out of every CSV exit — the view's download and each API list — as text a spreadsheet will not run, while the
 * numbers beside them are untouched. Vectors: OWASP's CSV injection page and Apache Superset's escaping tests.
 */
@IntegrationTest
@Transactional
class FormulaInjectionTest {

    @Autowired
    DSLContext db;

    @Autowired
    TargetedPerMillionCsv viewCsv;

    @Autowired
    org.privacyimpact.dataset.RecordsCsv apiCsv;

    @Autowired
    org.privacyimpact.exposure.ExposureReport report;

    @Autowired
    org.privacyimpact.exposure.FigureRates rates;

    @Autowired
    org.privacyimpact.incident.IncidentCsv incidentCsv;

    @Autowired
    org.privacyimpact.dataset.FiguresReport figuresReport;

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(1+1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"https://evil.example\",\"click\")", " =1+1", "  @cmd", "\"=1+1", "'=1+1",
            "=10+20+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0",
            "=DDE(\"cmd\";\"/C calc\";\"!A0\")", "\uFF1D1+1", "\uFF0B1+1", "\uFF0D1+1", "\uFF20SUM(1+1)",
            "\uFEFF=1+1", "\uFEFF \uFEFF@cmd"})
    void aPayloadInTheDatasetLeavesEveryExitAsInertText(String payload) throws IOException {
        long source = db.insertInto(SOURCE, SOURCE.TITLE, SOURCE.URL)
                .values(payload, "https://example.org/attack").returning(SOURCE.ID).fetchOne(SOURCE.ID);
        db.insertInto(TARGET_FIGURE)
                .set(TARGET_FIGURE.REFERENCE_ID, "ATTACK-IN")
                .set(TARGET_FIGURE.INCIDENT_ID, "WA2019")
                .set(TARGET_FIGURE.AREA, "country")
                .set(TARGET_FIGURE.COUNTRY_ISO2, "IN")
                .set(TARGET_FIGURE.TARGETED_COUNT, 7)
                .set(TARGET_FIGURE.COUNT_KIND, CountKind.ALLEGED)
                .set(TARGET_FIGURE.VICTIM_GROUPS, payload)
                .set(TARGET_FIGURE.SOURCE_ID, source)
                .set(TARGET_FIGURE.SOURCE_QUOTE, payload)
                .set(TARGET_FIGURE.NOTES, payload)
                .set(TARGET_FIGURE.VERIFIED, false)
                .set(TARGET_FIGURE.PREFERRED, true)
                .set(TARGET_FIGURE.PERIOD_START, 2019)
                .set(TARGET_FIGURE.PERIOD_END, 2019)
                .execute();
        db.insertInto(PLATFORM_USER_BASE)
                .set(PLATFORM_USER_BASE.REFERENCE_ID, "UB-TEST-FORMULA")
                .set(PLATFORM_USER_BASE.PLATFORM_ID, db.select(PLATFORM.ID).from(PLATFORM)
                        .where(PLATFORM.NAME.eq("WhatsApp")).asField())
                .set(PLATFORM_USER_BASE.AREA, "country")
                .set(PLATFORM_USER_BASE.COUNTRY_ISO2, "IN")
                .set(PLATFORM_USER_BASE.USERS, 400_000_000L)
                .set(PLATFORM_USER_BASE.METRIC, UserBaseMetric.USERS_UNSPECIFIED)
                .set(PLATFORM_USER_BASE.AS_OF_YEAR, 2019)
                .set(PLATFORM_USER_BASE.AS_OF_MONTH, 12)
                .set(PLATFORM_USER_BASE.SOURCE_ID, source)
                .set(PLATFORM_USER_BASE.SOURCE_QUOTE, payload + " 400000000")
                .set(PLATFORM_USER_BASE.NOTES, payload)
                .set(PLATFORM_USER_BASE.VERIFIED, false)
                .execute();
        rates.rebuild(); // written around the curation, which would have announced these rows

        // the view's Download CSV (Compare), for the alleged figure in India
        List<CSVRecord> view = parse(out -> viewCsv.write(ExposureFilter.of(CountKind.ALLEGED)
                .withIncidents(Set.of("WA2019")).withCountries(Set.of("IN")).withWorldwide(false),
                ExposureSort.HIGHEST_RATE_FIRST, out));
        assertThat(view).singleElement().satisfies(row -> {
            assertInert(row, payload, "figure_notes", "figure_source_title", "figure_source_quote");
            assertThat(row.get("people_targeted")).isEqualTo("7");
        });

        // the incident list (view and API)
        db.insertInto(org.privacyimpact.db.Tables.INCIDENT)
                .set(org.privacyimpact.db.Tables.INCIDENT.ID, "ATTACK")
                .set(org.privacyimpact.db.Tables.INCIDENT.NAME, payload)
                .set(org.privacyimpact.db.Tables.INCIDENT.SHORT_NAME, payload)
                .set(org.privacyimpact.db.Tables.INCIDENT.TOOL_OR_VENDOR, payload)
                .set(org.privacyimpact.db.Tables.INCIDENT.YEAR_START, 2019)
                .execute();
        assertThat(parse(out -> incidentCsv.write(new org.privacyimpact.incident.IncidentFilter(null, null, null,
                null, null, null, null), org.privacyimpact.incident.IncidentSort.NEWEST_FIRST, out)))
                .filteredOn(row -> row.get("id").equals("ATTACK")).singleElement()
                .satisfies(row -> assertInert(row, payload, "name", "short_name", "tool_or_vendor"));

        // the view's "as shown" download and the report's data.csv
        ExposureFilter alleged = ExposureFilter.of(CountKind.ALLEGED).withIncidents(Set.of("WA2019"))
                .withCountries(Set.of("IN")).withWorldwide(false);
        assertThat(parse(out -> viewCsv.writeAsShown(alleged, ExposureSort.HIGHEST_RATE_FIRST, out)))
                .singleElement().satisfies(row -> assertThat(row.get("People targeted")).isEqualTo("7"));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        report.write(alleged, ExposureSort.HIGHEST_RATE_FIRST, payload, "http://localhost/compare", zipped);
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("data.csv");
            String data = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(parse(out -> out.write(data.getBytes(StandardCharsets.UTF_8)))).singleElement()
                    .satisfies(row -> assertInert(row, payload, "figure_notes", "figure_source_quote"));
        }

        // the report of an incident's or a country's figures
        ByteArrayOutputStream figuresZip = new ByteArrayOutputStream();
        figuresReport.write(new FigureFilter("IN", "WA2019", CountKind.ALLEGED, null, null, null), payload,
                "http://localhost/incidents/WA2019", figuresZip);
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(figuresZip.toByteArray()))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("data.csv");
            String data = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(parse(out -> out.write(data.getBytes(StandardCharsets.UTF_8)))).singleElement()
                    .satisfies(row -> assertInert(row, payload, "victim_groups", "notes", "source_quote"));
        }

        // the API's figures and user bases
        List<CSVRecord> figures = parse(out -> apiCsv.figures(new FigureFilter("IN", "WA2019", CountKind.ALLEGED,
                null, null, null), out));
        assertThat(figures).singleElement().satisfies(row -> {
            assertInert(row, payload, "victim_groups", "notes", "source_title", "source_quote");
            assertThat(row.get("people_targeted")).isEqualTo("7");
        });
        List<CSVRecord> bases = parse(out -> apiCsv.userBases(new UserBaseFilter("WhatsApp", "IN", null), out));
        assertThat(bases).filteredOn(row -> row.get("as_of").equals("2019-12")).singleElement().satisfies(row -> {
            assertInert(row, payload, "notes", "source_title");
            assertThat(row.get("users")).isEqualTo("400000000");
        });
    }

    private static void assertInert(CSVRecord row, String payload, String... columns) {
        for (String column : columns) {
            assertThat(row.get(column)).as(column).isEqualTo("'" + payload);
        }
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static List<CSVRecord> parse(Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }
}
