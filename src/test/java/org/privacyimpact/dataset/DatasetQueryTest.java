package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.DATASET_CHANGE;
import static org.privacyimpact.db.Tables.DATASET_RELEASE;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.INCIDENT_TALLY;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.reference.DataFileMigrationWriter;
import org.privacyimpact.dataset.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class DatasetQueryTest {

    @Autowired
    DatasetQuery dataset;

    @Autowired
    DSLContext db;

    @Test
    @Transactional
    void theCurrentReleaseIsTheNewestWithWhatChangedInItsOrder() {
        db.insertInto(DATASET_RELEASE, DATASET_RELEASE.VERSION, DATASET_RELEASE.RELEASED_ON, DATASET_RELEASE.SUMMARY)
                .values("2099.1.0", LocalDate.of(2099, 1, 5), "Corrections").execute();
        db.insertInto(DATASET_CHANGE, DATASET_CHANGE.VERSION, DATASET_CHANGE.DESCRIPTION)
                .values("2099.1.0", "Mexico: source date added.")
                .values("2099.1.0", "India 2019: wording of the note clarified.").execute();

        DatasetRelease current = dataset.currentRelease();

        assertThat(current.version()).isEqualTo("2099.1.0");
        assertThat(current.releasedOn()).isEqualTo(LocalDate.of(2099, 1, 5));
        assertThat(current.summary()).isEqualTo("Corrections");
        assertThat(current.changes()).containsExactly("Mexico: source date added.",
                "India 2019: wording of the note clarified.");
    }

    @Test
    @Transactional
    void versionsSortAsNumbersSo2099_12_10ComesAfter2099_12_9() {
        List<String> curated = dataset.releases().stream().map(DatasetRelease::version).toList();
        db.insertInto(DATASET_RELEASE, DATASET_RELEASE.VERSION, DATASET_RELEASE.RELEASED_ON, DATASET_RELEASE.SUMMARY)
                .values("2099.12.9", LocalDate.of(2099, 12, 2), "nine")
                .values("2099.12.10", LocalDate.of(2099, 12, 2), "ten")
                .execute();
        db.insertInto(DATASET_CHANGE, DATASET_CHANGE.VERSION, DATASET_CHANGE.DESCRIPTION)
                .values("2099.12.10", "tenth").execute();

        List<DatasetRelease> releases = dataset.releases();

        assertThat(releases).extracting(DatasetRelease::version).startsWith("2099.12.10", "2099.12.9")
                .hasSize(curated.size() + 2).endsWith(curated.toArray(String[]::new));
        assertThat(dataset.currentRelease().changes()).containsExactly("tenth");
    }

    @Test
    @Transactional
    void theTimelineCountsAYearsIncidentsAndNamesTheFirstTwelveInTheOrderOfTheirCharacters() {
        // fourteen incidents first reported in 2099, named so that upper case sorts before lower case (as Java does)
        List<String> names = Stream.concat(Stream.of("zeta", "alpha"),
                Stream.iterate('L', letter -> (char) (letter - 1)).limit(12).map(letter -> letter + " test")).toList();
        for (int i = 0; i < names.size(); i++) {
            db.insertInto(INCIDENT, INCIDENT.ID, INCIDENT.NAME, INCIDENT.TOOL_OR_VENDOR, INCIDENT.YEAR_START)
                    .values("TIMELINE-" + i, names.get(i), "test", 2099).execute();
            db.insertInto(INCIDENT_TALLY, INCIDENT_TALLY.INCIDENT_ID, INCIDENT_TALLY.FIGURES,
                            INCIDENT_TALLY.COUNTRIES, INCIDENT_TALLY.UNVERIFIED, INCIDENT_TALLY.FIRST_REPORTED)
                    .values("TIMELINE-" + i, 0, 0, 0, 2099).execute();
        }

        DatasetStatistics.YearCount year2099 = dataset.statistics().incidentsByYear().getLast();

        assertThat(year2099.year()).isEqualTo(2099);
        assertThat(year2099.incidents()).isEqualTo(14);
        assertThat(year2099.firstNames()).hasSize(DatasetStatistics.NAMED_PER_YEAR)
                .isEqualTo(names.stream().sorted().limit(DatasetStatistics.NAMED_PER_YEAR).toList())
                .startsWith("A test", "B test").doesNotContain("zeta", "alpha");
        assertThat(dataset.incidentNamesByYear().get(2099)).isEqualTo(names.stream().sorted().toList());
    }

    @Test
    void sourcesComeWithHowManyFiguresRestOnThem() {
        ReferenceData reference = ReferenceData.load();
        Set<String> addresses = new HashSet<>(DataFileMigrationWriter.SOURCE_URLS);
        ReferenceData.everyRelease().forEach(release -> addresses.addAll(release.sourceUrls()));
        List<SourceSummary> sources = dataset.sources(SourceFilter.ALL, 0, 500);

        assertThat(dataset.countSources(SourceFilter.ALL)).isEqualTo(sources.size()).isEqualTo(addresses.size());
        SourceSummary indiaCom = sources.stream().filter(s -> s.url().startsWith("https://www.india.com/"))
                .findFirst().orElseThrow();
        assertThat(indiaCom.targetFigures()).isEqualTo(1);
        assertThat(indiaCom.userBases()).isEqualTo(2);
        SourceSummary scroll = sources.stream().filter(s -> s.url().startsWith("https://scroll.in/latest/1081215/"))
                .findFirst().orElseThrow();
        // the court exhibit's rows from Scroll.in, and its 21 for Spain kept as a competing value
        assertThat(scroll.targetFigures()).isEqualTo(reference.figures().stream()
                .filter(figure -> figure.sourceUrl().equals(scroll.url())).count()).isEqualTo(13);
        assertThat(dataset.sources(SourceFilter.ALL, 1, 2)).hasSize(2).isEqualTo(sources.subList(1, 3));
    }

    @Test
    void aSourceIsFoundByWordsFromItsTitlePublisherOrAddressWhateverTheirCase() {
        assertThat(addressesFound("PRIYANKA GANDHI")).as("title").singleElement().asString()
                .startsWith("https://www.newindianexpress.com/");
        assertThat(addressesFound("india.com / pti")).as("publisher").singleElement().asString()
                .startsWith("https://www.india.com/");
        assertThat(addressesFound("TECNOBUC.COM/EN/")).as("address").singleElement().asString()
                .startsWith("https://tecnobuc.com/");
        assertThat(dataset.countSources(new SourceFilter("PRIYANKA GANDHI"))).isEqualTo(1);
        assertThat(dataset.countSources(new SourceFilter("  "))).isEqualTo(dataset.countSources(SourceFilter.ALL));
    }

    /** Wildcards and quotes are characters to find: the words are a bound value, never part of the SQL. */
    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "100%", "' or '1'='1", "\\", "scroll.in"})
    void aVisitorsWordsAreMatchedAsPlainText(String words) {
        List<SourceSummary> containingTheWords = dataset.sources(SourceFilter.ALL, 0, 500).stream()
                .filter(source -> Stream.of(source.title(), source.publisher(), source.url())
                        .anyMatch(text -> text != null
                                && text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))))
                .toList();

        assertThat(dataset.sources(new SourceFilter(words), 0, 500)).isEqualTo(containingTheWords);
        assertThat(dataset.countSources(new SourceFilter(words))).isEqualTo(containingTheWords.size())
                .isLessThan(dataset.countSources(SourceFilter.ALL));
    }

    private List<String> addressesFound(String words) {
        return dataset.sources(new SourceFilter(words), 0, 10).stream().map(SourceSummary::url).toList();
    }
}
