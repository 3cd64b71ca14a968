package org.privacyimpact.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.springframework.beans.factory.annotation.Autowired;

/** The coverage table counts exactly the rows the comparison (and so the API) lists for countries. */
@IntegrationTest
class RateCoverageQueryTest {

    @Autowired
    RateCoverageQuery coverage;

    @Autowired
    TargetedPerMillionQuery comparison;

    @Test
    void everyCountKindAndDenominatorMatchesTheRowsTheComparisonLists() {
        List<RateCoverage> entries = coverage.coverage();

        assertThat(entries).hasSize(CountKind.values().length * Denominator.values().length);
        for (RateCoverage entry : entries) {
            List<TargetedPerMillion> rows = comparison.find(ExposureFilter.of(entry.kind())
                    .withDenominator(entry.denominator()).withWorldwide(false), ExposureSort.HIGHEST_RATE_FIRST,
                    0, Integer.MAX_VALUE);
            Map<RateUnavailable, Integer> reasons = rows.stream().map(TargetedPerMillion::rateUnavailable)
                    .filter(Objects::nonNull).collect(Collectors.toMap(reason -> reason, reason -> 1, Integer::sum,
                            () -> new EnumMap<>(RateUnavailable.class)));

            String what = entry.kind() + " per " + entry.denominator();
            assertThat(entry.figures()).as(what).isEqualTo(rows.size());
            assertThat(entry.withRate()).as(what).isEqualTo(rows.stream().filter(row -> row.perMillion() != null)
                    .count());
            assertThat(entry.withoutRate()).as(what).isEqualTo(reasons);
        }
    }

    /** The founding case's kind: most platform notifications have no platform figure yet, and the table says so. */
    @Test
    void notificationsWithoutAPlatformFigureAreCountedWithTheirReason() {
        RateCoverage notified = coverage.coverage().stream()
                .filter(entry -> entry.kind() == CountKind.NOTIFIED_BY_PLATFORM
                        && entry.denominator() == Denominator.PLATFORM_USERS)
                .findFirst().orElseThrow();

        assertThat(notified.withRate()).isPositive().isLessThan(notified.figures());
        assertThat(notified.withoutRate()).containsKey(RateUnavailable.NO_USER_BASE_NEARBY);
        assertThat(notified.withRate() + notified.withoutRate().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(notified.figures());
        assertThat(notified.percentWithRate()).isEqualTo(100 * notified.withRate() / notified.figures());
    }

    /** Every gap listed is a country whose rows wait for a user figure, and every such row is in a gap. */
    @Test
    void theMissingUserFiguresAreExactlyTheRowsWithoutAUserFigureNearby() {
        for (Denominator denominator : Denominator.values()) {
            Map<String, Integer> expected = new java.util.TreeMap<>();
            for (CountKind kind : CountKind.values()) {
                comparison.find(ExposureFilter.of(kind).withDenominator(denominator).withWorldwide(false),
                                ExposureSort.HIGHEST_RATE_FIRST, 0, Integer.MAX_VALUE).stream()
                        .filter(row -> row.rateUnavailable() == RateUnavailable.NO_USER_BASE_NEARBY)
                        .forEach(row -> expected.merge(row.area().name(), 1, Integer::sum));
            }
            Map<String, Integer> listed = new java.util.TreeMap<>();
            coverage.missingUserFigures().stream().filter(gap -> gap.denominator() == denominator)
                    .forEach(gap -> listed.merge(gap.country(), gap.figures(), Integer::sum));

            assertThat(listed).as(denominator.code()).isEqualTo(expected);
        }
        assertThat(coverage.missingUserFigures()).filteredOn(gap -> gap.denominator() == Denominator.PLATFORM_USERS)
                .isNotEmpty().allSatisfy(gap -> assertThat(gap.platform()).isNotBlank());
        assertThat(coverage.missingUserFigures()).filteredOn(gap -> gap.denominator() != Denominator.PLATFORM_USERS)
                .allSatisfy(gap -> assertThat(gap.platform()).isNull());
    }
}
