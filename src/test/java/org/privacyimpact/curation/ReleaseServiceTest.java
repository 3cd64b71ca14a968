package org.privacyimpact.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.audit.AuditAction;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.dataset.DatasetQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An admin publishes a dataset version with its changelog; from then on it is the version readers see. */
@IntegrationTest
@Transactional
class ReleaseServiceTest {

    @Autowired
    ReleaseService releases;

    @Autowired
    DatasetQuery dataset;

    @Autowired
    AuditLog audit;

    @Test
    @WithMockUser(username = "admin-eve", roles = "ADMIN")
    void anAdminPublishesANewVersionThatBecomesTheCurrentOne() {
        String next = releases.suggestedVersion();
        releases.publish(next, "Corrections to the 2019 figures",
                List.of("India 2019: wording of the note clarified.", " ", "Mexico: source date added."));

        var current = dataset.currentRelease();
        assertThat(current.version()).isEqualTo(next);
        assertThat(current.changes()).containsExactly("India 2019: wording of the note clarified.",
                "Mexico: source date added.");
        assertThat(audit.history(RecordType.RELEASE, next)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PUBLISH);
            assertThat(entry.actor()).isEqualTo("admin-eve");
        });
    }

    @Test
    @WithMockUser(username = "admin-eve", roles = "ADMIN")
    void aVersionMustBeNewAndComeAfterTheCurrentOneAndSayWhatChanged() {
        String current = dataset.currentRelease().version();
        assertThatThrownBy(() -> releases.publish(current, "", List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("version", "summary", "changes"));
        assertThatThrownBy(() -> releases.publish("2020.1.0", "Old", List.of("x")))
                .hasMessageContaining("Must come after the current version");
        assertThatThrownBy(() -> releases.publish("v2", "Bad", List.of("x")))
                .hasMessageContaining("year.month.sequence");
        assertThat(dataset.currentRelease().version()).isEqualTo(current);
    }

    /** A version cannot be taken back: one of the year 3000 would leave no later version to publish. */
    @Test
    @WithMockUser(username = "admin-eve", roles = "ADMIN")
    void aVersionNamesARealMonthNotOneStillToCome() {
        String current = dataset.currentRelease().version();
        int nextYear = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1;

        assertThatThrownBy(() -> releases.publish("3000.1.1", "Far ahead", List.of("x")))
                .hasMessageContaining("3000.1.1 names a month still to come");
        assertThatThrownBy(() -> releases.publish(nextYear + ".1.0", "Next year", List.of("x")))
                .hasMessageContaining("names a month still to come");
        assertThatThrownBy(() -> releases.publish("2026.13.1", "No such month", List.of("x")))
                .hasMessageContaining("year.month.sequence");
        assertThat(releases.check(releases.suggestedVersion(), "Fine", List.of("x"))).isEmpty();
        assertThat(dataset.currentRelease().version()).isEqualTo(current);
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorCannotPublish() {
        assertThatThrownBy(() -> releases.publish("2026.12.3", "Sneaky", List.of("x")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
