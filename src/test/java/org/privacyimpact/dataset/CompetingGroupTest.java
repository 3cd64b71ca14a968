package org.privacyimpact.dataset;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.db.tables.TargetFigure;
import org.privacyimpact.db.tables.records.TargetFigureRecord;
import org.springframework.beans.factory.annotation.Autowired;

/** The group a figure competes in means the same in Java, in SQL for a value and in SQL between two figures. */
@IntegrationTest
class CompetingGroupTest {

    private static final TargetFigure OTHER = TARGET_FIGURE.as("other");

    @Autowired
    DSLContext db;

    @Test
    void everyFigureFindsExactlyItsGroupAndEachGroupHasOnePreferredAtMost() {
        List<TargetFigureRecord> figures = db.selectFrom(TARGET_FIGURE).where(Published.figure(TARGET_FIGURE)).fetch();
        Map<CompetingGroup, List<TargetFigureRecord>> groups = figures.stream()
                .collect(groupingBy(figure -> CompetingGroup.of(figure, TARGET_FIGURE)));
        // the curated data has competing values, worldwide figures and subsets: the groups are not all single
        assertThat(groups.size()).isLessThan(figures.size());
        assertThat(groups.keySet()).anyMatch(group -> group.countryIso2() == null)
                .anyMatch(group -> group.subsetOf() != null);

        groups.forEach((group, members) -> {
            List<Long> ids = members.stream().map(TargetFigureRecord::getId).toList();
            assertThat(db.select(TARGET_FIGURE.ID).from(TARGET_FIGURE)
                    .where(group.members(TARGET_FIGURE)).and(Published.figure(TARGET_FIGURE))
                    .fetch(TARGET_FIGURE.ID)).as("%s", group).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(db.select(OTHER.ID).from(OTHER).join(TARGET_FIGURE).on(CompetingGroup.same(OTHER, TARGET_FIGURE))
                    .where(TARGET_FIGURE.ID.eq(ids.getFirst())).and(Published.figure(OTHER))
                    .fetch(OTHER.ID)).as("%s", group).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(members.stream().filter(TargetFigureRecord::getPreferred)).as("%s", group).hasSizeLessThan(2);
        });
    }
}
