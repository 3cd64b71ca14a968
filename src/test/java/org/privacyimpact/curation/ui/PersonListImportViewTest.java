package org.privacyimpact.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.curation.PersonListMapping.CountryMeaning;
import org.privacyimpact.curation.PersonListMapping.EmptyCountry;
import org.privacyimpact.curation.PersonListMapping.SeveralValues;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.ui.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** A curator goes from a downloaded list to published figures on the import screen (real Vaadin, browserless). */
@IntegrationTest
@Transactional
@WithMockUser(username = "curator-ana", roles = "CURATOR")
class PersonListImportViewTest extends SignedInBrowserlessTest {

    @Autowired
    AuditLog audit;

    @Autowired
    DSLContext db;

    @Test
    void aListIsMappedPreviewedAndImportedAndItsMappingIsOfferedForTheNextVersion() throws IOException {
        ImportView view = open("curate/import", ImportView.class);
        view.kind.setValue(ImportChoice.PERSON_LIST);
        view.received("tracker-v1.csv", resource("tracker-v1.csv"));
        PersonListPanel list = view.personList;

        // the columns are guessed from their names; everything else waits for the curator
        assertThat(list.isVisible()).isTrue();
        assertThat(list.countryColumn.getValue()).isEqualTo("Location");
        assertThat(list.yearColumn.getValue()).isEqualTo("Years");
        assertThat(list.personColumn.getValue()).isEqualTo("Name");
        assertThat(list.sourcesColumn.getValue()).isEqualTo("Sources");
        assertThat(list.summary.getElement().getTextRecursively()).contains("nothing can be imported yet");
        assertThat(list.commit.isVisible()).isFalse();

        list.description.title.setValue("Targets tracker");
        list.description.url.setValue("https://example.org/tracker/targets.csv");
        list.description.keyPrefix.setValue("trk");
        list.countryMeaning.setValue(CountryMeaning.PERSON_LOCATION);
        list.incident.how.setValue("By the value of a column");
        list.incident.column.setValue("Attack vector");
        list.incident.byValue.get("WhatsApp video call").setValue(list.incident.fixed.getListDataView().getItems()
                .filter(row -> row.key().equals("WA2019")).findFirst().orElseThrow());
        list.incident.byValue.get("SMS link").setValue(SplitChoice.LEAVE_OUT);
        list.countKind.how.setValue("By the value of a column");
        list.countKind.column.setValue("Evidence");
        list.countKind.byValue.get("Forensic (Citizen Lab)").setValue(CountKind.CONFIRMED_FORENSIC);
        list.countKind.byValue.get("WhatsApp notification").setValue(CountKind.NOTIFIED_BY_PLATFORM);

        // the cells with several values or none are named, with their rows, and wait for a choice
        assertThat(list.severalValues).containsOnlyKeys("Location", "Years");
        assertThat(list.severalValues.get("Location").getLabel()).isEqualTo("Location: 1 cell (row 4) with several"
                + " values");
        assertThat(list.emptyCountry.getLabel()).isEqualTo("Location: 1 cell (row 5) without a country");
        list.severalValues.get("Location").setValue(SeveralValues.EACH);
        list.severalValues.get("Years").setValue(SeveralValues.EACH);
        list.emptyCountry.setValue(EmptyCountry.WORLDWIDE_ONLY);

        assertThat(list.summary.getElement().getTextRecursively()).contains("tracker-v1.csv: 6 rows give 5 figures",
                "5 new");
        var figures = list.figures.getElement().getTextRecursively();
        assertThat(figures).contains("MexicoWA2019Confirmed by forensic analysis2019–202022–3, 6New",
                "El SalvadorWA2019Notified by the platform202014New", "WorldwideWA2019Notified by the platform"
                        + "2019–202024–5New");
        assertThat(test(list.notes).getCellText(1, 0)).isEqualTo("Rows 2, 6 name the same person: each figure"
                + " counts that person once");
        assertThat(list.commit.getText()).isEqualTo("Import 5 figures");

        test(list.commit).click();

        assertThat(audit.history(RecordType.FIGURE, "TRK-WA2019-MX-CF")).hasSize(1);
        assertThat(db.fetchCount(db.selectFrom("figure_list_count"))).isEqualTo(5);

        view.received("tracker-v2.csv", resource("tracker-v2.csv"));
        assertThat(list.remembered.getText()).startsWith("A file with the same columns was imported before");
        assertThat(list.description.title.getValue()).isEqualTo("Targets tracker");
        assertThat(list.incident.column.getValue()).isEqualTo("Attack vector");
        assertThat(list.summary.getElement().getTextRecursively()).contains("tracker-v2.csv: 7 rows give 5 figures",
                "1 new, 2 changed, 2 as in the dataset, 1 no longer in the list");
        assertThat(list.figures.getElement().getTextRecursively()).contains("Changed: 2 → 3; rows added 8",
                "No longer in the list: retired (kept in its history): 1 → 0; rows no longer counted 4");
    }

    @Test
    void aFileThatCannotBeReadShowsOnlyWhatToChange() {
        ImportView view = open("curate/import", ImportView.class);
        view.kind.setValue(ImportChoice.PERSON_LIST);

        view.received("semicolons.csv", "Name;Years\nA;2019\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.personList.mappingForm.isVisible()).isFalse();
        assertThat(view.personList.summary.getElement().getTextRecursively())
                .contains("semicolons.csv: nothing can be imported");
        assertThat(test(view.personList.problems).getCellText(0, 2)).startsWith("The columns are separated by"
                + " semicolons");
        assertThat(view.personList.commit.isVisible()).isFalse();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PersonListImportViewTest.class.getResourceAsStream("/curation/person-list/" + name)) {
            return in.readAllBytes();
        }
    }
}
