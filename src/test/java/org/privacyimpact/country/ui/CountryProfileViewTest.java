package org.privacyimpact.country.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;
import static org.privacyimpact.ui.BrowserlessNavigation.currentAddress;

import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ui.ExposureGrid;
import org.privacyimpact.ui.DashboardBrowserlessTest;
import org.privacyimpact.ui.NotFoundPage;

@IntegrationTest
class CountryProfileViewTest extends DashboardBrowserlessTest {

    /** The page of the country with this code, a query string after it if any ("IN?denominator=population"). */
    private CountryProfileView openCountry(String code) {
        return open("countries/" + code, CountryProfileView.class);
    }

    @Test
    void eachTableLeadsWithTheIncidentAndLeavesOutTheCountryAndKindEveryRowShares() {
        CountryProfileView view = openCountry("IN");

        assertThat(find(ExposureGrid.class, view.figures).all()).isNotEmpty().allSatisfy(grid -> {
            var shown = grid.getColumns().stream().filter(com.vaadin.flow.component.grid.Grid.Column::isVisible)
                    .toList();
            assertThat(shown).extracting(com.vaadin.flow.component.grid.Grid.Column::getKey)
                    .containsExactly("incident", "targeted", "rate", "users", "competing");
            assertThat(shown.getFirst().isFrozen()).as("the incident stays in view on a phone").isTrue();
        });
    }

    @Test
    void indiaShowsOneTablePerCountKindAndItsUserFiguresOverTime() {
        CountryProfileView view = openCountry("IN");

        assertThat(view.title.getText()).isEqualTo("India");
        assertThat(find(H3.class, view.figures).all()).extracting(H3::getText).containsExactly(
                "Leaked-list entries", "Confirmed by forensic analysis", "Notified by the platform",
                "Official disclosure");
        assertThat(find(ExposureGrid.class, view.figures).all()).allSatisfy(grid ->
                assertThat(test(grid).size()).isPositive());
        var bases = test(view.userBases);
        assertThat(bases.size()).isEqualTo(indiasUserFigures()).isGreaterThan(2 * 16);
        assertThat(java.util.stream.IntStream.range(0, bases.size()).mapToObj(bases::getRow)
                .map(line -> line.platform() + " " + line.asOf()).toList())
                .contains("WhatsApp 2019-11", "WhatsApp 2024-07", "Internet (all) 2021", "Internet (all) 2019",
                        "Population (all) 2010", "Population (all) 2024", "Population (all) 2025");
    }

    /** A country's figures come from several incidents: each one's caveats travel with the report, named. */
    @Test
    void theCountrysReportCarriesTheCaveatsOfEachIncidentItsFiguresComeFrom() throws Exception {
        CountryProfileView view = openCountry("IN");
        var zipped = new java.io.ByteArrayOutputStream();
        test(find(com.vaadin.flow.component.html.Anchor.class, view).all().stream()
                .filter(a -> a.hasClassName("download-report")).findFirst().orElseThrow()).download(zipped);
        java.util.Map<String, String> files = new java.util.HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        var indias = org.jooq.impl.DSL.select(TARGET_FIGURE.INCIDENT_ID).from(TARGET_FIGURE)
                .where(TARGET_FIGURE.COUNTRY_ISO2.eq("IN").and(Published.figure(TARGET_FIGURE)));
        var withCaveats = INCIDENT.CAVEATS.isNotNull().and(Published.incident(INCIDENT));
        var inIndia = db.select(INCIDENT.NAME, INCIDENT.CAVEATS).from(INCIDENT)
                .where(INCIDENT.ID.in(indias).and(withCaveats)).fetch();
        assertThat(inIndia).hasSizeGreaterThan(1);
        assertThat(files.get("README.txt")).contains("Read with care:");
        inIndia.forEach(incident -> assertThat(files.get("README.txt"))
                .contains(incident.value1() + ": " + incident.value2().lines().findFirst().orElseThrow()));
        assertThat(files.get("metadata.json")).contains("\"read_with_care\"", inIndia.getFirst().value1());
        // and no other incident's
        db.select(INCIDENT.NAME).from(INCIDENT).where(INCIDENT.ID.notIn(indias).and(withCaveats))
                .fetch(INCIDENT.NAME).forEach(other -> assertThat(files.get("README.txt"))
                        .doesNotContain(other + ": "));
    }

    @Test
    void theDenominatorIsInTheAddress() {
        CountryProfileView view = openCountry("IN");
        test(view.per).selectItem(Denominator.INTERNET_USERS.label());

        assertThat(currentAddress()).isEqualTo("countries/IN?denominator=internet_users");
        CountryProfileView reopened = open(currentAddress(), CountryProfileView.class);
        ExposureGrid leaked = find(ExposureGrid.class, reopened.figures).all().getFirst();
        assertThat(test(leaked).getRow(0).userBase().metric().code()).isEqualTo("internet_users");
    }

    @Test
    void aCodeThatIsNotACountryIsANotFoundPage() {
        NotFoundPage.assertShown(open("countries/ZZ", Object.class), "The dataset has no country with the code \"ZZ\".",
                "Compare countries → compare");
    }

    @Test
    void figuresUserFiguresAndEachRatesTableDownloadAsCsv() {
        CountryProfileView view = openCountry("IN");
        var anchors = find(com.vaadin.flow.component.html.Anchor.class, view).all();

        String figures = download(anchors, "download-csv");
        assertThat(figures.lines().skip(1)).hasSize(db.fetchCount(TARGET_FIGURE, TARGET_FIGURE.COUNTRY_ISO2.eq("IN")))
                .allSatisfy(line -> assertThat(line).contains(",IN,India,"));
        assertThat(download(anchors, "download-user-bases").lines()).hasSize(1 + indiasUserFigures());
        assertThat(anchors.stream().filter(a -> a.hasClassName("download-rates"))).hasSize(4);
    }

    @Test
    void theCountryBriefIsOfferedBesideTheDownloads() {
        assertBriefOffered(openCountry("mx").downloads, "download-brief", "api/v1/countries/MX/brief.pdf",
                "Country brief (PDF)");
    }

    /** Each kind's table offers its chart to embed: the country's rates of that kind, per the chosen denominator. */
    @Test
    void eachKindsRatesCanBeEmbeddedWithTheChosenDenominator() {
        CountryProfileView view = openCountry("IN?denominator=population");

        var snippets = find(org.privacyimpact.ui.EmbedButton.class, view.figures).all().stream()
                .filter(com.vaadin.flow.component.Component::isVisible)
                .map(org.privacyimpact.ui.EmbedButton::snippet).toList();

        assertThat(snippets).hasSize(4).doesNotHaveDuplicates().allSatisfy(snippet -> assertThat(snippet)
                .contains("/embed/countries/IN?", "denominator=population\"", "title=\"India: "));
        assertThat(snippets).anySatisfy(snippet -> assertThat(snippet)
                .contains("?kind=official_disclosure&amp;denominator=population\"", "Official disclosure"));
    }

    private int indiasUserFigures() {
        return db.fetchCount(PLATFORM_USER_BASE, PLATFORM_USER_BASE.COUNTRY_ISO2.eq("IN"));
    }

    private String download(java.util.List<com.vaadin.flow.component.html.Anchor> anchors, String className) {
        var out = new java.io.ByteArrayOutputStream();
        test(anchors.stream().filter(a -> a.hasClassName(className)).findFirst().orElseThrow()).download(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
