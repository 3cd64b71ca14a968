package org.privacyimpact.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.FIGURE_RATE;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.curation.FigureDraft;
import org.privacyimpact.curation.ImportKind;
import org.privacyimpact.curation.ImportService;
import org.privacyimpact.curation.IncidentDraft;
import org.privacyimpact.curation.UserBaseDraft;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.ValueQualifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comparison reads rates worked out when the dataset changes (figure_rate). After every kind of curator
 * change the table must hold exactly what a complete recomputation from the data gives, and the reader must
 * see the new rate at once.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "curator-ana", roles = "CURATOR")
class RatesFollowCurationTest {

    private static final ExposureFilter INDIA_2019 = ExposureFilter.whatsApp2019().withCountries(Set.of("IN"))
            .withWorldwide(false);

    @Autowired
    CurationService curation;

    @Autowired
    ImportService imports;

    @Autowired
    FigureRates rates;

    @Autowired
    TargetedPerMillionQuery exposure;

    @Autowired
    DSLContext db;

    @Test
    void aNewUserFigureChangesTheRateAtOnceAndAsACompleteRebuildWould() {
        var india = curation.userBase("UB-WHATSAPP-IN-2019-11").orElseThrow();
        UserBaseDraft was = india.draft();
        curation.updateUserBase(was.referenceId(), india.version(), new UserBaseDraft(was.referenceId(),
                was.platform(), was.countryIso2(), 500_000_000L, was.usersQualifier(), was.metric(), was.asOfYear(),
                was.asOfMonth(), was.verified(), was.notes(), was.sourceUrl(), was.sourceQuote()), "test");

        assertThat(indiaNotified().perMillion()).isEqualByComparingTo("0.242000");
        assertThatTheTableIsWhatARebuildGives();
    }

    @Test
    void aUserFigureMovedToAnotherYearAndCountryLeavesTheOldPlaceAndReachesTheNew() {
        var india = curation.userBase("UB-WHATSAPP-IN-2019-11").orElseThrow();
        UserBaseDraft was = india.draft();
        curation.updateUserBase(was.referenceId(), india.version(), new UserBaseDraft(was.referenceId(),
                was.platform(), "BR", was.users(), was.usersQualifier(), was.metric(), 2024, null, was.verified(),
                was.notes(), was.sourceUrl(), was.sourceQuote()), "test");

        assertThat(indiaNotified().userBase()).isNotNull()
                .satisfies(base -> assertThat(base.users()).isNotEqualTo(400_000_000L));
        assertThatTheTableIsWhatARebuildGives();
    }

    @Test
    void anIncidentsNewYearsAndPlatformReachItsFigures() {
        var opened = curation.incident("WA2019").orElseThrow();
        IncidentDraft was = opened.draft();
        curation.updateIncident(was.id(), opened.version(), new IncidentDraft(was.id(), was.name(), was.shortName(),
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
        var opened = curation.figure(referenceId).orElseThrow();
        FigureDraft was = opened.draft();
        curation.updateFigure(referenceId, opened.version(), new FigureDraft(referenceId, was.incidentId(),
                was.countryIso2(), was.peopleTargeted(), was.countQualifier(), kind, was.periodStart(),
                was.periodEnd(), was.victimGroups(), was.verified(), was.preferred(), was.subsetOf(), was.noRate(),
                was.notes(), was.sourceUrl(), was.sourceQuote()), "test");
    }

    private List<Integer> worldwideNotified() {
        return exposure.find(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST, 0, 100).stream()
                .filter(row -> row.area().isWorldwide()).map(TargetedPerMillion::targetedCount).toList();
    }

    @Test
    void aNewFigureAndAFigureMovedToAnotherCountryAreRatedWhereTheyNowAre() {
        curation.createFigure(new FigureDraft("TEST-RATES-IN", "WA2019", "IN", 5, ValueQualifier.EXACT,
                CountKind.CONFIRMED_FORENSIC,
                2019, 2019, null, true, true, null, false, null, curation.figure("WA2019-IN").orElseThrow().draft()
                .sourceUrl(), "Five phones were confirmed."), "test");
        var opened = curation.figure("TEST-RATES-IN").orElseThrow();
        FigureDraft was = opened.draft();
        curation.updateFigure(was.referenceId(), opened.version(), new FigureDraft(was.referenceId(), was.incidentId(),
                "MX", was.peopleTargeted(), was.countQualifier(), was.countKind(), was.periodStart(), was.periodEnd(),
                was.victimGroups(), was.verified(), was.preferred(), was.subsetOf(), was.noRate(), was.notes(),
                was.sourceUrl(), was.sourceQuote()), "test");

        assertThat(exposure.find(ExposureFilter.whatsApp2019().withCountKind(CountKind.CONFIRMED_FORENSIC),
                ExposureSort.HIGHEST_RATE_FIRST, 0, 100)).extracting(row -> row.area().countryIso2())
                .contains("MX").doesNotContain("IN");
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

    /** Every row of figure_rate as text, then the same after recomputing every row from the data. */
    private void assertThatTheTableIsWhatARebuildGives() {
        List<String> kept = snapshot();
        rates.rebuild();
        assertThat(kept).isNotEmpty().containsExactlyElementsOf(snapshot());
    }

    private List<String> snapshot() {
        return db.selectFrom(FIGURE_RATE).orderBy(FIGURE_RATE.FIGURE_ID, FIGURE_RATE.DENOMINATOR)
                .fetch(r -> r.formatCSV(false).strip());
    }
}
