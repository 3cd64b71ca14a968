package org.privacyimpact.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.curation.FigureDrafts.withNotes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.notification.Notification;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.security.ui.LoginView;
import org.privacyimpact.ui.BrowserlessNavigation;
import org.privacyimpact.ui.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The curators' screens on a real Vaadin UI (browserless) over the embedded database. */
@IntegrationTest
@Transactional
class CurationViewsTest extends SignedInBrowserlessTest {

    @Autowired
    CurationService curation;

    @Autowired
    AuditLog audit;

    @Autowired
    DSLContext db;

    /** What cannot be published is said on its field before the admin is asked to confirm. */
    @Test
    @WithMockUser(username = "admin-eve", roles = "ADMIN")
    void aReleaseThatCannotBePublishedIsRefusedBeforeTheConfirmation() {
        ReleasesView view = open("admin/releases", ReleasesView.class);
        view.version.setValue("3000.1.1");
        view.summary.setValue("Far ahead");
        view.changes.setValue("Something");

        test(view.publish).click();

        assertThat(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all()).isEmpty();
        assertThat(view.version.isInvalid()).isTrue();
        assertThat(view.version.getErrorMessage()).contains("names a month still to come");
        assertThat(view.summary.isInvalid()).isFalse();
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorFindsAFigureBySearchingItsKey() {
        CurateView view = open("curate?kind=figures&q=WA2019-IN", CurateView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("WA2019-IN");
        assertThat(view.matches.getText()).isEqualTo("2 target figures");
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorCorrectsAFigureAndSeesTheChangeInItsHistory() {
        RecordEditorView view = open("curate/figures/WA2019-IN", RecordEditorView.class);
        FigureForm form = (FigureForm) find(FigureForm.class).single();

        test(form.count).setValue(122);
        test(view.comment).setValue("Checked against the letter");
        test(view.save).click();

        assertThat(curation.read(CuratedType.FIGURE,
                "WA2019-IN").orElseThrow().draft().peopleTargeted()).isEqualTo(122);
        assertThat(view.history.getElement().getTextRecursively())
                .contains("curator-ana", "update", "Checked against the letter", "people_targeted: 121 → 122");
        assertThat(test(find(Notification.class).last()).getText()).contains("Saved");
    }

    /** The form shows what a figure counts; a new kind brings its usual unit, and a chosen unit is saved. */
    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void theFormSaysWhatTheNumberCountsAndAKindBringsItsUsualUnit() {
        RecordEditorView view = open("curate/figures/WA2019-IN", RecordEditorView.class);
        FigureForm form = (FigureForm) find(FigureForm.class).single();
        // a stored figure keeps its reference id: the field says so rather than taking a change it would drop
        assertThat(form.referenceId.isReadOnly()).isTrue();
        assertThat(form.count.isReadOnly()).isFalse();
        // the choices read as words, as on every page, not as the codes stored
        assertThat(test(form.qualifier).getSuggestions()).contains("exact", "about", "at least", "at most");
        assertThat(form.unit.getValue()).isEqualTo(CountedUnit.PEOPLE);

        test(form.kind).selectItem(CountKind.LEAKED_LIST_ENTRIES.label());
        assertThat(form.unit.getValue()).isEqualTo(CountedUnit.PHONE_NUMBERS);
        test(form.kind).selectItem(CountKind.NOTIFIED_BY_PLATFORM.label());
        assertThat(form.unit.getValue()).isEqualTo(CountedUnit.PEOPLE);

        test(form.unit).selectItem(CountedUnit.ACCOUNTS.plural());
        test(view.save).click();

        assertThat(curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow().draft().countedUnit())
                .isEqualTo(CountedUnit.ACCOUNTS);
        assertThat(view.history.getElement().getTextRecursively()).contains("counted_unit: people → accounts");
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void badValuesAreMarkedOnTheirFieldsAndNothingIsSaved() {
        RecordEditorView view = open("curate/figures/WA2019-IN", RecordEditorView.class);
        FigureForm form = (FigureForm) find(FigureForm.class).single();

        test(form.periodStart).setValue(1800);
        test(form.country).setValue("ZZ");
        test(form.quote).setValue("   ");
        test(view.save).click();

        assertThat(form.periodStart.isInvalid()).isTrue();
        assertThat(form.periodStart.getErrorMessage()).startsWith("Must be a year from 1990");
        assertThat(form.country.getErrorMessage()).contains("No country with ISO code \"ZZ\"");
        assertThat(form.quote.getErrorMessage()).contains("word for word");
        assertThat(view.problems.getElement().getTextRecursively()).contains("Not saved: 3 fields need a change.")
                // in the words of the fields' labels, not the columns' names
                .contains(form.periodStart.getLabel() + ": Must be a year from 1990").doesNotContain("period_start");
        assertThat(curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow().draft().periodStart()).isEqualTo(2019);
    }

    @Test
    @WithMockUser(username = "curator-ben", roles = "CURATOR")
    void whenAnotherCuratorSavedFirstTheFormSaysSoAndKeepsWhatWasTyped() {
        RecordEditorView view = open("curate/figures/WA2019-IN", RecordEditorView.class);
        FigureForm form = (FigureForm) find(FigureForm.class).single();
        var meanwhile = curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow();
        curation.update(CuratedType.FIGURE, "WA2019-IN", meanwhile.version(), withNotes(meanwhile.draft(),
                "Saved by someone else"),
                null);

        test(form.count).setValue(999);
        test(view.save).click();

        assertThat(view.problems.getElement().getTextRecursively()).contains("was changed by curator-ben",
                "Nothing was saved").containsPattern("at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC after");
        assertThat(form.count.getValue()).isEqualTo(999);
        assertThat(curation.read(CuratedType.FIGURE,
                "WA2019-IN").orElseThrow().draft().peopleTargeted()).isEqualTo(121);
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aNewSourceIsCreatedFromItsForm() {
        RecordEditorView view = open("curate/new/sources", RecordEditorView.class);
        SourceForm form = (SourceForm) find(SourceForm.class).single();
        // a day reads one way whatever the browser's language: 2025-09-10, never 9/10/2025
        assertThat(form.publishedOn.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");

        test(form.title).setValue("A test report");
        test(form.url).setValue("https://reports.example.org/test");
        test(view.save).click();

        assertThat(curation.list(CuratedType.SOURCE, "reports.example.org/test", false, 0, 5)).hasSize(1);
        assertThat(getCurrentView()).isInstanceOf(RecordEditorView.class);
        assertThat(currentTitle()).startsWith("Source ");
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aFileIsPreviewedAndImportedFromTheImportScreen() throws IOException {
        ImportView view = open("curate/import", ImportView.class);

        view.received("one-bad-row-among-good.csv", resource("one-bad-row-among-good.csv"));
        assertThat(view.summary.getElement().getTextRecursively()).contains("nothing can be imported yet");
        assertThat(test(view.problems).getCellText(0, 0)).isEqualTo("4");
        assertThat(test(view.problems).getCellText(0, 1)).isEqualTo("people_targeted");
        assertThat(view.commit.isVisible()).isFalse();

        view.received("good-figures.csv", resource("good-figures.csv"));
        assertThat(view.summary.getElement().getTextRecursively()).contains("2 rows checked, no problems", "2 new");
        test(view.commit).click();

        assertThat(audit.history(RecordType.FIGURE, "IMPORT-TEST-BR")).hasSize(1);
    }

    /** 20,000 rows, each with a count that is not a number: the tab once spent 872 s of CPU on such a file. */
    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aFileWithAProblemInEveryRowShowsASummaryByColumnAndAListThatLoadsAsItScrolls() throws IOException {
        ImportView view = open("curate/import", ImportView.class);
        String header = new String(resource("good-figures.csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        StringBuilder file = new StringBuilder(header).append('\n');
        for (int i = 0; i < 20_000; i++) {
            file.append("IMPORT-TEST-%d,WA2019,,BR,country,many,exact,notified_by_platform,2019,2019,,false,false,,false,,,"
                    .formatted(i)).append("https://example.org/report,Many.\n");
        }

        long started = System.nanoTime();
        view.received("every-row-bad.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(view.summary.getElement().getTextRecursively()).contains("20,000 problems to fix");
        var byColumn = test(view.problemsByColumn);
        assertThat(byColumn.size()).isOne();
        assertThat(byColumn.getCellText(0, 0)).isEqualTo("people_targeted");
        assertThat(byColumn.getCellText(0, 1)).isEqualTo("20,000");
        assertThat(byColumn.getCellText(0, 2)).startsWith("First, row 2: \"many\" is not a whole number");
        assertThat(test(view.problems).size()).isEqualTo(20_000);
        assertThat(view.problems.isAllRowsVisible()).as("rows are sent to the browser as it scrolls").isFalse();
        assertThat(elementsIn(view.getElement())).as("no component per row").isLessThan(200);
        assertThat(millis).as("preview of 20,000 bad rows, ms").isLessThan(20_000);
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aWriteTheDatabaseRefusesAfterThePreviewIsShownOnTheImportScreen() throws IOException {
        ImportView view = open("curate/import", ImportView.class);
        view.received("good-figures.csv", resource("good-figures.csv"));
        // a rule the preview does not know, as a future migration might add one
        db.execute("alter table target_figure add constraint test_only_not_three check (targeted_count <> 3) not valid");

        test(view.commit).click();

        assertThat(view.summary.getElement().getTextRecursively()).contains("good-figures.csv: not imported",
                "Nothing was imported: row 2 (IMPORT-TEST-BR) could not be written", "The dataset is unchanged.");
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Nothing was imported: row 2");
        assertThat(view.commit.isVisible()).isFalse();
    }

    private static int elementsIn(com.vaadin.flow.dom.Element element) {
        return 1 + element.getChildren().mapToInt(CurationViewsTest::elementsIn).sum();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToSignInFromEveryCuratorScreen() {
        for (String location : new String[] {"curate", "curate/figures/WA2019-IN", "curate/new/sources",
                "curate/import", "admin/audit", "admin/releases", "admin/users"}) {
            BrowserlessNavigation.open(location);
            roundTrip();
            assertThat(getCurrentView()).as(location).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorCannotOpenTheAdminScreens() {
        for (String location : new String[] {"admin/audit", "admin/releases", "admin/users"}) {
            BrowserlessNavigation.open(location);
            roundTrip();
            assertThat(getCurrentView()).as(location).isNotInstanceOfAny(AuditLogView.class, ReleasesView.class,
                    org.privacyimpact.security.ui.AccountsView.class);
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminReadsTheAuditLogAfterAChange() {
        var opened = curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow();
        curation.update(CuratedType.FIGURE, "WA2019-IN", opened.version(), withNotes(opened.draft(), "Clarified"),
                "note wording");

        AuditLogView view = open("admin/audit", AuditLogView.class);

        var grid = test(view.grid);
        assertThat(grid.getCellText(0, 1)).isEqualTo("admin");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Target figure WA2019-IN");
        assertThat(grid.getCellText(0, 5)).isEqualTo("note wording");
    }

    /** On a new dashboard the log is empty, and says why rather than showing a blank table. */
    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anEmptyAuditLogSaysNothingHasBeenChangedYet() {
        AuditLogView view = open("admin/audit", AuditLogView.class);

        assertThat(view.grid.getEmptyStateText()).isEqualTo(AuditLogView.NOTHING_YET)
                .startsWith("Nothing has been changed through the dashboard yet.");
    }

    private String currentTitle() {
        return ((RecordEditorView) getCurrentView()).heading.getText();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CurationViewsTest.class.getResourceAsStream("/curation/import/" + name)) {
            return in.readAllBytes();
        }
    }
}
