package org.privacyimpact.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;
import static org.privacyimpact.ui.BrowserlessNavigation.currentAddress;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery.Choice;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.incident.IncidentSummary;
import org.privacyimpact.ui.BrowserlessNavigation;
import org.privacyimpact.ui.DashboardBrowserlessTest;

@IntegrationTest
class IncidentsViewTest extends DashboardBrowserlessTest {

    private IncidentsView open(String location) {
        return open(location, IncidentsView.class);
    }

    @Test
    void everyIncidentIsListedNewestFirstWithItsFiguresAndKinds() {
        IncidentsView view = open("incidents");
        var grid = test(view.grid);

        int incidents = db.fetchCount(INCIDENT);
        assertThat(grid.size()).isEqualTo(incidents).isGreaterThan(60);
        assertThat(view.matches.getText()).isEqualTo(incidents + " incidents");
        assertThat(grid.getRow(0).yearStart()).isGreaterThanOrEqualTo(grid.getRow(grid.size() - 1).yearStart());
        IncidentSummary whatsApp = java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow)
                .filter(row -> row.id().equals("WA2019")).findFirst().orElseThrow();
        // every published figure of the campaign, whatever a release adds
        assertThat(whatsApp.figures()).isEqualTo(db.fetchCount(TARGET_FIGURE,
                TARGET_FIGURE.INCIDENT_ID.eq("WA2019").and(Published.figure(TARGET_FIGURE)))).isGreaterThan(15);
        assertThat(whatsApp.kinds()).containsExactly(CountKind.NOTIFIED_BY_PLATFORM, CountKind.OFFICIAL_DISCLOSURE);
        assertThat(whatsApp.firstReported()).isEqualTo(2019);
    }

    @Test
    void eachFilterIsWrittenToTheAddressAndReadBack() {
        IncidentsView view = open("incidents");

        view.text.setValue("pegasus");
        view.kind.setValue(CountKind.CONFIRMED_FORENSIC);
        view.country.setValue(new Choice("IN", "India"));
        view.fromYear.setValue(2016);
        view.toYear.setValue(2022);
        view.platform.setValue("");
        view.vendor.setValue("NSO");

        String address = currentAddress();
        assertThat(QueryParameters.fromString(address.substring("incidents?".length())).getParameters())
                .containsEntry("q", java.util.List.of("pegasus"))
                .containsEntry("kind", java.util.List.of("confirmed_forensic"))
                .containsEntry("country", java.util.List.of("IN"))
                .containsEntry("from", java.util.List.of("2016"))
                .containsEntry("to", java.util.List.of("2022"))
                .containsEntry("vendor", java.util.List.of("NSO"));
        IncidentsView reopened = open(address);
        assertThat(test(reopened.grid).size()).isEqualTo(1);
        assertThat(test(reopened.grid).getRow(0).id()).isEqualTo("PP2021");
        assertThat(reopened.text.getValue()).isEqualTo("pegasus");
        assertThat(reopened.country.getValue().id()).isEqualTo("IN");
        assertThat(reopened.matches.getText()).isEqualTo("1 incident matches “pegasus” and these filters");
    }

    /** The filters' summary under the search box leaves the search out, so the count names it. */
    @Test
    void theCountNamesTheSearchWhenOnlyTheSearchNarrowsTheList() {
        IncidentsView searched = open("incidents?q=%20catalan%20");
        assertThat(searched.matches.getText())
                .isEqualTo(test(searched.grid).size() + " incidents match “catalan”");

        IncidentsView filtered = open("incidents?kind=confirmed_forensic");
        assertThat(filtered.matches.getText())
                .isEqualTo(test(filtered.grid).size() + " incidents match these filters");
    }

    @Test
    void searchTextIsMatchedAsTextNeverAsSqlOrAPattern() {
        assertThat(test(open("incidents?q=%25").grid).size()).isZero();
        assertThat(test(open("incidents?q=%27%3B%20drop%20table%20incident%3B%20--").grid).size()).isZero();
        assertThat(test(open("incidents?q=_").grid).size()).isZero();
        assertThat(test(open("incidents?q=catalan").grid).size()).isEqualTo(2);
        assertThat(test(open("incidents").grid).size()).isEqualTo(db.fetchCount(INCIDENT));
    }

    @Test
    void unreadableValuesInALinkAreLeftOutRatherThanFailing() {
        IncidentsView view = open("incidents?kind=rumour&from=abc&country=123&to=1999&platform=WhatsApp");

        assertThat(view.kind.getValue()).isNull();
        assertThat(view.fromYear.getValue()).isNull();
        assertThat(view.country.getValue()).isNull();
        assertThat(view.ignoredParameters.getElement().getTextRecursively())
                .contains("not \"rumour\"", "not \"abc\"", "not \"123\"");
        assertThat(test(view.grid).size()).isZero();
        assertThat(test(open("incidents?platform=WhatsApp").grid).size()).isEqualTo(db.fetchCount(INCIDENT
                .join(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID)), PLATFORM.NAME.eq("WhatsApp")))
                .isGreaterThan(2);
    }

    /** A platform no incident went through is said to be left out, not applied out of sight (it would match none). */
    @Test
    void aPlatformNoIncidentWentThroughIsLeftOutAndSaidSo() {
        IncidentsView view = open("incidents?platform=Population%20(all)");

        assertThat(view.ignoredParameters.getElement().getTextRecursively())
                .contains("platform must be one that an incident in the dataset went through");
        assertThat(view.platform.getValue()).isEmpty();
        assertThat(test(view.grid).size()).isEqualTo(test(open("incidents").grid).size());
    }

    /** A last year before the first is marked on the field and not applied; putting it right applies both. */
    @Test
    void aLastYearBeforeTheFirstIsMarkedNotApplied() {
        IncidentsView view = open("incidents?from=2021");

        view.toYear.setValue(2019);
        assertThat(view.toYear.isInvalid()).isTrue();
        assertThat(currentAddress()).isEqualTo("incidents?from=2021");

        view.toYear.setValue(2023);
        assertThat(view.toYear.isInvalid()).isFalse();
        assertThat(QueryParameters.fromString(currentAddress().substring("incidents?".length())).getParameters())
                .containsEntry("from", java.util.List.of("2021")).containsEntry("to", java.util.List.of("2023"));
    }

    @Test
    void theListDownloadsAsShownOrInFull() {
        IncidentsView view = open("incidents?kind=alleged");
        var anchors = find(com.vaadin.flow.component.html.Anchor.class, view).all();

        String shown = download(anchors.stream().filter(a -> a.hasClassName("download-csv")).findFirst().orElseThrow());
        String full = download(anchors.stream().filter(a -> a.hasClassName("download-csv-full")).findFirst()
                .orElseThrow());
        // as shown: the list's words; in full: every incident with the API's codes
        assertThat(shown.lines()).hasSizeGreaterThan(2).first().asString().startsWith("Incident,Largest figure,");
        assertThat(shown.lines()).anySatisfy(line -> assertThat(line).startsWith("\"Israel Police, 2022\",\"26 people "
                + "allegedly targeted, Israel\",verified,NSO Group Pegasus,,2022,2022,2,1,Official disclosure; Alleged,no"));
        assertThat(full.lines()).hasSize(1 + db.fetchCount(INCIDENT)).first().asString().startsWith("id,name,");
        assertThat(full).contains("ILPOL2022,");
    }

    private String download(com.vaadin.flow.component.html.Anchor anchor) {
        var out = new java.io.ByteArrayOutputStream();
        test(anchor).download(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
