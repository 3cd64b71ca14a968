package org.privacyimpact.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyimpact.ServedIntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.overview.OverviewFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The briefs as a reader gets them from the data API: PDF documents whose text, read back with PDFBox, holds the
 * same numbers as the pages, tagged for screen readers.
 */
@ServedIntegrationTest
class BriefPdfTest {

    @LocalServerPort
    int port;

    @Autowired
    DatasetQuery dataset;

    @Autowired
    TargetedPerMillionQuery exposure;

    @Autowired
    OverviewFigures overview;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The document's text with every run of spaces and line breaks made one space, as a reader copies it. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a line broken after a hyphen reads as the word it was: "gov-backed", not "gov- backed"
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replaceAll("(?<=\\w-) ", "");
        }
    }

    @Test
    void policymakerDownloadsIndiasBriefWithTheFoundingCase() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/countries/in/brief.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"country-IN-brief.pdf\"");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        String text = text(response.body());
        assertThat(text).contains("India", "121 people notified by the platform", "about 0.30",
                "Dataset " + dataset.currentRelease().version(), "http://localhost:" + port + "/countries/IN");
    }

    /** Every figure the country page lists, per count kind, with its rate against each denominator or why not. */
    @ParameterizedTest
    @ValueSource(strings = {"IN", "MX"})
    void aCountrysBriefGivesTheNumbersOfItsPage(String iso2) throws Exception {
        String text = text(get("/api/v1/countries/" + iso2 + "/brief.pdf").body());

        int rows = 0;
        for (CountKind kind : CountKind.values()) {
            for (Denominator denominator : Denominator.values()) {
                List<TargetedPerMillion> page = exposure.find(ExposureFilter.of(kind).withDenominator(denominator)
                        .withCountries(Set.of(iso2)).withWorldwide(false), ExposureSort.HIGHEST_RATE_FIRST, 0, 100);
                if (!page.isEmpty()) {
                    assertThat(text).contains(kind.label());
                }
                for (TargetedPerMillion row : page) {
                    rows++;
                    assertThat(text).as(row.incidentShortName()).contains(row.incidentShortName(),
                            row.describeTargeted() + " " + kind.counted(row.targetedCount(), row.countedUnit()),
                            row.perMillion() == null ? "No rate: " + row.rateUnavailable().label()
                                    : row.describeRate() + (row.restsOnUnverified() ? " unverified" : "") + " of "
                                    + row.userBase().describe());
                    row.competingFigures().forEach(other -> assertThat(text).contains(other.describe()));
                }
            }
        }
        assertThat(rows).isPositive();
    }

    @Test
    void theWorldBriefGivesTheWorldwideFiguresAndTheCountriesTheOverviewRanksHighest() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/world/brief.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"world-brief.pdf\"");
        String text = text(response.body());
        assertThat(text).contains("The world", "about 1,400 people notified by the platform",
                "Dataset " + dataset.currentRelease().version());
        List<TargetedPerMillion> top = overview.rates(ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM)
                .withWorldwide(false)).mapWithRate().stream().limit(BriefContents.TOP_COUNTRIES).toList();
        assertThat(top).isNotEmpty();
        int after = text.indexOf("Countries with the highest rates per million platform users (notified by the");
        assertThat(after).isPositive();
        for (TargetedPerMillion row : top) {
            String bar = row.area().name() + ": " + row.incidentShortName() + " " + row.describeRate();
            assertThat(text.indexOf(bar, after)).as(bar).isGreaterThan(after);
            after = text.indexOf(bar, after);
        }
    }

    @Test
    void aBriefIsTaggedForScreenReadersAndKeptAsPdfA() throws Exception {
        try (PDDocument document = Loader.loadPDF(get("/api/v1/countries/IN/brief.pdf").body())) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(
                    "India: brief — Privacy Impact Dashboard");
            String metadata = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(metadata).contains("pdfaid:part", "pdfuaid:part");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(0.5f));
        }
    }

    @Test
    void aCountryTheDatasetDoesNotHaveIsA404NamingIt() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/countries/XX/brief.pdf");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\\\"XX\\\"");
        assertThat(get("/api/v1/world/brief.pdf?country=IN").statusCode()).isEqualTo(400);
    }

    @Test
    void aReaderWhoHasTheBriefAlreadyIsToldNothingChanged() throws Exception {
        String etag = get("/api/v1/world/brief.pdf").headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/world/brief.pdf")).header("If-None-Match", etag)
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(again.statusCode()).isEqualTo(304);
    }
}
