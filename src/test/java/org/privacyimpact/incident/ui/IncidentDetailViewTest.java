package org.privacyimpact.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.incident.FigureLine;
import org.privacyimpact.incident.IncidentDetail;
import org.privacyimpact.incident.IncidentQuery;
import org.privacyimpact.ui.BrowserlessNavigation;
import org.privacyimpact.ui.NotFoundPage;
import org.privacyimpact.ui.NotFoundView;
import org.privacyimpact.ui.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class IncidentDetailViewTest extends SignedInBrowserlessTest {

    @Autowired
    DSLContext db;

    @Autowired
    IncidentQuery incidents;

    private IncidentDetailView open(String id) {
        return open("incidents/" + id, IncidentDetailView.class);
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorReadingAnIncidentGetsAnEditLinkOnEachFigure() {
        IncidentDetailView view = open("WA2019");

        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getHref).contains("curate/incidents/WA2019");
        var figures = test(view.figures);
        int curate = view.figures.getColumns().size() - 1;
        assertThat(view.figures.getColumns().get(curate).getHeaderText()).isEqualTo("Curate");
        for (int row = 0; row < figures.size(); row++) {
            assertThat(((RouterLink) figures.getCellComponent(row, curate)).getHref())
                    .startsWith("curate/figures/WA2019");
        }
    }

    @Test
    void aReaderSeesNoEditLinks() {
        open("WA2019");

        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getHref)
                .isNotEmpty().noneMatch(href -> href.startsWith("curate"));
    }

    @Test
    void competingValuesStandBesideThePreferredFigure() {
        IncidentDetailView view = open("WA2019");
        var figures = test(view.figures);

        assertThat(view.title.getText()).isEqualTo("NSO Pegasus via WhatsApp (CVE-2019-3568)");
        int india = rowOf(figures, "India", "notified_by_platform");
        assertThat(figures.getRow(india).count()).isEqualTo(121);
        assertThat(figures.getRow(india).competing()).extracting(FigureLine::count).containsExactly(100);
        int morocco = rowOf(figures, "Morocco", "notified_by_platform");
        assertThat(figures.getRow(morocco).competing()).extracting(FigureLine::count).containsExactly(60);

        Button wire = find(Button.class, figures.getCellComponent(morocco, 5)).single();
        test(wire).click();
        assertThat(find(Span.class, find(Dialog.class).single()).all()).extracting(Span::getText)
                .anyMatch(text -> text.contains("Morocco (60)"));
    }

    @Test
    void subsetsSayWhatTheyArePartOf() {
        var figures = test(open("WA2019").figures);
        int civilSociety = java.util.stream.IntStream.range(0, figures.size())
                .filter(row -> figures.getRow(row).referenceId().equals("WA2019-XX-CS")).findFirst().orElseThrow();

        assertThat(figures.getCellComponent(civilSociety, 4).getElement().getTextRecursively())
                .contains("Part of the Worldwide figure, about 1,400: never add the two.");
    }

    @Test
    void theRatesChartNamesItsIncidentSoThatAnExportedImageSaysWhichItIs() {
        IncidentDetailView view = open("WA2019");

        assertThat(view.ratesPanel.caption().subtitle())
                .startsWith("Incident: NSO Pegasus via WhatsApp (CVE-2019-3568). Counted: ");
    }

    @Test
    void theCaveatsAndThePublishedReplyAreShownWithTheirSource() {
        String page = open("WA2019").body.getElement().getTextRecursively();

        assertThat(page).contains("Read with care", "both are shown, never added")
                .contains("Right of reply", "is an interpretation of information taken out of context")
                .contains("https://scroll.in/latest/1081215/");
        assertThat(open("SV2022").body.getElement().getTextRecursively())
                .contains("No published response from the vendor or a government is recorded");
    }

    @Test
    void anUnknownIncidentIsANotFoundPageNotAnError() {
        NotFoundPage.assertShown(open("incidents/NOPE", Object.class),
                "The dataset has no incident \"NOPE\". All incidents lists those it has.",
                "All incidents → incidents");

        // what the address says is shown as text, never as markup
        BrowserlessNavigation.open("incidents/<img src=x onerror=alert(1)>");
        roundTrip();
        var said = find(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                .filter(paragraph -> paragraph.getText().contains("no incident")).findFirst().orElseThrow();
        assertThat(said.getText()).contains("no incident \"<img src=x onerror=alert(1)>\"");
        assertThat(said.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
    }

    @Test
    void anAddressThatIsNoPageAtAllSaysSoWithoutNamingAnyRoute() {
        BrowserlessNavigation.open("no/such/page");
        roundTrip();
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("There is no page at this address.")
                .doesNotContain("route");
    }

    private static int rowOf(com.vaadin.flow.component.grid.GridTester<?, FigureLine> figures, String area, String kind) {
        for (int row = 0; row < figures.size(); row++) {
            if (figures.getRow(row).area().name().equals(area) && figures.getRow(row).kind().code().equals(kind)) {
                return row;
            }
        }
        throw new AssertionError("no row " + area + " " + kind);
    }

    @Test
    void theFiguresDownloadAsCsvOrAsAReport() throws Exception {
        IncidentDetailView view = open("WA2019");
        var anchors = find(com.vaadin.flow.component.html.Anchor.class, view).all();
        var csv = new java.io.ByteArrayOutputStream();
        test(anchors.stream().filter(a -> a.hasClassName("download-csv")).findFirst().orElseThrow()).download(csv);
        var zipped = new java.io.ByteArrayOutputStream();
        test(anchors.stream().filter(a -> a.hasClassName("download-report")).findFirst().orElseThrow())
                .download(zipped);

        // every published figure of the incident, preferred and competing, whatever a release adds
        int figures = db.fetchCount(TARGET_FIGURE,
                TARGET_FIGURE.INCIDENT_ID.eq("WA2019").and(Published.figure(TARGET_FIGURE)));
        assertThat(figures).isGreaterThan(20);
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(1 + figures);
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("data.csv", "metadata.json", "README.txt");
        assertThat(files.get("data.csv").lines()).hasSize(1 + figures);
        assertThat(files.get("metadata.json")).contains("\"view_url\"", "/incidents/WA2019", "\"people_targeted\"",
                "https://thewire.in/tech/whatsapp-pegasus-target-indians-us-court");
        assertThat(files.get("README.txt")).contains("How to cite:", "NSO Pegasus via WhatsApp (CVE-2019-3568): figures");
        // the caveats and the reply the page shows travel with the files
        IncidentDetail detail = incidents.detail("WA2019").orElseThrow();
        assertThat(detail.caveats()).isNotBlank();
        assertThat(files.get("README.txt")).contains("Read with care:",
                detail.caveats().lines().findFirst().orElseThrow());
        assertThat(files.get("metadata.json")).contains("\"read_with_care\"");
    }
}
