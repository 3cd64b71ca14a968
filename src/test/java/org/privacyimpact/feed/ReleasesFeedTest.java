package org.privacyimpact.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import org.junit.jupiter.api.Test;
import org.privacyimpact.ServedIntegrationTest;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetRelease;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /releases.atom over real HTTP: anonymous, no session, every release of the database, cached by its ETag. */
@ServedIntegrationTest
class ReleasesFeedTest {

    @LocalServerPort
    int port;

    @Autowired
    DatasetQuery dataset;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aFeedReaderGetsEveryReleaseWithItsChangesAndNoSession() throws Exception {
        HttpResponse<String> response = get("/releases.atom", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("no-cache", "public"));
        Feed feed = ReleasesAtomTest.parse(response.body());
        List<DatasetRelease> releases = dataset.releases();
        assertThat(feed.getEntries()).extracting(Entry::getTitle)
                .containsExactlyElementsOf(releases.stream().map(release -> "Dataset " + release.version()).toList())
                .first().isEqualTo("Dataset " + dataset.currentRelease().version());
        for (int i = 0; i < releases.size(); i++) {
            DatasetRelease release = releases.get(i);
            Entry entry = feed.getEntries().get(i);
            assertThat(entry.getSummary().getValue()).isEqualTo(release.summary());
            release.changes().forEach(change -> assertThat(entry.getContents().getFirst().getValue())
                    .as(release.version()).contains(change.replace("&", "&amp;")));
        }
        String site = "http://localhost:" + port + "/";
        assertThat(feed.getOtherLinks()).extracting(Link::getHref).containsExactly(site + "releases.atom");
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref).containsExactly(site + "methodology");
    }

    @Test
    void aReaderThatHasTheFeedAlreadyIsToldNothingChanged() throws Exception {
        String etag = get("/releases.atom", null).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("/releases.atom", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/releases.atom", "\"something else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void everyPageAnnouncesTheFeedInItsHead() throws Exception {
        for (String path : List.of("/", "/methodology", "/countries/IN")) {
            String head = get(path, null).body().split("</head>")[0];

            assertThat(Pattern.compile("<link[^>]*href=\"releases\\.atom\"[^>]*>").matcher(head).results()
                    .map(match -> match.group()).toList()).as(path).singleElement().satisfies(link ->
                    assertThat(link).contains("rel=\"alternate\"", "type=\"application/atom+xml\"",
                            "title=\"Privacy Impact Dashboard — dataset releases\""));
        }
    }
}
