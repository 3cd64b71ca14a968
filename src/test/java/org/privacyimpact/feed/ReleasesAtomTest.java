package org.privacyimpact.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.privacyimpact.dataset.DatasetRelease;

/** The Atom document itself, read back by an independent parser (Rome). */
class ReleasesAtomTest {

    private static final URI SITE = URI.create("https://dashboard.example.org/");

    private static final List<DatasetRelease> RELEASES = List.of(
            new DatasetRelease("2026.12.2", LocalDate.of(2026, 12, 2), "Population <b>& more</b> for Côte d'Ivoire",
                    List.of("Added \"quoted\" figures & <script>alert(1)</script>", "Корректировка: Türkiye")),
            new DatasetRelease("2026.11.0", LocalDate.of(2026, 11, 29), "The first release", List.of()));

    static Feed parse(String atom) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(atom));
    }

    @Test
    void theFeedNamesItselfItsPageAndItsNewestReleaseAsAtomRequires() throws Exception {
        Feed feed = parse(ReleasesAtom.of(RELEASES, SITE));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).startsWith("urn:uuid:");
        assertThat(feed.getTitleEx().getValue()).isEqualTo("Privacy Impact Dashboard — dataset releases");
        assertThat(feed.getUpdated()).isEqualTo(Date.from(Instant.parse("2026-12-02T00:00:00Z")));
        assertThat(feed.getAuthors()).singleElement().satisfies(author ->
                assertThat(author.getName()).isEqualTo("Privacy Impact Dashboard"));
        assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("self",
                        "https://dashboard.example.org/releases.atom"));
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref)
                .containsExactly("https://dashboard.example.org/methodology");
    }

    @Test
    void eachReleaseIsAnEntryWithItsDateSummaryAndChangesAsTheyWereWritten() throws Exception {
        List<Entry> entries = parse(ReleasesAtom.of(RELEASES, SITE)).getEntries();

        assertThat(entries).extracting(Entry::getTitle).containsExactly("Dataset 2026.12.2", "Dataset 2026.11.0");
        Entry newest = entries.getFirst();
        assertThat(newest.getUpdated()).isEqualTo(Date.from(Instant.parse("2026-12-02T00:00:00Z")));
        assertThat(newest.getPublished()).isEqualTo(newest.getUpdated());
        // markup in the data is text: escaped on the way in, the same characters on the way out
        assertThat(newest.getSummary().getValue()).isEqualTo("Population <b>& more</b> for Côte d'Ivoire");
        assertThat(newest.getContents()).singleElement().satisfies(content -> {
            assertThat(content.getType()).isEqualTo("xhtml");
            assertThat(content.getValue()).contains("figures &amp; &lt;script&gt;alert(1)&lt;/script&gt;",
                    "Корректировка: Türkiye").doesNotContain("<script>");
        });
        assertThat(newest.getAlternateLinks()).extracting(Link::getHref)
                .containsExactly("https://dashboard.example.org/methodology");
        assertThat(entries.getLast().getContents().getFirst().getValue()).doesNotContain("<ul");
    }

    @Test
    void anEntrysIdStaysTheSameWhateverAddressTheFeedIsReadAt() throws Exception {
        List<Entry> here = parse(ReleasesAtom.of(RELEASES, SITE)).getEntries();
        List<Entry> there = parse(ReleasesAtom.of(RELEASES, URI.create("http://localhost:8080/"))).getEntries();

        assertThat(here).extracting(Entry::getId).allMatch(id -> id.startsWith("urn:uuid:")).doesNotHaveDuplicates()
                .containsExactlyElementsOf(there.stream().map(Entry::getId).toList());
    }
}
