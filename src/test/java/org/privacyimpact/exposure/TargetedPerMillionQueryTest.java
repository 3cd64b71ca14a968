package org.privacyimpact.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.dataset.StoredCode;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;
import org.privacyimpact.db.tables.records.TargetFigureRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class TargetedPerMillionQueryTest {

    private static final ExposureFilter WHATSAPP_2019 = ExposureFilter.whatsApp2019();
    private static final String MONTHLY_ACTIVE = "monthly_active_users";

    @Autowired
    TargetedPerMillionQuery query;

    @Autowired
    DSLContext db;

    @Autowired
    FigureRates rates;

    @Test
    void indiaIs121PeoplePer400MillionUsers() {
        TargetedPerMillion india = row("IN");

        assertThat(india.targetedCount()).isEqualTo(121);
        assertThat(india.userBase().users()).isEqualTo(400_000_000L);
        assertThat(india.perMillion()).isEqualByComparingTo(perMillion(121, 400_000_000L));
        assertThat(india.perMillion()).isEqualByComparingTo("0.302500");
        assertThat(RateFormat.perMillion(india.perMillion())).isEqualTo("0.30");
    }

    /** The planner settings a query of rows sets for itself are its own, not the rest of its caller's transaction's. */
    @Test
    @Transactional
    void theRowsQueriesLeaveThePlannerAsTheyFoundIt() {
        List<String> before = plannerSettings();

        assertThat(query.highest(WHATSAPP_2019, 3)).isNotEmpty();
        assertThat(query.highestPerCountry(WHATSAPP_2019)).isNotEmpty();
        assertThat(query.find(WHATSAPP_2019, ExposureSort.HIGHEST_RATE_FIRST, 0, 5)).isNotEmpty();

        assertThat(plannerSettings()).isEqualTo(before).containsExactly("8", "on");
    }

    private List<String> plannerSettings() {
        var settings = db.fetchSingle(
                "select current_setting('join_collapse_limit'), current_setting('enable_memoize')");
        return List.of(settings.get(0, String.class), settings.get(1, String.class));
    }

    @Test
    void worldwideIsAbout1400PeoplePer1point5BillionUsers() {
        TargetedPerMillion worldwide = row(null);

        assertThat(worldwide.area().isWorldwide()).isTrue();
        assertThat(worldwide.targetedCount()).isEqualTo(1400);
        assertThat(worldwide.countQualifier()).isEqualTo(ValueQualifier.APPROXIMATE);
        assertThat(worldwide.userBase().users()).isEqualTo(1_500_000_000L);
        assertThat(worldwide.userBase().qualifier()).isEqualTo(ValueQualifier.AT_LEAST);
        assertThat(worldwide.perMillion()).isEqualByComparingTo(perMillion(1400, 1_500_000_000L));
        assertThat(RateFormat.perMillion(worldwide.perMillion())).isEqualTo("0.93");
        // about 1,400 people over at least 1.5 billion users: an upper bound, never a plain 0.93
        assertThat(worldwide.rateBound()).isEqualTo(RateBound.AT_MOST_ABOUT);
        assertThat(worldwide.describeRate()).isEqualTo("at most about 0.93");
    }

    @Test
    void everyRateCarriesTheBoundOfItsTwoNumbersAndNoRateHasNone() {
        int rates = 0;
        for (CountKind kind : CountKind.values()) {
            for (Denominator denominator : Denominator.values()) {
                for (TargetedPerMillion row : query.find(ExposureFilter.of(kind).withDenominator(denominator),
                        ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE)) {
                    String which = row.incidentId() + " " + row.area().name() + " per " + denominator;
                    if (row.perMillion() == null) {
                        assertThat(row.rateBound()).as(which).isNull();
                    } else {
                        rates++;
                        assertThat(row.rateBound()).as(which)
                                .isEqualTo(RateBound.of(row.countKind(), row.countQualifier(), row.userBase().qualifier()));
                    }
                }
            }
        }
        assertThat(rates).isGreaterThan(50);
    }

    /**
     * The reason and the years stored with each rate (V20) are what the rules give for the row: RateUnavailable.of
     * from the figure's denominator rule and its incident's platform, and the years from the user figure's date to
     * the figure's period (negative before it, 0 within it).
     */
    @Test
    void everyRowsStoredReasonAndYearsAreWhatTheRulesGive() {
        var rules = db.select(TARGET_FIGURE.ID, TARGET_FIGURE.DENOMINATOR_RULE, INCIDENT.VECTOR_PLATFORM_ID)
                .from(TARGET_FIGURE).join(INCIDENT).on(INCIDENT.ID.eq(TARGET_FIGURE.INCIDENT_ID))
                .fetchMap(TARGET_FIGURE.ID);
        java.util.Map<RateUnavailable, Integer> reasons = new java.util.EnumMap<>(RateUnavailable.class);
        for (CountKind kind : CountKind.values()) {
            for (Denominator denominator : Denominator.values()) {
                for (TargetedPerMillion row : query.find(ExposureFilter.of(kind).withDenominator(denominator),
                        ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE)) {
                    String which = row.incidentId() + " " + row.area().name() + " per " + denominator;
                    var rule = rules.get(row.figureId());
                    assertThat(row.rateUnavailable()).as(which).isEqualTo(RateUnavailable.of(row.userBase() != null,
                            rule.get(TARGET_FIGURE.DENOMINATOR_RULE), denominator,
                            rule.get(INCIDENT.VECTOR_PLATFORM_ID) != null));
                    if (row.userBase() == null) {
                        assertThat(row.yearGap()).as(which).isNull();
                        reasons.merge(row.rateUnavailable(), 1, Integer::sum);
                    } else {
                        int asOf = row.userBase().asOfYear();
                        assertThat(row.yearGap()).as(which).isEqualTo(asOf < row.incidentYear()
                                ? asOf - row.incidentYear() : Math.max(0, asOf - row.lastYear()));
                    }
                }
            }
        }
        assertThat(reasons.keySet()).containsExactlyInAnyOrder(RateUnavailable.values());
    }

    @Test
    void notificationsSentAcrossSeveralPlatformsAreNotDividedByOnePlatformsUsers() {
        ExposureFilter meta = ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM).withIncidents(java.util.Set.of("META2021"));

        TargetedPerMillion perFacebookUser = row(null, meta);
        assertThat(perFacebookUser.targetedCount()).isEqualTo(50_000);
        assertThat(perFacebookUser.perMillion()).isNull();
        assertThat(perFacebookUser.userBase()).isNull();
        assertThat(perFacebookUser.rateUnavailable()).isEqualTo(RateUnavailable.NOT_ONE_PLATFORM);
        assertThat(row(null, meta.withDenominator(Denominator.INTERNET_USERS)).perMillion()).isNotNull();
        // so the highest rate of platform notifications is a single platform's again: Google's warnings to its users
        assertThat(query.highest(ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM), 1)).singleElement()
                .satisfies(highest -> assertThat(highest.incidentId()).isEqualTo("GTAGWARN-XX2021"));
    }

    @Test
    void everyNumberCarriesItsSourceAndVerbatimQuote() {
        TargetedPerMillion india = row("IN");

        assertThat(india.figureSource().url()).startsWith("https://www.newindianexpress.com/");
        assertThat(india.figureSource().quote()).contains("121 Indian users were targeted by Pegasus");
        assertThat(india.userBase().source().quote()).contains("about 400 million");
        assertThat(india.figureVerified()).isTrue();
        assertThat(india.userBase().verified()).isTrue();
    }

    @Test
    void courtExhibitFiguresAreShownBesideThePreferredOnesNotInsteadOfThem() {
        assertThat(row(null).competingFigures()).singleElement().satisfies(other -> {
            assertThat(other.targetedCount()).isEqualTo(1223);
            assertThat(other.source().quote()).contains("1,223 WhatsApp users");
        });
        assertThat(row("IN").competingFigures()).singleElement().satisfies(other -> {
            assertThat(other.targetedCount()).isEqualTo(100);
            assertThat(other.qualifier()).isEqualTo(ValueQualifier.AT_LEAST);
        });
    }

    @Test
    void onlyPreferredFiguresBecomeRowsSoNothingIsCountedTwice() {
        List<TargetedPerMillion> rows = query.find(WHATSAPP_2019, ExposureSort.HIGHEST_RATE_FIRST, 0,
                Integer.MAX_VALUE);

        // worldwide, India (2019 statement), Togo (Citizen Lab) and the court exhibit's other countries: each
        // listed figure once (preferred, not a subset of its own total), and no other
        List<Long> listed = db.select(TARGET_FIGURE.ID).from(TARGET_FIGURE)
                .where(TARGET_FIGURE.INCIDENT_ID.eq("WA2019"))
                .and(TARGET_FIGURE.COUNT_KIND.eq(CountKind.NOTIFIED_BY_PLATFORM))
                .and(Published.listedFigure(TARGET_FIGURE)).fetch(TARGET_FIGURE.ID);
        assertThat(query.count(WHATSAPP_2019)).isEqualTo(listed.size()).isGreaterThan(15);
        assertThat(rows).extracting(TargetedPerMillion::figureId).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(rows).extracting(row -> row.area().name()).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(row -> assertThat(row.countKind()).isEqualTo(CountKind.NOTIFIED_BY_PLATFORM));
    }

    @Test
    void eachRowIsOneStoredFigureNeverASumOfSeveral() {
        for (CountKind kind : CountKind.values()) {
            for (TargetedPerMillion row : query.find(WHATSAPP_2019.withCountKind(kind),
                    ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE)) {
                assertThat(row.countKind()).isEqualTo(kind);
                assertThat(db.fetchExists(TARGET_FIGURE, TARGET_FIGURE.INCIDENT_ID.eq(row.incidentId())
                        .and(TARGET_FIGURE.COUNT_KIND.eq(kind))
                        .and(TARGET_FIGURE.TARGETED_COUNT.eq(row.targetedCount()))
                        .and(TARGET_FIGURE.SOURCE_QUOTE.eq(row.figureSource().quote()))))
                        .as("%s %s is a stored figure", row.area().name(), kind).isTrue();
            }
        }
    }

    @Test
    void filtersNarrowTheRowsByIncidentCountryAndYears() {
        ExposureFilter allNotified = ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM);

        assertThat(query.find(allNotified, ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE))
                .extracting(TargetedPerMillion::incidentId).contains("WA2019", "PAR2025", "META2021", "APL2023");
        assertThat(query.find(allNotified.withCountries(java.util.Set.of("IN")).withWorldwide(false),
                ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE))
                .extracting(TargetedPerMillion::incidentId)
                .containsExactlyInAnyOrder("WA2019", "APL2023", "APL2024", "GTAGWARN-XX2019");
        assertThat(query.find(allNotified.withYears(2023, 2025).withWorldwide(false),
                ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE))
                .extracting(row -> row.incidentId() + " " + row.area().countryIso2())
                .containsExactlyInAnyOrder("APL2023 IN", "APL2024 IN", "PAR2025 IT", "IR2025 IR");
    }

    @Test
    void aLeakedListIsNeverDividedByOnePlatformsUsers() {
        TargetedPerMillion mexico = query.find(ExposureFilter.of(CountKind.LEAKED_LIST_ENTRIES)
                        .withIncidents(java.util.Set.of("PP2021")).withCountries(java.util.Set.of("MX")),
                ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE).stream()
                .filter(row -> "MX".equals(row.area().countryIso2())).findFirst().orElseThrow();

        assertThat(mexico.perMillion()).isNull();
        assertThat(mexico.rateUnavailable()).isEqualTo(RateUnavailable.NOT_ONE_PLATFORM);
        // against internet users, 15,000 Mexican numbers (2016–17) have no figure within two years of 2016
        assertThat(query.find(ExposureFilter.of(CountKind.LEAKED_LIST_ENTRIES)
                        .withDenominator(Denominator.INTERNET_USERS).withCountries(java.util.Set.of("HU"))
                        .withWorldwide(false), ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE))
                .singleElement().satisfies(hungary -> {
                    assertThat(hungary.userBase().users()).isEqualTo(8_605_069L);
                    assertThat(hungary.perMillion()).isEqualByComparingTo(perMillion(300, 8_605_069L));
                });
    }

    @Test
    void theHighestRatesAndEachCountrysHighestAreTheTopOfTheWholeRanking() {
        boolean someCountryHasSeveralRates = false;
        for (CountKind kind : CountKind.values()) {
            for (Denominator denominator : Denominator.values()) {
                ExposureFilter filter = ExposureFilter.of(kind).withDenominator(denominator).withWorldwide(false);
                List<TargetedPerMillion> ranked = query.find(filter, ExposureSort.HIGHEST_RATE_FIRST, 0,
                        Integer.MAX_VALUE).stream()
                        .filter(row -> row.perMillion() != null).toList();
                java.util.Map<String, TargetedPerMillion> bestPerCountry = new java.util.LinkedHashMap<>();
                ranked.forEach(row -> bestPerCountry.putIfAbsent(row.area().countryIso2(), row));

                // the same figures in the same order; a chart's rows leave their competing figures out
                assertThat(query.highest(filter, 3)).as("%s per %s", kind, denominator)
                        .extracting(TargetedPerMillion::figureId, TargetedPerMillion::perMillion)
                        .containsExactlyElementsOf(ranked.subList(0, Math.min(3, ranked.size())).stream()
                                .map(row -> tuple(row.figureId(), row.perMillion())).toList());
                assertThat(query.highestPerCountry(filter)).as("%s per %s", kind, denominator)
                        .extracting(TargetedPerMillion::figureId, TargetedPerMillion::perMillion)
                        .containsExactlyElementsOf(bestPerCountry.values().stream()
                                .map(row -> tuple(row.figureId(), row.perMillion())).toList());
                assertThat(query.highestPerCountry(filter)).allMatch(row -> row.competingFigures().isEmpty());
                assertThat(query.countWithRate(filter)).isEqualTo(ranked.size());
                // a whole kind is counted from the tally, a narrower filter over the rates: both as listed
                assertThat(query.count(filter)).isEqualTo(query.find(filter, ExposureSort.HIGHEST_RATE_FIRST, 0,
                        Integer.MAX_VALUE).size());
                assertThat(query.count(filter.withWorldwide(true)))
                        .isEqualTo(query.find(filter.withWorldwide(true), ExposureSort.HIGHEST_RATE_FIRST, 0,
                                Integer.MAX_VALUE).size());
                someCountryHasSeveralRates |= bestPerCountry.size() < ranked.size();
            }
        }
        // "one per country" was a real choice somewhere, not only the identity
        assertThat(someCountryHasSeveralRates).isTrue();
    }

    @Test
    void anotherCountKindOrYearShowsNothingRatherThanMixingKinds() {
        assertThat(query.count(WHATSAPP_2019.withCountKind(CountKind.CONFIRMED_FORENSIC))).isZero();
        assertThat(query.count(WHATSAPP_2019.withYears(2021, 2021))).isZero();
    }

    @Test
    void pagesHonourOffsetAndLimitInAStableOrder() {
        ExposureSort mostPeopleFirst = new ExposureSort(ExposureSort.Column.PEOPLE_TARGETED, false);
        List<TargetedPerMillion> all = query.find(WHATSAPP_2019, mostPeopleFirst, 0, Integer.MAX_VALUE);

        assertThat(all).extracting(TargetedPerMillion::targetedCount).startsWith(1400, 456, 121, 82, 69)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(query.find(WHATSAPP_2019, mostPeopleFirst, 1, 3)).isEqualTo(all.subList(1, 4));
        assertThat(query.find(WHATSAPP_2019, mostPeopleFirst, 15, 50)).isEqualTo(all.subList(15, 17));
        assertThat(query.find(WHATSAPP_2019, new ExposureSort(ExposureSort.Column.AREA, true), 0, 3))
                .extracting(row -> row.area().name()).containsExactly("Bahrain", "Canada", "France");
    }

    @Test
    @Transactional
    void noRateIsShownWhenThePeopleCountedAreNotThatCountrysUsers() {
        TargetedPerMillion testland = testland(DenominatorRule.NO_RATE, UserFigure.verified(1_000_000L, 2019));

        assertThat(testland.perMillion()).isNull();
        assertThat(testland.rateUnavailable()).isEqualTo(RateUnavailable.NOT_THE_AREAS_USERS);
    }

    @Test
    @Transactional
    void noRateIsShownWhenTheOnlyUserFigureIsYearsAwayFromTheIncident() {
        TargetedPerMillion testland = testland(null,
                UserFigure.verified(1_000_000L, 2019 + TargetedPerMillionQuery.MAX_YEAR_GAP + 1));

        assertThat(testland.userBase()).isNull();
        assertThat(testland.perMillion()).isNull();
        assertThat(testland.rateUnavailable()).isEqualTo(RateUnavailable.NO_USER_BASE_NEARBY);
    }

    @Test
    @Transactional
    void theUserFigureNearestInTimeIsTheDenominatorAndItsGapIsReported() {
        TargetedPerMillion testland = testland(null, UserFigure.verified(4_000_000L, 2017),
                UserFigure.verified(2_000_000L, 2020));

        assertThat(testland.userBase().users()).isEqualTo(2_000_000L);
        assertThat(testland.yearGap()).isEqualTo(1);
        assertThat(testland.userFigureWhen()).isEqualTo("1 year later");
        assertThat(testland.describeYearGap()).isEqualTo("user figure 1 year later");
        assertThat(testland.perMillion()).isEqualByComparingTo("5");
    }

    @Test
    @Transactional
    void aVerifiedUserFigureIsPreferredToAnUnverifiedOneFromTheIncidentsYear() {
        TargetedPerMillion testland = testland(null, new UserFigure(1_000_000L, 2019, false, MONTHLY_ACTIVE),
                UserFigure.verified(2_000_000L, 2021));

        assertThat(testland.userBase().verified()).isTrue();
        assertThat(testland.userBase().users()).isEqualTo(2_000_000L);
        assertThat(testland.yearGap()).isEqualTo(2);
        assertThat(testland.userFigureWhen()).isEqualTo("2 years later");
    }

    @Test
    void aSubsetOfAFigureIsNeitherARowNorACompetingValueBesideItsParent() {
        // WA2019-XX-CS: "at least 100 members of civil society" among the about 1,400 worldwide
        assertThat(row(null).targetedCount()).isEqualTo(1400);
        assertThat(row(null).competingFigures()).extracting(CompetingFigure::targetedCount).containsExactly(1223);
    }

    @Test
    void aSubsetCountedAnotherWayIsARowOfItsOwnKind() {
        // WA2019-IN-DATA: the 20 whose data was accessed, per the Government of India, part of the 121 notified
        List<TargetedPerMillion> official = query.find(
                WHATSAPP_2019.withCountKind(CountKind.OFFICIAL_DISCLOSURE), ExposureSort.HIGHEST_RATE_FIRST, 0,
                        Integer.MAX_VALUE);

        assertThat(official).singleElement().satisfies(india -> {
            assertThat(india.area().countryIso2()).isEqualTo("IN");
            assertThat(india.targetedCount()).isEqualTo(20);
        });
    }

    @Test
    void aRateIsPerUserOfTheChosenKindAndNeverPerDevice() {
        TargetedPerMillion india = row("IN", WHATSAPP_2019.withDenominator(Denominator.INTERNET_USERS));

        assertThat(india.userBase().metric()).isEqualTo(UserBaseMetric.INTERNET_USERS);
        // the ITU's 29.5235% of India's 1,389,030,312 people in 2019 (World Bank data files, V14)
        assertThat(india.userBase().users()).isEqualTo(410_090_364L);
        assertThat(india.yearGap()).isZero();
        assertThat(india.userFigureWhen()).isEqualTo("the same years");
        assertThat(india.describeYearGap()).isNull();
        assertThat(india.perMillion()).isEqualByComparingTo(perMillion(121, 410_090_364L));
        TargetedPerMillion byPopulation = row("IN", WHATSAPP_2019.withDenominator(Denominator.POPULATION));
        assertThat(byPopulation.userBase().metric()).isEqualTo(UserBaseMetric.POPULATION);
        assertThat(byPopulation.userBase().users()).isEqualTo(1_389_030_312L);
        assertThat(byPopulation.perMillion()).isEqualByComparingTo(perMillion(121, 1_389_030_312L));
    }

    @Test
    @Transactional
    void devicesAreNotUsersSoTheyAreNeverAPlatformUserDenominator() {
        TargetedPerMillion testland = testland(null, new UserFigure(1_000_000L, 2019, true, "active_devices"));

        assertThat(testland.rateUnavailable()).isEqualTo(RateUnavailable.NO_USER_BASE_NEARBY);
    }

    private TargetedPerMillion row(String countryIso2) {
        return row(countryIso2, WHATSAPP_2019);
    }

    private TargetedPerMillion row(String countryIso2, ExposureFilter filter) {
        return query.find(filter, ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE).stream()
                .filter(r -> Objects.equals(r.area().countryIso2(), countryIso2))
                .findFirst().orElseThrow(() -> new AssertionError("No row for " + countryIso2));
    }

    private static BigDecimal perMillion(long targeted, long users) {
        return BigDecimal.valueOf(targeted).multiply(BigDecimal.valueOf(1_000_000))
                .divide(BigDecimal.valueOf(users), TargetedPerMillionQuery.RATE_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Testland's row once its figure, 10 people notified in WhatsApp 2019 (with the denominator rule, unless null),
     * and these user figures are stored. Testland is a made-up country ZZ; the test's transaction rolls it back.
     */
    private TargetedPerMillion testland(DenominatorRule rule, UserFigure... userFigures) {
        db.insertInto(COUNTRY, COUNTRY.ISO2, COUNTRY.ISO3, COUNTRY.ISO_NUMERIC, COUNTRY.NAME)
                .values("ZZ", "ZZZ", "999", "Testland").execute();
        long sourceId = db.insertInto(SOURCE, SOURCE.TITLE, SOURCE.URL)
                .values("Test source", "https://example.org/test").returning(SOURCE.ID).fetchOne(SOURCE.ID);
        TargetFigureRecord figure = db.newRecord(TARGET_FIGURE);
        figure.setReferenceId("TEST-ZZ");
        figure.setIncidentId("WA2019");
        figure.setArea("country");
        figure.setCountryIso2("ZZ");
        figure.setTargetedCount(10);
        figure.setCountKind(CountKind.NOTIFIED_BY_PLATFORM);
        figure.setSourceId(sourceId);
        figure.setSourceQuote("10 people");
        figure.setVerified(true);
        figure.setPreferred(true);
        if (rule != null) {
            figure.setDenominatorRule(rule);
        }
        figure.store();
        for (UserFigure userFigure : userFigures) {
            insertUserBase(userFigure, sourceId);
        }
        rates.rebuild(); // the rows above were written around the curation, which would have announced them
        return row("ZZ");
    }

    /** A WhatsApp user figure of Testland's, in users of the metric's kind. */
    private record UserFigure(long users, int year, boolean verified, String metric) {

        static UserFigure verified(long users, int year) {
            return new UserFigure(users, year, true, MONTHLY_ACTIVE);
        }
    }

    private void insertUserBase(UserFigure userFigure, long sourceId) {
        long users = userFigure.users();
        db.insertInto(PLATFORM_USER_BASE)
                .set(PLATFORM_USER_BASE.REFERENCE_ID, "UB-TEST-ZZ-%d-%s-%d".formatted(userFigure.year(),
                        userFigure.metric(), users))
                .set(PLATFORM_USER_BASE.PLATFORM_ID,
                        db.select(PLATFORM.ID).from(PLATFORM).where(PLATFORM.NAME.eq("WhatsApp")).asField())
                .set(PLATFORM_USER_BASE.AREA, "country")
                .set(PLATFORM_USER_BASE.COUNTRY_ISO2, "ZZ")
                .set(PLATFORM_USER_BASE.USERS, users)
                .set(PLATFORM_USER_BASE.METRIC, StoredCode.fromCode(UserBaseMetric.class, userFigure.metric()))
                .set(PLATFORM_USER_BASE.AS_OF_YEAR, userFigure.year())
                .set(PLATFORM_USER_BASE.SOURCE_ID, sourceId)
                .set(PLATFORM_USER_BASE.SOURCE_QUOTE, users + " users")
                .set(PLATFORM_USER_BASE.VERIFIED, userFigure.verified())
                .execute();
    }
}
