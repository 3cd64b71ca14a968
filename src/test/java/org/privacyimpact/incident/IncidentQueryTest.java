package org.privacyimpact.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.springframework.beans.factory.annotation.Autowired;

/** The incident list's filters, each bound on every call into SQL rendered once per set of filters. */
@IntegrationTest
class IncidentQueryTest {

    private static final IncidentSort NEWEST = IncidentSort.NEWEST_FIRST;

    @Autowired
    IncidentQuery query;

    @Test
    void eachCallFindsWithItsOwnWordsAndCountsTheSame() {
        IncidentFilter pegasus = words("pegasus");
        IncidentFilter predator = words("PREDATOR");

        List<String> withPegasus = ids(pegasus);
        List<String> withPredator = ids(predator);

        assertThat(withPegasus).contains("WA2019").isNotEqualTo(withPredator);
        assertThat(withPredator).isNotEmpty();
        assertThat(query.count(pegasus)).isEqualTo(withPegasus.size());
        assertThat(query.count(predator)).isEqualTo(withPredator.size());
    }

    /** A visitor's "_" is a character to find, not LIKE's wildcard that matches any character. */
    @Test
    void wordsAreFoundAsTheyAreTyped() {
        assertThat(query.count(words("_"))).isLessThan(query.count(IncidentFilter.ALL));
        assertThat(query.count(words("%"))).isLessThan(query.count(IncidentFilter.ALL));
    }

    @Test
    void countryKindAndYearsNarrowTheListAndPagesFollowEachOther() {
        IncidentFilter india = new IncidentFilter(null, null, null, CountKind.NOTIFIED_BY_PLATFORM, "IN", 2019, 2019);

        assertThat(ids(india)).contains("WA2019").doesNotContain("APL2023");
        assertThat(query.count(india)).isEqualTo(ids(india).size());

        List<String> first = query.find(IncidentFilter.ALL, NEWEST, 0, 5).stream().map(IncidentSummary::id).toList();
        List<String> second = query.find(IncidentFilter.ALL, NEWEST, 5, 5).stream().map(IncidentSummary::id).toList();
        assertThat(first).hasSize(5).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(5);
        assertThat(ids(IncidentFilter.ALL).subList(0, 10)).containsExactlyElementsOf(
                java.util.stream.Stream.concat(first.stream(), second.stream()).toList());
    }

    private List<String> ids(IncidentFilter filter) {
        return query.find(filter, NEWEST, 0, Integer.MAX_VALUE).stream().map(IncidentSummary::id).toList();
    }

    private static IncidentFilter words(String text) {
        return new IncidentFilter(text, null, null, null, null, null, null);
    }
}
