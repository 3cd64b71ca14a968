package org.privacyimpact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.curation.FigureDrafts.withNotes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.privacyimpact.ServedIntegrationTest;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.curation.FigureDraft;
import org.privacyimpact.curation.ReleaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The data API's answers over real HTTP: named by an ETag, 304 when the client has them, kept for the next
 * identical request, and new as soon as a curator's change or a published release commits.
 */
@ServedIntegrationTest
class ApiAnswerCacheTest {

    private static final String INDIA = "/api/v1/figures?incident=WA2019&country=IN";

    @LocalServerPort
    int port;

    @Autowired
    ApiAnswerCache cache;

    @Autowired
    CurationService curation;

    @Autowired
    ReleaseService releases;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAnswerHasAnETagAndIsNotSentAgainToAClientThatHasIt() throws Exception {
        HttpResponse<String> first = get(INDIA, null, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get(INDIA, null, etag);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(etag).matches("W/\"[0-9a-f]{20}\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("public, no-cache");
        assertThat(first.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("accept"));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(get(INDIA, null, "\"other\", " + etag.substring(2)).statusCode()).as("a list, compared weakly")
                .isEqualTo(304);
    }

    @Test
    void theSameRequestIsAnsweredFromTheCacheWithTheSameBytes() throws Exception {
        HttpResponse<String> first = get("/api/v1/exposure?kind=confirmed_forensic&size=50", null, null);
        long hits = cache.hits();

        // the same parameters in another order are the same request
        HttpResponse<String> second = get("/api/v1/exposure?size=50&kind=confirmed_forensic", null, null);

        assertThat(cache.hits()).isEqualTo(hits + 1);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
    }

    @Test
    void csvAndJsonOfTheSameAddressAreDifferentAnswers() throws Exception {
        HttpResponse<String> json = get("/api/v1/sources?size=5", null, null);
        HttpResponse<String> csv = get("/api/v1/sources?size=5", "text/csv", null);
        HttpResponse<String> csvAgain = get("/api/v1/sources?size=5", "text/csv", null);

        assertThat(json.headers().firstValue("ETag")).isNotEqualTo(csv.headers().firstValue("ETag"));
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csvAgain.body()).isEqualTo(csv.body());
        assertThat(csvAgain.headers().firstValue("Content-Disposition"))
                .isEqualTo(csv.headers().firstValue("Content-Disposition")).isPresent();
    }

    @Test
    void errorsAreNeverNamedOrKept() throws Exception {
        HttpResponse<String> bad = get("/api/v1/figures?country=ZZ", null, null);
        HttpResponse<String> again = get("/api/v1/figures?country=ZZ", null, null);

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("ETag")).isEmpty();
        assertThat(bad.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                .contains("no-store"));
        assertThat(again.statusCode()).isEqualTo(400);
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorsSaveIsInTheNextAnswer() throws Exception {
        HttpResponse<String> before = get(INDIA, null, null);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        var figure = curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow();
        String note = "Checked again by a curator (cache test).";
        FigureDraft old = figure.draft();
        try {
            curation.update(CuratedType.FIGURE, "WA2019-IN", figure.version(), withNotes(old, note), "cache test");

            HttpResponse<String> after = get(INDIA, null, etag);

            assertThat(after.statusCode()).as("the client's copy is out of date").isEqualTo(200);
            assertThat(after.body()).contains(note);
            assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        } finally {
            var now = curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow();
            curation.update(CuratedType.FIGURE, "WA2019-IN", now.version(), old, "cache test: put back");
        }
        assertThat(get(INDIA, null, null).body()).doesNotContain(note);
    }

    @Test
    @WithMockUser(username = "admin-eve", roles = "ADMIN")
    @DirtiesContext // a release cannot be taken back: the other tests of this context expect the curated one
    void aPublishedReleaseIsInTheNextAnswer() throws Exception {
        HttpResponse<String> before = get("/api/v1/dataset", null, null);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String version = releases.suggestedVersion();
        assertThat(before.body()).doesNotContain(version);

        releases.publish(version, "A release published by the cache test", List.of("Nothing changed."));
        HttpResponse<String> after = get("/api/v1/dataset", null, etag);

        assertThat(after.statusCode()).as("the client's copy names the old version").isEqualTo(200);
        assertThat(after.body()).contains(version);
    }

    private HttpResponse<String> get(String pathAndQuery, String accept, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
