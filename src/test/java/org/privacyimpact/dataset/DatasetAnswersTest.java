package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.curation.FigureDrafts.withNotes;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.curation.FigureDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An answer is computed once per question and dataset content, and again once a change has committed. */
@IntegrationTest
class DatasetAnswersTest {

    @Autowired
    DatasetAnswers answers;

    @Autowired
    CurationService curation;

    /** A figure whose audit trail no other test reads: these changes commit, as a curator's do. */
    private static final String NETHERLANDS = "WA2019CE-NL";

    private final AtomicInteger computed = new AtomicInteger();

    private int ask(Object parameters) {
        return answers.get("answers test", parameters, computed::incrementAndGet);
    }

    @Test
    void theSameQuestionIsAnsweredOnceAndADifferentOneAgain() {
        int first = ask("India");

        assertThat(ask("India")).isEqualTo(first);
        assertThat(ask("Mexico")).isNotEqualTo(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorsSaveIsAnsweredAnew() {
        int before = ask("after a save");
        var figure = curation.read(CuratedType.FIGURE, NETHERLANDS).orElseThrow();
        FigureDraft old = figure.draft();
        try {
            curation.update(CuratedType.FIGURE, NETHERLANDS, figure.version(), withNotes(old,
                    "Checked again (answers test)."),
                    "answers test");

            assertThat(ask("after a save")).isNotEqualTo(before);
        } finally {
            var now = curation.read(CuratedType.FIGURE, NETHERLANDS).orElseThrow();
            curation.update(CuratedType.FIGURE, NETHERLANDS, now.version(), old, "answers test: put back");
        }
        assertThat(computed).hasValue(2);
    }
}
