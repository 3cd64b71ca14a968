package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Checks on the curated data as Flyway loads it: each number is stated in its source's verbatim quote.
 * A changed number or quote in sql/ fails here.
 */
@IntegrationTest
class DataQualityTest {

    @Autowired
    DSLContext db;

    @Test
    void everyTargetFigureIsStatedInItsQuote() {
        var figures = db.select(TARGET_FIGURE.REFERENCE_ID, TARGET_FIGURE.TARGETED_COUNT, TARGET_FIGURE.SOURCE_QUOTE)
                .from(TARGET_FIGURE).fetch();

        assertThat(figures).isNotEmpty().allSatisfy(figure -> assertThat(
                QuotedNumberForms.statedIn(figure.value3(), figure.value2()))
                .as("%s: %d in \"%s\"", figure.value1(), figure.value2(), figure.value3())
                .isTrue());
    }

    @Test
    void everyUserBaseIsStatedInItsQuote() {
        var bases = db.select(PLATFORM_USER_BASE.ID, PLATFORM_USER_BASE.USERS, PLATFORM_USER_BASE.SOURCE_QUOTE)
                .from(PLATFORM_USER_BASE).fetch();

        assertThat(bases).isNotEmpty().allSatisfy(base -> assertThat(
                QuotedNumberForms.statedIn(base.value3(), base.value2()))
                .as("user base %d: %d in \"%s\"", base.value1(), base.value2(), base.value3())
                .isTrue());
    }

    @Test
    void everySourceHasATitleAndAWebAddress() {
        assertThat(db.fetch(SOURCE)).isNotEmpty().allSatisfy(source -> {
            assertThat(source.getTitle()).isNotBlank();
            assertThat(source.getUrl()).matches("https?://\\S+");
        });
    }
}
