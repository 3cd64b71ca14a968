package org.privacyimpact.curation;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.privacyimpact.dataset.DenominatorRule;

/**
 * A column that earlier downloads had and the current ones replace, read as its replacement so that a file a
 * curator downloaded before the change still imports.
 *
 * @param value turns the old column's cell into the new column's; a value it does not know is passed on as it
 *              is, so the new column's check names it
 */
record LegacyColumn(String name, String replacement, UnaryOperator<String> value) {

    /** Until dataset 2026.12.1 figures had no_rate (true or false) where they now have denominator_rule. */
    static final LegacyColumn NO_RATE = new LegacyColumn("no_rate", "denominator_rule",
            cell -> switch (cell.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> DenominatorRule.NO_RATE.code();
                case "false", "no", "" -> DenominatorRule.AREA_USERS.code();
                default -> cell;
            });
}
