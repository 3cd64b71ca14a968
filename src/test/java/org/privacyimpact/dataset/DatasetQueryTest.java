package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.DATASET_CHANGE;
import static org.privacyimpact.db.Tables.DATASET_RELEASE;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class DatasetQueryTest {

    @Autowired
    DatasetQuery dataset;

    @Autowired
    DSLContext db;

    @Test
    void theCurrentReleaseListsWhatChanged() {
        DatasetRelease current = dataset.currentRelease();

        assertThat(current.version()).isEqualTo("2026.11.0");
        assertThat(current.releasedOn()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(current.changes()).hasSize(3).first().asString().startsWith("NSO Pegasus via WhatsApp, 2019");
    }

    @Test
    @Transactional
    void versionsSortAsNumbersSo2026_11_10ComesAfter2026_11_9() {
        db.insertInto(DATASET_RELEASE, DATASET_RELEASE.VERSION, DATASET_RELEASE.RELEASED_ON, DATASET_RELEASE.SUMMARY)
                .values("2026.11.9", LocalDate.of(2026, 11, 29), "nine")
                .values("2026.11.10", LocalDate.of(2026, 11, 29), "ten")
                .execute();
        db.insertInto(DATASET_CHANGE, DATASET_CHANGE.VERSION, DATASET_CHANGE.DESCRIPTION)
                .values("2026.11.10", "tenth").execute();

        List<DatasetRelease> releases = dataset.releases();

        assertThat(releases).extracting(DatasetRelease::version)
                .containsExactly("2026.11.10", "2026.11.9", "2026.11.0");
        assertThat(dataset.currentRelease().changes()).containsExactly("tenth");
    }

    @Test
    void sourcesComeWithHowManyFiguresRestOnThem() {
        List<SourceSummary> sources = dataset.sources(0, 50);

        assertThat(dataset.countSources()).isEqualTo(sources.size()).isEqualTo(4);
        SourceSummary indiaCom = sources.stream().filter(s -> s.url().startsWith("https://www.india.com/"))
                .findFirst().orElseThrow();
        assertThat(indiaCom.targetFigures()).isEqualTo(1);
        assertThat(indiaCom.userBases()).isEqualTo(2);
        assertThat(dataset.sources(1, 2)).hasSize(2).isEqualTo(sources.subList(1, 3));
    }
}
