package org.privacyimpact.dataset.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.reference.ReferenceData.FigureRow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard keeps counts, never the names of the people targeted. The reference research named people in
 * some descriptions; V19 says who they were by role instead. The names are not typed here: they are the words of
 * the reference's descriptions that V19 took out, and none of them may appear in any text the dashboard writes
 * itself (a figure's label, who was targeted, notes; an incident's name, summary and caveats). Quotes are the
 * sources' words, verbatim, and are the one place a name may stand.
 */
@IntegrationTest
class NoVictimNamesTest {

    /** The figures whose descriptions V19 rewrote; ReferenceFidelityTest compares their other fields. */
    static final Set<String> RENAMED_BY_ROLE = Set.of("PRD2021-EG", "MX2022-MX", "PL2021-FOR", "TG2024-RSF",
            "ESGOV2022-ES", "PRD2022-GR-FOR", "CNI2022-ES", "PAR2025-IT-CL", "PAR2026-IT-PROS", "PP2021-MA",
            "PP2021-ES");

    /**
     * Every capitalised word the rewritten descriptions may use: roles, organisations, places and peoples. A word
     * outside this list (a name left in, or put in) fails the test.
     */
    private static final Set<String> NOT_NAMES = Set.of("animal", "politico", "prime", "minister", "defence",
            "interior", "citizen", "lab", "catalan", "president", "generalitat", "catalangate", "fanpage",
            "mediterranea", "moroccan", "french", "algerians", "spanish", "sahrawi", "ngo", "pl", "par", "it", "cl");

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:'s)?");

    @Autowired
    DSLContext db;

    private final ReferenceData reference = ReferenceData.load();

    @Test
    void theRewrittenDescriptionsLostTheirNamesAndKeptEverythingElse() {
        Map<String, FigureRow> rows = reference.figures().stream()
                .filter(row -> RENAMED_BY_ROLE.contains(row.referenceId()))
                .collect(Collectors.toMap(FigureRow::referenceId, row -> row));
        assertThat(rows.keySet()).isEqualTo(RENAMED_BY_ROLE);
        for (FigureRow row : rows.values()) {
            String now = db.select(TARGET_FIGURE.VICTIM_GROUPS).from(TARGET_FIGURE)
                    .where(TARGET_FIGURE.REFERENCE_ID.eq(row.referenceId())).fetchSingle(TARGET_FIGURE.VICTIM_GROUPS);
            assertThat(removedNames(row.victimGroups(), now)).as(row.referenceId()).isNotEmpty();
            assertThat(capitalised(now).stream().filter(word -> !NOT_NAMES.contains(word)).toList())
                    .as(row.referenceId() + ": " + now).isEmpty();
        }
    }

    @Test
    void noNameTakenOutStandsAnywhereTheDashboardWritesItself() {
        Set<String> names = new TreeSet<>();
        for (FigureRow row : reference.figures()) {
            if (RENAMED_BY_ROLE.contains(row.referenceId())) {
                String now = db.select(TARGET_FIGURE.VICTIM_GROUPS, TARGET_FIGURE.LABEL).from(TARGET_FIGURE)
                        .where(TARGET_FIGURE.REFERENCE_ID.eq(row.referenceId())).fetchSingle()
                        .map(r -> r.get(TARGET_FIGURE.VICTIM_GROUPS) + " " + r.get(TARGET_FIGURE.LABEL));
                names.addAll(removedNames(row.victimGroups() + " " + row.label(), now));
            }
        }
        assertThat(names).as("names taken out").hasSizeGreaterThan(20);

        List<String> written = Stream.concat(
                db.select(TARGET_FIGURE.REFERENCE_ID, TARGET_FIGURE.LABEL, TARGET_FIGURE.VICTIM_GROUPS,
                        TARGET_FIGURE.NOTES).from(TARGET_FIGURE).fetch().stream().map(r -> r.get(0) + ": "
                        + r.get(1) + " | " + r.get(2) + " | " + r.get(3)),
                db.select(INCIDENT.ID, INCIDENT.NAME, INCIDENT.SHORT_NAME, INCIDENT.SUMMARY, INCIDENT.CAVEATS)
                        .from(INCIDENT).fetch().stream().map(r -> r.get(0) + ": " + r.get(1) + " | " + r.get(2)
                        + " | " + r.get(3) + " | " + r.get(4))).toList();
        for (String text : written) {
            Set<String> words = words(text);
            assertThat(names.stream().filter(words::contains).toList()).as(text).isEmpty();
        }
    }

    /**
     * The capitalised words of the reference's text that the rewritten text no longer has, compared without case
     * or accents ("senator" still there means "Senator" was not a name).
     */
    static Set<String> removedNames(String before, String after) {
        Set<String> kept = words(after);
        // a name is a capitalised word with small letters, not an abbreviation such as "PM"
        return WORD.matcher(before).results().map(match -> match.group().replaceAll("'s$", ""))
                .filter(word -> word.length() > 2 && Character.isUpperCase(word.charAt(0))
                        && !word.chars().allMatch(Character::isUpperCase))
                .map(NoVictimNamesTest::plain).filter(word -> !kept.contains(word))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The words that start with a capital letter, without case or accents. */
    private static Set<String> capitalised(String text) {
        return WORD.matcher(text).results().map(match -> match.group().replaceAll("'s$", ""))
                .filter(word -> Character.isUpperCase(word.charAt(0)))
                .map(NoVictimNamesTest::plain).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> words(String text) {
        return WORD.matcher(text).results().map(match -> plain(match.group().replaceAll("'s$", "")))
                .collect(Collectors.toSet());
    }

    private static String plain(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
