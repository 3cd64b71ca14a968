package org.privacyimpact.curation;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.export.SpreadsheetSafeCsv;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every rule the database holds for the rows an import writes — each CHECK, unique and foreign key, each NOT NULL,
 * each declared length, read from the migrated database itself — has a file row that breaks it, and the preview
 * refuses that row naming the column. A preview that said "no problems" and an Import the database then refused
 * was the failure this guards against (reference ids of 41 to 60 characters, a zero byte, an over-long URL).
 * A migration that adds a rule fails {@link #everyRuleOfTheImportedTablesHasACase} until it has a case here.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "curator-ana", roles = "CURATOR")
class ImportChecksCoverTheSchemaTest {

    private static final List<String> TABLES = List.of("target_figure", "platform_user_base", "source");

    private static final String SCROLL = "https://scroll.in/latest/1081215/pegasus-spyware-targeted-100-whatsapp-users-in-india-second-highest-globally";

    /** A row of each kind that imports cleanly; each case changes a cell or two of it. */
    private static final Map<ImportKind, Map<String, String>> GOOD = Map.of(
            ImportKind.FIGURES, row(ImportKind.FIGURES, "reference_id", "IMPORT-TEST-RULES", "incident_id", "WA2019",
                    "country_iso2", "BR", "people_targeted", "3", "count_qualifier", "exact",
                    "count_kind", "notified_by_platform", "period_start", "2019", "period_end", "2019",
                    "verified", "false", "preferred", "false", "denominator_rule", "country_user_base",
                    "source_url", SCROLL, "source_quote", "Three people in Brazil, it said."),
            ImportKind.USER_BASES, row(ImportKind.USER_BASES, "reference_id", "UB-IMPORT-TEST-RULES",
                    "platform", "WhatsApp", "country_iso2", "BR", "users", "120000000", "users_qualifier", "approximate",
                    "metric", "users_unspecified", "as_of", "2019-11", "verified", "false", "source_url", SCROLL,
                    "source_quote", "About 120 million users in Brazil."),
            ImportKind.SOURCES, row(ImportKind.SOURCES, "title", "A report on the rules", "publisher", "Example",
                    "url", "https://reports.example.org/rules", "published_on", "2020-01-02"));

    /** Breaking a rule: these rows (each the good row with some cells changed) must be refused in this column. */
    record Breach(ImportKind kind, String column, List<Map<String, String>> edits) {
    }

    /** A rule no file can break, because the import writes that value itself; the reason says how. */
    record Derived(String reason) {
    }

    private static final Map<String, Object> RULES = Map.ofEntries(
            // target_figure
            entry("target_figure target_figure_pkey", new Derived("id is generated")),
            entry("target_figure id not null", new Derived("id is generated")),
            entry("target_figure row_version not null", new Derived("the store counts versions")),
            entry("target_figure retired_by length 100", new Derived("an account name, at most 100 characters by"
                    + " app_user_username_sane; an import never retires")),
            entry("target_figure target_figure_reference_id_key", figures("reference_id", Map.of(), Map.of())),
            entry("target_figure reference_id not null", figures("reference_id", Map.of("reference_id", ""))),
            entry("target_figure reference_id length 40", figures("reference_id", Map.of("reference_id", "R".repeat(41)))),
            entry("target_figure target_figure_incident_id_fkey", figures("incident_id", Map.of("incident_id", "NSO2099"))),
            entry("target_figure incident_id not null", figures("incident_id", Map.of("incident_id", ""))),
            entry("target_figure incident_id length 40", figures("incident_id", Map.of("incident_id", "I".repeat(41)))),
            entry("target_figure target_figure_country_iso2_fkey", figures("country_iso2", Map.of("country_iso2", "ZZ"))),
            entry("target_figure country_iso2 length 2", figures("country_iso2", Map.of("country_iso2", "BRA"))),
            entry("target_figure area not null", new Derived("area is written from country_iso2")),
            entry("target_figure area length 10", new Derived("area is written from country_iso2")),
            entry("target_figure figure_area_known", new Derived("area is written from country_iso2")),
            entry("target_figure figure_area_matches_country",
                    figures("country_iso2", Map.of("area", "Worldwide", "country_iso2", "BR"))),
            entry("target_figure targeted_count not null", figures("people_targeted", Map.of("people_targeted", ""))),
            entry("target_figure figure_count_not_negative", figures("people_targeted", Map.of("people_targeted", "-1"))),
            entry("target_figure count_qualifier not null", figures("count_qualifier", Map.of("count_qualifier", ""))),
            entry("target_figure figure_qualifier_known", figures("count_qualifier", Map.of("count_qualifier", "roughly"))),
            entry("target_figure count_kind not null", figures("count_kind", Map.of("count_kind", ""))),
            entry("target_figure count_kind length 30", figures("count_kind", Map.of("count_kind", "k".repeat(31)))),
            entry("target_figure figure_count_kind_known", figures("count_kind", Map.of("count_kind", "guessed"))),
            entry("target_figure denominator_rule not null", new Derived("a blank rule is written as the default")),
            entry("target_figure counted_unit not null", new Derived("a blank or missing unit is written as the "
                    + "kind's usual unit: phone numbers on a leaked list, else people")),
            entry("target_figure counted_unit length 20", figures("counted_unit", Map.of("counted_unit", "u".repeat(21)))),
            entry("target_figure figure_counted_unit_known",
                    figures("counted_unit", Map.of("counted_unit", "households"))),
            entry("target_figure figure_denominator_rule_known",
                    figures("denominator_rule", Map.of("denominator_rule", "per_household"))),
            entry("target_figure source_id not null", figures("source_url", Map.of("source_url", ""))),
            entry("target_figure target_figure_source_id_fkey",
                    figures("source_title", Map.of("source_url", "https://unknown.example.org/report"))),
            entry("target_figure source_quote not null", figures("source_quote", Map.of("source_quote", ""))),
            entry("target_figure figure_quote_not_blank", figures("source_quote", Map.of("source_quote", "   "))),
            entry("target_figure verified not null", new Derived("a blank cell reads as false")),
            entry("target_figure preferred not null", new Derived("a blank cell reads as false")),
            entry("target_figure target_figure_subset_of_figure_id_fkey",
                    figures("subset_of", Map.of("subset_of", "NO-SUCH-FIGURE"))),
            entry("target_figure figure_not_subset_of_itself",
                    figures("subset_of", Map.of("subset_of", "IMPORT-TEST-RULES"))),
            entry("target_figure figure_period_in_order",
                    figures("period_end", Map.of("period_start", "2019", "period_end", "2018"))),
            entry("target_figure target_figure_one_preferred", figures("preferred", Map.of("preferred", "true"),
                    Map.of("preferred", "true", "reference_id", "IMPORT-TEST-RULES-2"))),
            // platform_user_base
            entry("platform_user_base platform_user_base_pkey", new Derived("id is generated")),
            entry("platform_user_base id not null", new Derived("id is generated")),
            entry("platform_user_base row_version not null", new Derived("the store counts versions")),
            entry("platform_user_base retired_by length 100", new Derived("an account name, at most 100 characters by"
                    + " app_user_username_sane; an import never retires")),
            entry("platform_user_base platform_user_base_reference_id_key", userBases("reference_id", Map.of(), Map.of())),
            entry("platform_user_base reference_id not null", userBases("reference_id", Map.of("reference_id", ""))),
            entry("platform_user_base reference_id length 60",
                    userBases("reference_id", Map.of("reference_id", "U".repeat(61)))),
            entry("platform_user_base platform_id not null", userBases("platform", Map.of("platform", ""))),
            entry("platform_user_base platform_user_base_platform_id_fkey",
                    userBases("platform", Map.of("platform", "Carrier pigeon"))),
            entry("platform_user_base platform_user_base_country_iso2_fkey",
                    userBases("country_iso2", Map.of("country_iso2", "ZZ"))),
            entry("platform_user_base country_iso2 length 2", userBases("country_iso2", Map.of("country_iso2", "BRA"))),
            entry("platform_user_base area not null", new Derived("area is written from country_iso2")),
            entry("platform_user_base area length 10", new Derived("area is written from country_iso2")),
            entry("platform_user_base user_base_area_known", new Derived("area is written from country_iso2")),
            entry("platform_user_base user_base_area_matches_country",
                    userBases("country_iso2", Map.of("area", "Worldwide", "country_iso2", "BR"))),
            entry("platform_user_base users not null", userBases("users", Map.of("users", ""))),
            entry("platform_user_base user_base_users_positive", userBases("users", Map.of("users", "0"))),
            entry("platform_user_base users_qualifier not null",
                    userBases("users_qualifier", Map.of("users_qualifier", ""))),
            entry("platform_user_base user_base_qualifier_known",
                    userBases("users_qualifier", Map.of("users_qualifier", "roughly"))),
            entry("platform_user_base metric not null", userBases("metric", Map.of("metric", ""))),
            entry("platform_user_base user_base_metric_known", userBases("metric", Map.of("metric", "fans"))),
            entry("platform_user_base as_of_year not null", userBases("as_of", Map.of("as_of", ""))),
            entry("platform_user_base user_base_month_valid", userBases("as_of", Map.of("as_of", "2019-13"))),
            entry("platform_user_base source_id not null", userBases("source_url", Map.of("source_url", ""))),
            entry("platform_user_base platform_user_base_source_id_fkey",
                    userBases("source_title", Map.of("source_url", "https://unknown.example.org/report"))),
            entry("platform_user_base source_quote not null", userBases("source_quote", Map.of("source_quote", ""))),
            entry("platform_user_base user_base_quote_not_blank",
                    userBases("source_quote", Map.of("source_quote", " \t "))),
            entry("platform_user_base verified not null", new Derived("a blank cell reads as false")),
            // source
            entry("source source_pkey", new Derived("id is generated")),
            entry("source id not null", new Derived("id is generated")),
            entry("source row_version not null", new Derived("the store counts versions")),
            entry("source retired_by length 100", new Derived("an account name, at most 100 characters by"
                    + " app_user_username_sane; an import never retires")),
            entry("source source_url_key", sources("url", Map.of(), Map.of("title", "The same address again"))),
            entry("source url not null", sources("url", Map.of("url", ""))),
            entry("source url length 2048", sources("url", Map.of("url", "https://reports.example.org/" + "a".repeat(2048)))),
            entry("source source_url_is_web", sources("url", Map.of("url", "HTTPS://reports.example.org/rules"))),
            entry("source title not null", sources("title", Map.of("title", ""))),
            entry("source source_title_not_blank", sources("title", Map.of("title", "  "))),
            entry("source source_published_month_valid", new Derived("year and month are written from"
                    + " published_on, a date")));

    @Autowired
    ImportService imports;

    @Autowired
    DSLContext db;

    @Test
    void everyRuleOfTheImportedTablesHasACase() {
        assertThat(RULES.keySet()).containsExactlyInAnyOrderElementsOf(rulesInTheDatabase());
    }

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void theGoodRowOfEachKindImports(ImportKind kind) {
        ImportPreview preview = imports.preview(kind, "good.csv", csv(kind, List.of(GOOD.get(kind))));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.canCommit()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void aRowThatWouldBreakARuleIsRefusedInThePreview(String rule, Breach breach) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> edit : breach.edits()) {
            Map<String, String> row = new LinkedHashMap<>(GOOD.get(breach.kind()));
            row.putAll(edit);
            rows.add(row);
        }
        byte[] file = csv(breach.kind(), rows);

        ImportPreview preview = imports.preview(breach.kind(), "breach.csv", file);

        assertThat(preview.problems()).as(rule).anySatisfy(problem ->
                assertThat(problem.column()).isEqualTo(breach.column()));
        assertThatThrownBy(() -> imports.commit(breach.kind(), "breach.csv", file))
                .isInstanceOf(ImportRejectedException.class);
    }

    static Stream<Arguments> breaches() {
        return RULES.entrySet().stream().filter(rule -> rule.getValue() instanceof Breach)
                .sorted(Map.Entry.comparingByKey())
                .map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    /** Each table's CHECK, unique, primary and foreign keys, unique indexes, NOT NULL columns and lengths. */
    private List<String> rulesInTheDatabase() {
        String tables = "('" + String.join("', '", TABLES) + "')";
        return db.fetch("""
                select c.conrelid::regclass::text || ' ' || c.conname from pg_constraint c
                 where c.conrelid::regclass::text in %1$s and c.contype in ('c', 'u', 'f', 'p')
                union all
                select i.tablename || ' ' || i.indexname from pg_indexes i
                 where i.schemaname = current_schema() and i.tablename in %1$s and i.indexdef like 'CREATE UNIQUE%%'
                   and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                union all
                select table_name || ' ' || column_name || ' not null' from information_schema.columns
                 where table_schema = current_schema() and table_name in %1$s and is_nullable = 'NO'
                union all
                select table_name || ' ' || column_name || ' length ' || character_maximum_length
                  from information_schema.columns
                 where table_schema = current_schema() and table_name in %1$s and character_maximum_length is not null
                """.formatted(tables)).into(String.class);
    }

    @SafeVarargs
    private static Breach figures(String column, Map<String, String>... edits) {
        return new Breach(ImportKind.FIGURES, column, List.of(edits));
    }

    @SafeVarargs
    private static Breach userBases(String column, Map<String, String>... edits) {
        return new Breach(ImportKind.USER_BASES, column, List.of(edits));
    }

    @SafeVarargs
    private static Breach sources(String column, Map<String, String>... edits) {
        return new Breach(ImportKind.SOURCES, column, List.of(edits));
    }

    /** Every column of the kind, blank unless given. */
    private static Map<String, String> row(ImportKind kind, String... cells) {
        Map<String, String> row = new LinkedHashMap<>();
        kind.columns().forEach(column -> row.put(column, ""));
        for (int i = 0; i < cells.length; i += 2) {
            row.put(cells[i], cells[i + 1]);
        }
        return row;
    }

    static byte[] csv(ImportKind kind, List<Map<String, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, kind.columns())) {
            rows.forEach(row -> csv.printRow(kind.columns().stream().map(row::get).toList()));
        }
        return out.toByteArray();
    }
}
