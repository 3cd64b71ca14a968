package org.privacyimpact.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.common.Sha256;
import org.privacyimpact.curation.PersonListMapping.CountryMeaning;
import org.privacyimpact.curation.PersonListMapping.EmptyCountry;
import org.privacyimpact.curation.PersonListMapping.ListDescription;
import org.privacyimpact.curation.PersonListMapping.SeveralValues;
import org.privacyimpact.curation.PersonListMapping.Split;
import org.privacyimpact.curation.PersonListPreview.Change;
import org.privacyimpact.curation.PersonListPreview.FigureOutcome;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.ListTrail;
import org.privacyimpact.dataset.RecordsQuery;
import org.privacyimpact.dataset.ValueQualifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * A list with one row per person, counted into figures: synthetic lists with several values in a cell, a row
 * without a country, a person listed twice, a malformed year, and a second version with rows added and changed.
 * Real PostgreSQL; the database is compared before and after every refused import, and searched for the list's
 * names after every accepted one.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "curator-ana", roles = "CURATOR")
class PersonListImportTest {

    private static final String LIST_URL = "https://example.org/tracker/targets.csv";
    private static final LocalDate V1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate V2 = LocalDate.of(2026, 9, 1);
    /** Every name and name part in the test lists: none may reach the database. */
    private static final List<String> NAMES = List.of("Ficticia", "Inventado", "Supuesta", "Hipotetico", "Figurada",
            "Ejemplar", "Imaginaria", "Ficcion");
    private static final List<String> TABLES = List.of("source", "target_figure", "figure_list_count",
            "person_list_mapping", "audit_entry", "audit_change");

    @Autowired
    PersonListImport lists;

    @Autowired
    DSLContext db;

    @Autowired
    RecordsQuery records;

    @Test
    void countsEachPersonOnceIntoFiguresByIncidentAreaAndKind() {
        PersonListPreview preview = lists.preview("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V1);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).isEqualTo(6);
        assertThat(preview.figures()).extracting(PersonListPreviewRow::of).containsExactlyInAnyOrder(
                // Ana (rows 2 and 6) and Bruno (row 3, 2019 and 2020)
                new PersonListPreviewRow("TRK-WA2019-MX-CF", "Mexico", 2019, 2020, 2, "2–3, 6", Change.NEW),
                new PersonListPreviewRow("TRK-WA2019-WW-CF", "Worldwide", 2019, 2020, 2, "2–3, 6", Change.NEW),
                // Carla was targeted in Mexico and El Salvador: counted in each
                new PersonListPreviewRow("TRK-WA2019-MX-NBP", "Mexico", 2020, 2020, 1, "4", Change.NEW),
                new PersonListPreviewRow("TRK-WA2019-SV-NBP", "El Salvador", 2020, 2020, 1, "4", Change.NEW),
                // Dario has no country: worldwide only
                new PersonListPreviewRow("TRK-WA2019-WW-NBP", "Worldwide", 2019, 2020, 2, "4–5", Change.NEW));
        assertThat(preview.notes()).extracting(ImportProblem::message).containsExactlyInAnyOrder(
                "Rows 2, 6 name the same person: each figure counts that person once",
                "Row 7 left out: the value in column Attack vector is one you chose to leave out");
        assertThat(preview.cells()).containsExactly(
                new PersonListPreview.ColumnCells("Location", List.of(4), List.of(5)),
                new PersonListPreview.ColumnCells("Years", List.of(3), List.of()),
                new PersonListPreview.ColumnCells("Attack vector", List.of(), List.of()),
                new PersonListPreview.ColumnCells("Evidence", List.of(), List.of()));
        assertThat(preview.canCommit()).isTrue();
    }

    @Test
    void severalValuesAndEmptyCountriesWaitForTheCuratorsChoiceAndWriteNothing() {
        Map<String, String> before = fingerprint();
        PersonListMapping unchosen = new PersonListMapping(description(), "Location", CountryMeaning.PERSON_LOCATION,
                "Years", "Name", "Sources", incidentByVector(), kindByEvidence(), Map.of(), null, null, true);

        PersonListPreview preview = lists.preview("tracker-v1.csv", file("tracker-v1.csv"), unchosen, V1);

        assertThat(preview.problems()).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
                "File, Location: 1 cell with several values (row 4): choose whether such a row counts under each"
                        + " value, once, or not at all",
                "File, Location: 1 cell without a country (row 5): choose whether they count toward the worldwide"
                        + " figure only or are left out",
                "File, Years: 1 cell with several values (row 3): choose whether such a row counts under each value,"
                        + " once, or not at all");
        assertThat(preview.figures()).isEmpty();
        assertThatThrownBy(() -> lists.commit("tracker-v1.csv", file("tracker-v1.csv"), unchosen, V1))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("Location");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void countOnceAndLeaveOutChangeWhatIsCounted() {
        PersonListMapping once = new PersonListMapping(description(), "Location", CountryMeaning.PERSON_LOCATION,
                "Years", "Name", "Sources", incidentByVector(), kindByEvidence(),
                Map.of("Location", SeveralValues.FIRST, "Years", SeveralValues.LEAVE_OUT), EmptyCountry.LEAVE_OUT,
                null, false);

        PersonListPreview preview = lists.preview("tracker-v1.csv", file("tracker-v1.csv"), once, V1);

        assertThat(preview.figures()).extracting(PersonListPreviewRow::of).containsExactlyInAnyOrder(
                new PersonListPreviewRow("TRK-WA2019-MX-CF", "Mexico", 2019, 2019, 1, "2, 6", Change.NEW),
                new PersonListPreviewRow("TRK-WA2019-MX-NBP", "Mexico", 2020, 2020, 1, "4", Change.NEW));
        assertThat(preview.notes()).extracting(ImportProblem::message).contains(
                "Row 3 left out: several values in column Years (you chose to leave such rows out)",
                "Row 5 left out: no country (you chose to leave such rows out)");
    }

    @Test
    void aMalformedYearOrUnknownCountryNamesItsRowAndColumnAndNothingIsWritten() {
        Map<String, String> before = fingerprint();

        PersonListPreview preview = lists.preview("tracker-bad-year.csv", file("tracker-bad-year.csv"), mapping(), V1);

        assertThat(preview.problems()).extracting(ImportProblem::toString).containsExactly(
                "Row 3, Years: \"20l9\" is not a year: write 2019, several as \"2019; 2020\", or a range as 2019–2021",
                "Row 4, Location: \"Mexcio\" is not a country the dashboard knows: write its name as the dashboard"
                        + " does (e.g. Mexico) or its two-letter code (MX)");
        assertThatThrownBy(() -> lists.commit("tracker-bad-year.csv", file("tracker-bad-year.csv"), mapping(), V1))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("Row 3, Years");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeReadSaysWhyAsForEveryImport() {
        byte[] semicolons = "Name;Years;Location\nAna Ficticia Uno;2019;Mexico\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Name,Years,Location\nAna Ficticia Uno,2019,M\u00e9xico\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(lists.open("semicolons.csv", semicolons).problems()).extracting(ImportProblem::message)
                .singleElement().asString().startsWith("The columns are separated by semicolons");
        assertThat(lists.open("latin1.csv", latin1).problems()).extracting(ImportProblem::message)
                .singleElement().asString().contains("not UTF-8");
        assertThat(lists.open("no-names.csv", ",Years\n1,2019\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ImportProblem::message).containsExactly("The header has no name for column 1: give every"
                        + " column a name in the first row.");
    }

    @Test
    void committedFiguresCiteTheListKeepTheirRowsAndAreAudited() {
        lists.commit("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V1);

        var figure = db.fetchSingle("select f.targeted_count, f.count_kind, f.country_iso2, f.period_start,"
                + " f.period_end, f.verified, f.denominator_rule, f.source_quote, s.url, s.title, s.published_on,"
                + " c.row_numbers::text, c.row_sources::text, c.list_sha256 from target_figure f"
                + " join source s on s.id = f.source_id join figure_list_count c on c.figure_id = f.id"
                + " where f.reference_id = 'TRK-WA2019-MX-CF'");
        assertThat(figure.get(0, Integer.class)).isEqualTo(2);
        assertThat(figure.get(1, String.class)).isEqualTo("confirmed_forensic");
        assertThat(figure.get(2, String.class)).isEqualTo("MX");
        assertThat(figure.get(3, Integer.class)).isEqualTo(2019);
        assertThat(figure.get(4, Integer.class)).isEqualTo(2020);
        assertThat(figure.get(5, Boolean.class)).isFalse();
        assertThat(figure.get(6, String.class)).isEqualTo("several_platforms");
        assertThat(figure.get(7, String.class)).startsWith("Counted by the dashboard in \"Targets tracker\""
                + " (Example Watch), version of 2026-05-01 (SHA-256 ").endsWith(": the rows whose person's country is"
                + " Mexico, incident WA2019, confirmed by forensic analysis, years 2019–2020 — rows 2–3, 6: 2 people.");
        assertThat(figure.get(8, String.class)).isEqualTo(LIST_URL);
        assertThat(figure.get(9, String.class)).isEqualTo("Targets tracker");
        assertThat(figure.get(10, LocalDate.class)).isEqualTo(V1);
        assertThat(figure.get(11, String.class)).isEqualTo("{2,3,6}");
        assertThat(figure.get(12, String.class))
                .isEqualTo("{https://example.org/news-2,https://example.org/report-1}");
        assertThat(figure.get(13, String.class)).isEqualTo(Sha256.hex(file("tracker-v1.csv")));
        // readers of the data API see the same trail
        ListTrail trail = records.figures(new FigureFilter("MX", "WA2019", null, null, null, null), 0, 100).stream()
                .filter(r -> r.referenceId().equals("TRK-WA2019-MX-CF")).findFirst().orElseThrow().listTrail();
        assertThat(trail).isEqualTo(new ListTrail(V1, Sha256.hex(file("tracker-v1.csv")), "2–3, 6",
                List.of("https://example.org/news-2", "https://example.org/report-1")));
        assertThat(records.figures(new FigureFilter("MX", "WA2019", null, null, null, null), 0, 100).stream()
                .filter(r -> !r.referenceId().startsWith("TRK-"))).allMatch(r -> r.listTrail() == null).isNotEmpty();

        List<String> audited = db.fetch("select record_key || ' ' || action || ' by ' || actor || ': ' || comment"
                + " from audit_entry where comment like 'Counted from the list%' order by record_key")
                .getValues(0, String.class);
        assertThat(audited).hasSize(6).allMatch(line -> line.contains(" create by curator-ana: Counted from the list"
                + " \"Targets tracker\" (2026-05-01, tracker-v1.csv, SHA-256 "));
        assertNoNameInTheDatabase();
    }

    @Test
    void theMappingIsRememberedForTheNextFileWithTheSameHeader() {
        assertThat(lists.open("tracker-v1.csv", file("tracker-v1.csv")).remembered()).isEmpty();

        lists.commit("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V1);

        var opened = lists.open("tracker-v2.csv", file("tracker-v2.csv"));
        assertThat(opened.header()).containsExactly("Name", "Role", "Organisation", "Years", "Location",
                "Attack vector", "Evidence", "Sources");
        assertThat(opened.rows()).isEqualTo(7);
        assertThat(opened.remembered()).contains(mapping());
    }

    @Test
    void aSecondVersionShowsWhatChangedPerFigureAndRetiresWhatNoRowCountsAnyMore() {
        lists.commit("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V1);
        long auditBefore = db.fetchCount(db.selectFrom("audit_entry"));

        PersonListPreview preview = lists.preview("tracker-v2.csv", file("tracker-v2.csv"), mapping(), V2);

        assertThat(preview.figures()).extracting(PersonListPreviewRow::of).containsExactlyInAnyOrder(
                new PersonListPreviewRow("TRK-WA2019-MX-CF", "Mexico", 2019, 2021, 3, "2–3, 6, 8", Change.CHANGED),
                new PersonListPreviewRow("TRK-WA2019-WW-CF", "Worldwide", 2019, 2021, 3, "2–3, 6, 8", Change.CHANGED),
                new PersonListPreviewRow("TRK-WA2019-MX-NBP", "Mexico", 2020, 2020, 1, "4", Change.UNCHANGED),
                new PersonListPreviewRow("TRK-WA2019-ES-NBP", "Spain", 2019, 2019, 1, "5", Change.NEW),
                new PersonListPreviewRow("TRK-WA2019-WW-NBP", "Worldwide", 2019, 2020, 2, "4–5", Change.UNCHANGED),
                new PersonListPreviewRow("TRK-WA2019-SV-NBP", "El Salvador", 2020, 2020, 0, "", Change.NOT_IN_LIST));
        FigureOutcome mexico = preview.figures().stream()
                .filter(figure -> figure.referenceId().equals("TRK-WA2019-MX-CF")).findFirst().orElseThrow();
        assertThat(mexico.countBefore()).isEqualTo(2);
        assertThat(mexico.rowsAdded()).isEqualTo("8");
        assertThat(mexico.rowsRemoved()).isEmpty();

        lists.commit("tracker-v2.csv", file("tracker-v2.csv"), mapping(), V2);

        assertThat(db.fetchSingle("select targeted_count from target_figure where reference_id ="
                + " 'TRK-WA2019-MX-CF'").get(0, Integer.class)).isEqualTo(3);
        assertThat(db.fetchSingle("select retired_at is not null from target_figure where reference_id ="
                + " 'TRK-WA2019-SV-NBP'").get(0, Boolean.class)).isTrue();
        assertThat(db.fetchSingle("select published_on from source where url = ?", LIST_URL)
                .get(0, LocalDate.class)).isEqualTo(V2);
        // two figures changed, one is new, one retired, and the source's date: five entries, none for the same
        assertThat(db.fetchCount(db.selectFrom("audit_entry")) - auditBefore).isEqualTo(5);
        assertNoNameInTheDatabase();
    }

    @Test
    void aNewVersionMustKeepTheListsKeyPrefix() {
        lists.commit("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V1);
        ListDescription renamed = new ListDescription("Targets tracker", "Example Watch", LIST_URL, "TRACK",
                ValueQualifier.AT_LEAST, false, false, null);
        PersonListMapping mapping = new PersonListMapping(renamed, "Location", CountryMeaning.PERSON_LOCATION, "Years",
                "Name", "Sources", incidentByVector(), kindByEvidence(), choices(), EmptyCountry.WORLDWIDE_ONLY, null,
                true);

        PersonListPreview preview = lists.preview("tracker-v2.csv", file("tracker-v2.csv"), mapping, V2);

        assertThat(preview.problems()).extracting(ImportProblem::toString).containsExactly("File, List: key prefix:"
                + " Figures from this list already use another key prefix (e.g. TRK-WA2019-MX-CF): use the same one,"
                + " so this version updates them");
    }

    @Test
    void aFigureAVersionRetiredComesBackWhenTheNextVersionCountsItAgain() {
        lists.commit("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V1);
        lists.commit("tracker-v2.csv", file("tracker-v2.csv"), mapping(), V2);

        PersonListPreview back = lists.commit("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V2);

        assertThat(back.figures()).filteredOn(figure -> figure.referenceId().equals("TRK-WA2019-SV-NBP"))
                .extracting(FigureOutcome::change).containsExactly(Change.RESTORED);
        assertThat(db.fetchSingle("select retired_at is null and targeted_count = 1 from target_figure"
                + " where reference_id = 'TRK-WA2019-SV-NBP'").get(0, Boolean.class)).isTrue();
        assertThat(db.fetchSingle("select retired_at is not null from target_figure where reference_id ="
                + " 'TRK-WA2019-ES-NBP'").get(0, Boolean.class)).isTrue();
    }

    @Test
    void importingTheSameVersionAgainChangesNothing() {
        lists.commit("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V1);
        Map<String, String> before = fingerprint();

        PersonListPreview again = lists.commit("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V1);

        assertThat(again.figures()).extracting(FigureOutcome::change).containsOnly(Change.UNCHANGED);
        Map<String, String> after = fingerprint();
        after.remove("person_list_mapping");
        before.remove("person_list_mapping");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anOperatorsCountryIsNeverDividedByItsOwnUsers() {
        PersonListMapping operator = new PersonListMapping(description(), "Location", CountryMeaning.OPERATOR,
                "Years", "Name", "Sources", incidentByVector(), kindByEvidence(), choices(),
                EmptyCountry.WORLDWIDE_ONLY, null, true);

        lists.commit("tracker-v1.csv", file("tracker-v1.csv"), operator, V1);

        Map<String, String> rules = new LinkedHashMap<>();
        db.fetch("select reference_id, denominator_rule from target_figure where reference_id like 'TRK-%'"
                + " order by reference_id").forEach(r -> rules.put(r.get(0, String.class), r.get(1, String.class)));
        assertThat(rules).containsEntry("TRK-WA2019-MX-CF", "no_rate").containsEntry("TRK-WA2019-SV-NBP", "no_rate")
                .containsEntry("TRK-WA2019-WW-CF", "several_platforms");
        assertThat(db.fetchSingle("select source_quote from target_figure where reference_id = 'TRK-WA2019-MX-CF'")
                .get(0, String.class)).contains("the rows whose operator's country is Mexico");
    }

    @Test
    @WithAnonymousUser
    void onlyCuratorsImportLists() {
        assertThatThrownBy(() -> lists.preview("tracker-v1.csv", file("tracker-v1.csv"), mapping(), V1))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    /** One figure of a preview, in the terms the test states. */
    record PersonListPreviewRow(String referenceId, String area, Integer from, Integer to, int count, String rows,
                                Change change) {

        static PersonListPreviewRow of(FigureOutcome figure) {
            return new PersonListPreviewRow(figure.referenceId(), figure.area(), figure.periodStart(),
                    figure.periodEnd(), figure.count(), figure.rows(), figure.change());
        }
    }

    private void assertNoNameInTheDatabase() {
        // the same search finds the list's title, so it would find a name
        assertThat(occurrences("Targets tracker")).isPositive();
        assertThat(NAMES).allSatisfy(person -> assertThat(occurrences(person)).as(person).isZero());
    }

    /** How many values of every text column of every table hold the text. */
    private int occurrences(String text) {
        int found = 0;
        var textColumns = db.fetch("select table_name, column_name from information_schema.columns"
                + " where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'ARRAY')");
        for (var column : textColumns) {
            String table = column.get(0, String.class);
            String name = column.get(1, String.class);
            found += db.fetchSingle("select count(*) from \"" + table + "\" where \"" + name + "\"::text ilike ?",
                    "%" + text + "%").get(0, Integer.class);
        }
        return found;
    }

    private static PersonListMapping mapping() {
        return new PersonListMapping(description(), "Location", CountryMeaning.PERSON_LOCATION, "Years", "Name",
                "Sources", incidentByVector(), kindByEvidence(), choices(), EmptyCountry.WORLDWIDE_ONLY, null, true);
    }

    private static Map<String, SeveralValues> choices() {
        return Map.of("Location", SeveralValues.EACH, "Years", SeveralValues.EACH);
    }

    private static ListDescription description() {
        return new ListDescription("Targets tracker", "Example Watch", LIST_URL, "TRK", ValueQualifier.AT_LEAST, false,
                false, "journalists, lawyers and activists");
    }

    private static Split incidentByVector() {
        return Split.byColumn("Attack vector", Map.of("WhatsApp video call", "WA2019", "SMS link", ""));
    }

    private static Split kindByEvidence() {
        return Split.byColumn("Evidence", Map.of("Forensic (Citizen Lab)", "confirmed_forensic",
                "WhatsApp notification", "notified_by_platform"));
    }

    private Map<String, String> fingerprint() {
        return TableFingerprint.of(db, TABLES);
    }

    private static byte[] file(String name) {
        try (InputStream in = PersonListImportTest.class.getResourceAsStream("/curation/person-list/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
