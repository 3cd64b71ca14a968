package org.privacyimpact.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.privacyimpact.curation.FigureDrafts.withCount;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.audit.AuditAction;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.RecordsQuery;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.incident.IncidentQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Curators change the dataset through the service: validated, versioned, audited, retired rather than deleted. */
@IntegrationTest
@Transactional
class CurationServiceTest {

    private static final String INDIA = "WA2019-IN";
    /** Mexico in the 2025 court exhibit: a preferred figure no other figure is a part of. */
    private static final String MEXICO = "WA2019CE-MX";

    @Autowired
    CurationService curation;

    @Autowired
    AuditLog audit;

    @Autowired
    RecordsQuery records;

    @Autowired
    TargetedPerMillionQuery exposure;

    @Autowired
    IncidentQuery incidents;

    @Autowired
    DSLContext db;

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void curatorCorrectsIndiasFigureAndTheTrailKeepsOldAndNewValues() {
        var opened = curation.read(CuratedType.FIGURE, INDIA).orElseThrow();

        boolean saved = curation.update(CuratedType.FIGURE, INDIA, opened.version(), withCount(opened.draft(), 122),
                "Typo check against the source");

        assertThat(saved).isTrue();
        assertThat(curation.read(CuratedType.FIGURE, INDIA).orElseThrow().version()).isEqualTo(opened.version() + 1);
        assertThat(records.figures(new FigureFilter(null, "WA2019", null, null, null, null), 0, 100))
                .filteredOn(r -> r.referenceId().equals(INDIA)).singleElement()
                .satisfies(r -> assertThat(r.count()).isEqualTo(122));
        AuditEntry entry = audit.history(RecordType.FIGURE, INDIA).getFirst();
        assertThat(entry.actor()).isEqualTo("curator-ana");
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.comment()).isEqualTo("Typo check against the source");
        assertThat(entry.changes()).containsExactly(new AuditEntry.FieldChange("people_targeted", "121", "122"));
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void everyKindCuratorsEditIsListedOpenedAndTellsWhatUsesIt() {
        for (CuratedType<?> type : CuratedType.all()) {
            var first = curation.list(type, null, false, 0, 1);
            assertThat(first).as(type.path()).singleElement();
            assertThat(curation.count(type, null, false)).as(type.path()).isPositive();
            assertThat(curation.read(type, first.getFirst().key())).as(type.path()).isPresent();
            assertThat(curation.read(type, "no-such-key")).as(type.path()).isEmpty();
        }
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void savingUnchangedValuesWritesNothing() {
        var opened = curation.read(CuratedType.FIGURE, INDIA).orElseThrow();

        assertThat(curation.update(CuratedType.FIGURE, INDIA, opened.version(), opened.draft(), null)).isFalse();
        assertThat(curation.read(CuratedType.FIGURE, INDIA).orElseThrow().version()).isEqualTo(opened.version());
        assertThat(audit.history(RecordType.FIGURE, INDIA)).isEmpty();
    }

    @Test
    @WithMockUser(username = "curator-ben", roles = "CURATOR")
    void theSecondOfTwoCuratorsEditingTheSameFigureGetsAConflictAndOverwritesNothing() {
        var openedByAna = curation.read(CuratedType.FIGURE, INDIA).orElseThrow();
        var openedByBen = curation.read(CuratedType.FIGURE, INDIA).orElseThrow();
        curation.update(CuratedType.FIGURE, INDIA, openedByAna.version(), withCount(openedByAna.draft(), 122), null);

        assertThatThrownBy(() -> curation.update(CuratedType.FIGURE, INDIA, openedByBen.version(),
                withCount(openedByBen.draft(), 999), null))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining("Target figure WA2019-IN was changed by curator-ben")
                .hasMessageContaining("Nothing was saved");
        assertThat(curation.read(CuratedType.FIGURE, INDIA).orElseThrow().draft().peopleTargeted()).isEqualTo(122);
        assertThat(audit.history(RecordType.FIGURE, INDIA)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void everyBadFieldIsNamedAndNothingIsSaved() {
        var india = curation.read(CuratedType.FIGURE, INDIA).orElseThrow();
        var bad = new FigureDraft(null, "NO-SUCH-INCIDENT", "QQ", -1, null, null, null, 1800, 1700, null, false, false,
                "NO-SUCH-FIGURE", DenominatorRule.AREA_USERS, null, "https://example.org/not-a-source", "   ");

        assertThatThrownBy(() -> curation.update(CuratedType.FIGURE, INDIA, india.version(), bad, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("incident_id", "country_iso2", "people_targeted", "count_qualifier", "count_kind",
                                "period_start", "period_end", "subset_of", "source_url", "source_quote"));
        assertThat(curation.read(CuratedType.FIGURE, INDIA).orElseThrow().draft()).isEqualTo(india.draft());
        assertThat(audit.history(RecordType.FIGURE, INDIA)).isEmpty();
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aSecondPreferredValueForTheSameGroupIsRefusedByName() {
        var india = curation.read(CuratedType.FIGURE, INDIA).orElseThrow().draft();
        var rival = new FigureDraft("WA2019-IN-RIVAL", "WA2019", "IN", 130, ValueQualifier.EXACT,
                india.countKind(), null, 2019, 2019, null, true, true, null, DenominatorRule.AREA_USERS, null, india.sourceUrl(),
                india.sourceQuote());

        assertThatThrownBy(() -> curation.create(CuratedType.FIGURE, rival, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("preferred");
                            assertThat(p.message()).contains("WA2019-IN");
                        }));
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aRetiredFigureLeavesEveryReaderButKeepsItsHistoryAndCanComeBack() {
        var opened = curation.read(CuratedType.FIGURE, MEXICO).orElseThrow();
        var mexicoRows = ExposureFilter.of(opened.draft().countKind()).withIncidents(Set.of("WA2019"))
                .withCountries(Set.of("MX")).withWorldwide(false);
        assertThat(exposure.find(mexicoRows, ExposureSort.HIGHEST_RATE_FIRST, 0, 10))
                .anyMatch(row -> row.targetedCount() == opened.draft().peopleTargeted());

        curation.retire(CuratedType.FIGURE, MEXICO, opened.version(), "Superseded");

        assertThat(exposure.find(mexicoRows, ExposureSort.HIGHEST_RATE_FIRST, 0, 10))
                .noneMatch(row -> row.targetedCount() == opened.draft().peopleTargeted());
        assertThat(records.figures(new FigureFilter(null, "WA2019", null, null, null, null), 0, 100))
                .noneMatch(r -> r.referenceId().equals(MEXICO));
        assertThat(incidents.detail("WA2019").orElseThrow().figures())
                .noneMatch(line -> line.referenceId().equals(MEXICO));
        var retired = curation.read(CuratedType.FIGURE, MEXICO).orElseThrow();
        assertThat(retired.retired()).isTrue();
        assertThat(retired.retiredBy()).isEqualTo("curator-ana");
        assertThat(curation.list(CuratedType.FIGURE, MEXICO, false, 0, 10)).isEmpty();
        assertThat(curation.list(CuratedType.FIGURE, MEXICO, true, 0, 10)).singleElement()
                .satisfies(row -> assertThat(row.retired()).isTrue());

        curation.restore(CuratedType.FIGURE, MEXICO, retired.version(), "Retired by mistake");

        assertThat(records.figures(new FigureFilter(null, "WA2019", null, null, null, null), 0, 100))
                .anyMatch(r -> r.referenceId().equals(MEXICO));
        assertThat(audit.history(RecordType.FIGURE, MEXICO)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.RESTORE, AuditAction.RETIRE);
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aSourceOrIncidentStillInUseCannotBeRetired() {
        var india = curation.read(CuratedType.FIGURE, INDIA).orElseThrow().draft();
        long sourceId = curation.list(CuratedType.SOURCE, india.sourceUrl(), false, 0, 1).stream()
                .mapToLong(row -> Long.parseLong(row.key())).findFirst().orElseThrow();
        int sourceVersion = curation.read(CuratedType.SOURCE, String.valueOf(sourceId)).orElseThrow().version();
        int incidentVersion = curation.read(CuratedType.INCIDENT, "WA2019").orElseThrow().version();

        assertThatThrownBy(() -> curation.retire(CuratedType.SOURCE, String.valueOf(sourceId), sourceVersion, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("Still in use").contains("figure WA2019-IN"));
        assertThatThrownBy(() -> curation.retire(CuratedType.INCIDENT, "WA2019", incidentVersion, null))
                .isInstanceOf(ValidationException.class);
        assertThat(curation.read(CuratedType.SOURCE, String.valueOf(sourceId)).orElseThrow().retired()).isFalse();
    }

    /**
     * A new figure counts what its curator says it counts, else its kind's usual unit: a leaked list's entries are
     * phone numbers, never people. The unit is audited like every field.
     */
    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aNewFigureCountsItsKindsUsualUnitUnlessItsCuratorSaysOtherwise() {
        FigureDraft india = curation.read(CuratedType.FIGURE, INDIA).orElseThrow().draft();
        String leaked = curation.create(CuratedType.FIGURE, new FigureDraft("TEST-LEAKED-IN", "WA2019", "IN", 300,
                ValueQualifier.AT_LEAST, CountKind.LEAKED_LIST_ENTRIES, null, 2019, 2019, null, false, true, null,
                DenominatorRule.AREA_USERS, null, india.sourceUrl(), india.sourceQuote()), null);
        String accounts = curation.create(CuratedType.FIGURE, new FigureDraft("TEST-ACCOUNTS-IN", "WA2019", "IN", 12,
                ValueQualifier.EXACT, CountKind.CONFIRMED_FORENSIC, CountedUnit.ACCOUNTS, 2019, 2019, null, false,
                true, null, DenominatorRule.AREA_USERS, null, india.sourceUrl(), india.sourceQuote()), null);

        assertThat(curation.read(CuratedType.FIGURE, leaked).orElseThrow().draft().countedUnit())
                .isEqualTo(CountedUnit.PHONE_NUMBERS);
        assertThat(curation.read(CuratedType.FIGURE, accounts).orElseThrow().draft().countedUnit())
                .isEqualTo(CountedUnit.ACCOUNTS);
        assertThat(audit.history(RecordType.FIGURE, leaked).getFirst().changes())
                .contains(new AuditEntry.FieldChange("counted_unit", null, "phone_numbers"));
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void everyKindOfChangeToEveryKindOfRecordIsAudited() {
        String sourceId = curation.create(CuratedType.SOURCE, new SourceDraft("A new report", "Example Lab",
                "https://lab.example.org/report-2026", LocalDate.of(2026, 3, 2), null, null), "new disclosure");
        String incident = curation.create(CuratedType.INCIDENT, new IncidentDraft("TEST2026", "Test campaign",
                "Test 2026",
                "Example vendor", "WhatsApp", null, 2025, 2026, null, "A test.", null, null, null), null);
        String figure = curation.create(CuratedType.FIGURE, new FigureDraft("TEST2026-IN", incident, "in", 7,
                ValueQualifier.EXACT,
                CountKind.CONFIRMED_FORENSIC, null, 2025, 2026, "journalists", true, true, null, DenominatorRule.AREA_USERS, null,
                "https://lab.example.org/report-2026", "We confirmed 7 infections in India."), null);
        String userBase = curation.create(CuratedType.USER_BASE, new UserBaseDraft(null, "WhatsApp", "IN", 500_000_000L,
                ValueQualifier.APPROXIMATE, UserBaseMetric.USERS_UNSPECIFIED, 2025, null, false, null,
                "https://lab.example.org/report-2026", "WhatsApp has about 500 million users in India."), null);

        assertThat(userBase).isEqualTo("UB-WHATSAPP-IN-2025");
        curation.update(CuratedType.SOURCE, sourceId, 0, new SourceDraft("A new report (revised)", "Example Lab",
                "https://lab.example.org/report-2026", LocalDate.of(2026, 3, 2), null, null), null);
        var openedIncident = curation.read(CuratedType.INCIDENT, incident).orElseThrow();
        curation.update(CuratedType.INCIDENT, incident, openedIncident.version(), new IncidentDraft(incident,
                "Test campaign",
                "Test 2026", "Example vendor", "WhatsApp", null, 2025, 2026, null, "A test, revised.", null, null,
                null), null);
        var openedBase = curation.read(CuratedType.USER_BASE, userBase).orElseThrow();
        curation.retire(CuratedType.USER_BASE, userBase, openedBase.version(), "duplicate");
        curation.restore(CuratedType.USER_BASE, userBase, openedBase.version() + 1, null);
        var openedFigure = curation.read(CuratedType.FIGURE, figure).orElseThrow();
        curation.retire(CuratedType.FIGURE, figure, openedFigure.version(), null);
        curation.retire(CuratedType.INCIDENT, incident, openedIncident.version() + 1, null);

        assertThat(audit.history(RecordType.SOURCE, sourceId)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(audit.history(RecordType.SOURCE, sourceId).getFirst().changes())
                .containsExactly(new AuditEntry.FieldChange("title", "A new report", "A new report (revised)"));
        assertThat(audit.history(RecordType.INCIDENT, incident)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.RETIRE, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(audit.history(RecordType.FIGURE, figure)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.RETIRE, AuditAction.CREATE);
        assertThat(audit.history(RecordType.FIGURE, figure).getLast().changes())
                .contains(new AuditEntry.FieldChange("country_iso2", null, "IN"),
                        new AuditEntry.FieldChange("people_targeted", null, "7"));
        assertThat(audit.history(RecordType.USER_BASE, userBase)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.RESTORE, AuditAction.RETIRE, AuditAction.CREATE);
        assertThat(audit.history(RecordType.FIGURE, figure)).allMatch(e -> e.actor().equals("curator-ana"));
    }

    /** Neither an entry nor its field changes can be rewritten or removed, even by SQL sent past the service. */
    @ParameterizedTest
    @ValueSource(strings = {"update audit_entry set actor = 'someone-else'", "delete from audit_entry",
            "update audit_change set new_value = '1'", "delete from audit_change"})
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void theTrailCannotBeRewrittenOrDeletedEvenWithSql(String sql) {
        var opened = curation.read(CuratedType.FIGURE, INDIA).orElseThrow();
        curation.update(CuratedType.FIGURE, INDIA, opened.version(), withCount(opened.draft(), 122), null);

        assertThatThrownBy(() -> db.execute(sql)).hasMessageContaining("the audit trail is append-only");
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void sourcesNeedATitleAWebAddressAndSaneDates() {
        var problems = List.of(
                new SourceDraft(" ", null, "ftp://files.example.org/x", null, null, null),
                new SourceDraft("Title", null, "https://nohost/x", LocalDate.of(2999, 1, 1), null, null),
                new SourceDraft("Title", null, "not a url at all", null, 2020, 13));
        assertThatThrownBy(() -> curation.create(CuratedType.SOURCE, problems.get(0), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("title", "url"));
        assertThatThrownBy(() -> curation.create(CuratedType.SOURCE, problems.get(1), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("url", "published_on", "published_year"));
        assertThatThrownBy(() -> curation.create(CuratedType.SOURCE, problems.get(2), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("url", "published_month"));
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorCanNeitherReadForEditingNorWrite() {
        assertThatThrownBy(() -> curation.read(CuratedType.FIGURE,
                INDIA)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> curation.update(CuratedType.FIGURE, INDIA, 0, null, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> curation.retire(CuratedType.FIGURE, INDIA, 0, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> curation.create(CuratedType.SOURCE, null,
                null)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "reader", roles = "READER")
    void aSignedInAccountWithoutACuratorRoleCannotWriteEither() {
        assertThatThrownBy(() -> curation.update(CuratedType.FIGURE, INDIA, 0, null, null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
