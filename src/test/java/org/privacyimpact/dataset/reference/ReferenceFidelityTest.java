package org.privacyimpact.dataset.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.reference.ReferenceData.FigureRow;
import org.privacyimpact.dataset.reference.ReferenceData.UserBaseRow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every reference row, and every row researched for a later release, is in the database as its file states it:
 * number, kind, country or worldwide, quote, source title and address, verified flag. Compared row by row against
 * the CSV files, not against the migrations.
 */
@IntegrationTest
class ReferenceFidelityTest {

    private static final Path SHARED_REFERENCE = Path.of("..", "shared", "reference");

    @Autowired
    DSLContext db;

    private final ReferenceData reference = ReferenceData.load();
    private final ReferenceData release = ReferenceData.release(ReleaseMigrationWriter.VERSION, reference);

    /** Every row in the database comes from a reference, release or data file: nothing else was loaded. */
    @Test
    void allReferenceRowsAreLoaded() {
        assertThat(reference.figures().stream().filter(figure -> !figure.researchedByUs())).hasSize(75);
        assertThat(reference.userBases().stream().filter(base -> !base.researchedByUs())).hasSize(93);
        int fromDataFiles = db.fetchCount(PLATFORM_USER_BASE.join(SOURCE).on(SOURCE.ID.eq(PLATFORM_USER_BASE.SOURCE_ID)),
                SOURCE.URL.in(DataFileMigrationWriter.SOURCE_URLS));

        assertThat(db.fetchCount(TARGET_FIGURE)).isEqualTo(reference.figures().size() + release.figures().size());
        assertThat(db.fetchCount(PLATFORM_USER_BASE))
                .isEqualTo(reference.userBases().size() + release.userBases().size() + fromDataFiles);
    }

    @Test
    void everyTargetFigureIsLoadedAsTheReferenceStatesIt() {
        Map<String, Record> loaded = db.select(TARGET_FIGURE.asterisk(), SOURCE.TITLE, SOURCE.URL)
                .from(TARGET_FIGURE).join(SOURCE).on(SOURCE.ID.eq(TARGET_FIGURE.SOURCE_ID))
                .fetchMap(TARGET_FIGURE.REFERENCE_ID);

        for (FigureRow row : concat(reference.figures(), release.figures())) {
            Record figure = loaded.get(row.referenceId());
            assertThat(figure).as(row.referenceId()).isNotNull();
            boolean worldwide = row.countryCode().equals(ReferenceData.WORLDWIDE_CODE);
            assertThat(figure.get(TARGET_FIGURE.TARGETED_COUNT)).as(row.referenceId()).isEqualTo(row.count());
            assertThat(figure.get(TARGET_FIGURE.COUNT_KIND).code()).as(row.referenceId()).isEqualTo(row.countKind());
            assertThat(figure.get(TARGET_FIGURE.AREA)).as(row.referenceId())
                    .isEqualTo(worldwide ? "worldwide" : "country");
            assertThat(figure.get(TARGET_FIGURE.COUNTRY_ISO2)).as(row.referenceId())
                    .isEqualTo(worldwide ? null : row.countryCode());
            assertThat(figure.get(TARGET_FIGURE.SOURCE_QUOTE)).as(row.referenceId()).isEqualTo(row.sourceQuote());
            assertThat(figure.get(SOURCE.URL)).as(row.referenceId()).isEqualTo(row.sourceUrl());
            assertThat(figure.get(SOURCE.TITLE)).as(row.referenceId()).isEqualTo(row.sourceTitle());
            assertThat(figure.get(TARGET_FIGURE.VERIFIED)).as(row.referenceId()).isEqualTo(row.verified());
            // V19 says who was targeted by role, not by name (NoVictimNamesTest checks those rows)
            if (!NoVictimNamesTest.RENAMED_BY_ROLE.contains(row.referenceId())) {
                assertThat(figure.get(TARGET_FIGURE.VICTIM_GROUPS)).as(row.referenceId())
                        .isEqualTo(row.victimGroups());
                assertThat(figure.get(TARGET_FIGURE.LABEL)).as(row.referenceId()).isEqualTo(row.label());
            }
            assertThat(figure.get(TARGET_FIGURE.PERIOD_START)).as(row.referenceId()).isEqualTo(row.yearStart());
            assertThat(figure.get(TARGET_FIGURE.PERIOD_END)).as(row.referenceId()).isEqualTo(row.yearEnd());
        }
    }

    @Test
    void everyUserBaseIsLoadedAsTheReferenceStatesIt() {
        Map<String, Record> loaded = db.select(PLATFORM_USER_BASE.asterisk(), PLATFORM.NAME, SOURCE.TITLE, SOURCE.URL)
                .from(PLATFORM_USER_BASE)
                .join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID))
                .join(SOURCE).on(SOURCE.ID.eq(PLATFORM_USER_BASE.SOURCE_ID))
                .fetchMap(PLATFORM_USER_BASE.REFERENCE_ID);

        for (UserBaseRow row : concat(reference.userBases(), release.userBases())) {
            String id = release.referenceIdOf(row);
            Record base = loaded.get(id);
            assertThat(base).as(id).isNotNull();
            boolean worldwide = row.countryCode().equals(ReferenceData.WORLDWIDE_CODE);
            assertThat(base.get(PLATFORM.NAME)).as(id).isEqualTo(row.platform());
            assertThat(base.get(PLATFORM_USER_BASE.USERS)).as(id).isEqualTo(row.users());
            assertThat(base.get(PLATFORM_USER_BASE.COUNTRY_ISO2)).as(id).isEqualTo(worldwide ? null : row.countryCode());
            assertThat(base.get(PLATFORM_USER_BASE.AS_OF_YEAR)).as(id).isEqualTo(row.asOfYear());
            assertThat(base.get(PLATFORM_USER_BASE.AS_OF_MONTH)).as(id).isEqualTo(row.asOfMonth());
            assertThat(base.get(PLATFORM_USER_BASE.SOURCE_QUOTE)).as(id).isEqualTo(row.sourceQuote());
            assertThat(base.get(SOURCE.URL)).as(id).isEqualTo(row.sourceUrl());
            assertThat(base.get(SOURCE.TITLE)).as(id).isEqualTo(row.sourceTitle());
            assertThat(base.get(PLATFORM_USER_BASE.VERIFIED)).as(id).isEqualTo(row.verified());
        }
    }

    private static <T> List<T> concat(List<T> released, List<T> added) {
        return Stream.concat(released.stream(), added.stream()).toList();
    }

    /** The copies in src/test/resources are the shared research files, where a checkout has them beside it. */
    @Test
    @EnabledIf("sharedReferenceIsPresent")
    void committedCopiesMatchTheSharedReferenceFiles() throws IOException {
        for (String file : new String[] {"incidents.csv", "platform_users.csv"}) {
            assertThat(Files.readString(Path.of("src/test/resources/reference", file)))
                    .as(file).isEqualTo(Files.readString(SHARED_REFERENCE.resolve(file)));
        }
    }

    static boolean sharedReferenceIsPresent() {
        return Files.isDirectory(SHARED_REFERENCE);
    }
}
