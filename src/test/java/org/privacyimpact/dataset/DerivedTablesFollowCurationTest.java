package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.FIGURE_RATE;
import static org.privacyimpact.db.Tables.INCIDENT_TALLY;
import static org.privacyimpact.db.Tables.KIND_AREA_TALLY;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.curation.FigureDraft;
import org.privacyimpact.curation.ImportKind;
import org.privacyimpact.curation.ImportService;
import org.privacyimpact.curation.IncidentDraft;
import org.privacyimpact.curation.UserBaseDraft;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.FigureRates;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.incident.IncidentFilter;
import org.privacyimpact.incident.IncidentQuery;
import org.privacyimpact.incident.IncidentSort;
import org.privacyimpact.incident.IncidentSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comparison reads rates (figure_rate), the overview and incident list read counts (incident_tally,
 * kind_area_tally), all worked out when the dataset changes. After every kind of curator change each table must
 * hold exactly what a complete recomputation from the data gives, and readers must see the change at once.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "curator-ana", roles = "CURATOR")
class DerivedTablesFollowCurationTest {

    private static final ExposureFilter INDIA_2019 = ExposureFilter.whatsApp2019().withCountries(Set.of("IN"))
            .withWorldwide(false);

    @Autowired
    CurationService curation;

    @Autowired
    ImportService imports;

    @Autowired
    FigureRates rates;

    @Autowired
    FigureTallies tallies;

    @Autowired
    DatasetQuery dataset;

    @Autowired
    IncidentQuery incidents;

    @Autowired
    TargetedPerMillionQuery exposure;

    @Autowired
    DSLContext db;

    @Test
    void aNewUserFigureChangesTheRateAtOnceAndAsACompleteRebuildWould() {
        var india = curation.read(CuratedType.USER_BASE, "UB-WHATSAPP-IN-2019-11").orElseThrow();
        UserBaseDraft was = india.draft();
        curation.update(CuratedType.USER_BASE, was.referenceId(), india.version(), new UserBaseDraft(was.referenceId(),
                was.platform(), was.countryIso2(), 500_000_000L, was.usersQualifier(), was.metric(), was.asOfYear(),
                was.asOfMonth(), was.verified(), was.notes(), was.sourceUrl(), was.sourceQuote()), "test");

        assertThat(indiaNotified().perMillion()).isEqualByComparingTo("0.242000");
        assertThatTheTableIsWhatARebuildGives();
    }

    @Test
    void aUserFigureMovedToAnotherYearAndCountryLeavesTheOldPlaceAndReachesTheNew() {
        var india = curation.read(CuratedType.USER_BASE, "UB-WHATSAPP-IN-2019-11").orElseThrow();
        UserBaseDraft was = india.draft();
        curation.update(CuratedType.USER_BASE, was.referenceId(), india.version(), new UserBaseDraft(was.referenceId(),
                was.platform(), "BR", was.users(), was.usersQualifier(), was.metric(), 2024, null, was.verified(),
                was.notes(), was.sourceUrl(), was.sourceQuote()), "test");

        assertThat(indiaNotified().userBase()).isNotNull()
                .satisfies(base -> assertThat(base.users()).isNotEqualTo(400_000_000L));
        assertThatTheTableIsWhatARebuildGives();
    }

    @Test
    void anIncidentsNewYearsAndPlatformReachItsFigures() {
        var opened = curation.read(CuratedType.INCIDENT, "WA2019").orElseThrow();
        IncidentDraft was = opened.draft();
        curation.update(CuratedType.INCIDENT, was.id(), opened.version(), new IncidentDraft(was.id(), was.name(),
                was.shortName(),
                was.toolOrVendor(), null, was.vectorDescription(), 2014, 2014, was.disclosedOn(), was.summary(),
                was.caveats(), was.rightOfReply(), was.rightOfReplySourceUrl()), "test");

        assertThatTheTableIsWhatARebuildGives();
    }

    @Test
    void aParentCountedAnotherWayListsItsSubsetAndChangedBackHidesItAgain() {
        // WA2019-XX-CS ("at least 100 members of civil society") is part of WA2019-XX (about 1,400 notified)
        changeKind("WA2019-XX", CountKind.ESTIMATED);
        assertThatTheTableIsWhatARebuildGives();
        assertThat(worldwideNotified()).containsExactly(100);

        changeKind("WA2019-XX", CountKind.NOTIFIED_BY_PLATFORM);
        assertThatTheTableIsWhatARebuildGives();
        assertThat(worldwideNotified()).containsExactly(1400);
    }

    private void changeKind(String referenceId, CountKind kind) {
        var opened = curation.read(CuratedType.FIGURE, referenceId).orElseThrow();
        FigureDraft was = opened.draft();
        curation.update(CuratedType.FIGURE, referenceId, opened.version(), new FigureDraft(referenceId,
                was.incidentId(),
                was.countryIso2(), was.peopleTargeted(), was.countQualifier(), kind, null, was.periodStart(),
                was.periodEnd(), was.victimGroups(), was.verified(), was.preferred(), was.subsetOf(), was.denominatorRule(),
                was.notes(), was.sourceUrl(), was.sourceQuote()), "test");
    }

    private List<Integer> worldwideNotified() {
        return exposure.find(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST, 0, 100).stream()
                .filter(row -> row.area().isWorldwide()).map(TargetedPerMillion::targetedCount).toList();
    }

    @Test
    void aNewFigureAndAFigureMovedToAnotherCountryAreRatedWhereTheyNowAre() {
        curation.create(CuratedType.FIGURE, new FigureDraft("TEST-RATES-IN", "WA2019", "IN", 5, ValueQualifier.EXACT,
                CountKind.CONFIRMED_FORENSIC, null,
                2019, 2019, null, true, true, null, DenominatorRule.AREA_USERS, null,
                        curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow().draft()
                .sourceUrl(), "Five phones were confirmed."), "test");
        var opened = curation.read(CuratedType.FIGURE, "TEST-RATES-IN").orElseThrow();
        FigureDraft was = opened.draft();
        curation.update(CuratedType.FIGURE, was.referenceId(), opened.version(), new FigureDraft(was.referenceId(),
                was.incidentId(),
                "MX", was.peopleTargeted(), was.countQualifier(), was.countKind(), was.countedUnit(), was.periodStart(), was.periodEnd(),
                was.victimGroups(), was.verified(), was.preferred(), was.subsetOf(), was.denominatorRule(), was.notes(),
                was.sourceUrl(), was.sourceQuote()), "test");

        assertThat(exposure.find(ExposureFilter.whatsApp2019().withCountKind(CountKind.CONFIRMED_FORENSIC),
                ExposureSort.HIGHEST_RATE_FIRST, 0, 100)).extracting(row -> row.area().countryIso2())
                .contains("MX").doesNotContain("IN");
        assertThatTheTableIsWhatARebuildGives();
    }

    @Test
    void aNewFigureIsCountedOnTheOverviewAndInItsIncidentAtOnce() {
        int figuresBefore = wa2019().figures();
        int forensicBefore = forensicFigures();

        curation.create(CuratedType.FIGURE, new FigureDraft("TEST-COUNT-FR", "WA2019", "FR", 2, ValueQualifier.EXACT,
                CountKind.CONFIRMED_FORENSIC, null, 2019, 2019, null, false, true, null, DenominatorRule.AREA_USERS, null,
                curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow().draft().sourceUrl(),
                        "Two phones were confirmed."), "test");

        assertThat(wa2019().figures()).isEqualTo(figuresBefore + 1);
        assertThat(wa2019().kinds()).contains(CountKind.CONFIRMED_FORENSIC);
        assertThat(wa2019().hasUnverified()).isTrue();
        assertThat(forensicFigures()).isEqualTo(forensicBefore + 1);
        assertThatTheTableIsWhatARebuildGives();
    }

    @Test
    void aSourcesEarlierDateMovesItsIncidentsFirstReportedYear() {
        var india = curation.read(CuratedType.FIGURE, "WA2019-IN").orElseThrow().draft();
        long sourceId = curation.list(CuratedType.SOURCE, india.sourceUrl(), false, 0, 1)
                .stream().mapToLong(row -> Long.parseLong(row.key())).findFirst().orElseThrow();
        var opened = curation.read(CuratedType.SOURCE, String.valueOf(sourceId)).orElseThrow();
        var was = opened.draft();
        curation.update(CuratedType.SOURCE, String.valueOf(sourceId), opened.version(),
                new org.privacyimpact.curation.SourceDraft(was.title(),
                was.publisher(), was.url(), java.time.LocalDate.of(2012, 1, 5), null, null), "test");

        assertThat(wa2019().firstReported()).isEqualTo(2012);
        assertThat(dataset.statistics().incidentsByYear().getFirst().year()).isEqualTo(2012);
        assertThatTheTableIsWhatARebuildGives();
    }

    @Test
    void anImportIsRatedOnceForTheWholeFile() throws IOException {
        byte[] file;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
                "/curation/import/good-figures.csv"))) {
            file = in.readAllBytes();
        }
        imports.commit(ImportKind.FIGURES, "good-figures.csv", file);

        assertThatTheTableIsWhatARebuildGives();
    }

    private TargetedPerMillion indiaNotified() {
        return exposure.find(INDIA_2019, ExposureSort.HIGHEST_RATE_FIRST, 0, 10).getFirst();
    }

    private IncidentSummary wa2019() {
        return incidents.find(IncidentFilter.ALL, IncidentSort.NEWEST_FIRST, 0, 1000).stream().filter(row -> row.id().equals("WA2019")).findFirst()
                .orElseThrow();
    }

    private int forensicFigures() {
        return dataset.statistics().kinds().stream().filter(kind -> kind.kind() == CountKind.CONFIRMED_FORENSIC)
                .mapToInt(DatasetStatistics.KindStatistics::figures).sum();
    }

    /** Every row of each derived table as text, then the same after working every row out again from the data. */
    private void assertThatTheTableIsWhatARebuildGives() {
        List<String> kept = snapshot();
        rates.rebuild();
        tallies.rebuild();
        assertThat(kept).isNotEmpty().containsExactlyElementsOf(snapshot());
    }

    private List<String> snapshot() {
        List<String> rows = new java.util.ArrayList<>();
        rows.addAll(db.selectFrom(FIGURE_RATE).orderBy(FIGURE_RATE.FIGURE_ID, FIGURE_RATE.DENOMINATOR)
                .fetch(r -> "rate " + r.formatCSV(false).strip()));
        rows.addAll(db.selectFrom(INCIDENT_TALLY).orderBy(INCIDENT_TALLY.INCIDENT_ID)
                .fetch(r -> "incident " + r.formatCSV(false).strip()));
        rows.addAll(db.selectFrom(KIND_AREA_TALLY).orderBy(KIND_AREA_TALLY.COUNT_KIND, KIND_AREA_TALLY.AREA_KEY)
                .fetch(r -> "cell " + r.formatCSV(false).strip()));
        return rows;
    }
}
