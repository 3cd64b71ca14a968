package org.privacyimpact.curation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.privacyimpact.common.Sha256;
import org.privacyimpact.curation.PersonListCounter.CountedFigure;
import org.privacyimpact.curation.PersonListMapping.CountryMeaning;
import org.privacyimpact.curation.PersonListMapping.ListDescription;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.RowNumbers;

/**
 * A figure counted from a list, written as any curated figure: its stable key, what it may be divided by, a
 * quote that states what was counted, and notes for readers. Nothing here comes from a name in the list.
 */
final class ListFigureDraft {

    private ListFigureDraft() {
    }

    static FigureDraft draft(String referenceId, CountedFigure figure, PersonListMapping mapping, boolean preferred,
                             String quote) {
        ListDescription list = mapping.list();
        return new FigureDraft(referenceId, figure.incidentId(),
                figure.worldwide() ? null : figure.country().iso2(), figure.people(), list.qualifier(), figure.kind(),
                // a list has one row per person, whatever its kind
                CountedUnit.PEOPLE, figure.periodStart(), figure.periodEnd(), list.victimGroups(), list.verified(), preferred, null,
                denominatorRule(mapping, figure), notes(mapping, figure), list.url().strip(), quote).normalised();
    }

    /** An operator's targets are not its own country's people; worldwide, everyone's users are the base. */
    static DenominatorRule denominatorRule(PersonListMapping mapping, CountedFigure figure) {
        if (mapping.countryMeaning() == CountryMeaning.OPERATOR && !figure.worldwide()) {
            return DenominatorRule.NO_RATE;
        }
        return mapping.list().onePlatform() ? DenominatorRule.AREA_USERS : DenominatorRule.SEVERAL_PLATFORMS;
    }

    /**
     * A stable key from the list's prefix and what the figure counts: the same figure of the next version of the
     * list gets the same key. Long incident ids are shortened to a checksum so the key stays within 40 characters.
     */
    static String referenceId(String prefix, CountedFigure figure) {
        String area = figure.worldwide() ? "WW" : figure.country().iso2();
        StringBuilder kind = new StringBuilder();
        for (String word : figure.kind().code().split("_")) {
            kind.append(Character.toUpperCase(word.charAt(0)));
        }
        String key = prefix + "-" + figure.incidentId() + "-" + area + "-" + kind;
        if (key.length() > JooqColumnLengths.FIGURE_REFERENCE_ID) {
            key = prefix + "-" + Sha256.hex(figure.incidentId().getBytes(StandardCharsets.UTF_8)).substring(0, 10) + "-"
                    + area + "-" + kind;
        }
        return key.toUpperCase(Locale.ROOT);
    }

    /** What was counted, stated so a reader can count it again in the same file. */
    static String quote(ListDescription list, LocalDate version, String sha256, CountryMeaning meaning,
                                CountedFigure figure) {
        String where = figure.worldwide() ? "all rows counted (with or without a country)"
                : "the rows whose " + meaning.label().replace("the ", "") + " is " + figure.country().name();
        String years = figure.periodStart() == null ? "" : figure.periodStart().equals(figure.periodEnd())
                ? ", year " + figure.periodStart() : ", years " + figure.periodStart() + "–" + figure.periodEnd();
        return "Counted by the dashboard in \"" + list.title().strip() + "\""
                + (list.publisher() == null || list.publisher().isBlank() ? "" : " (" + list.publisher().strip() + ")")
                + ", version of " + version + " (SHA-256 " + sha256.substring(0, 16) + "…): " + where
                + ", incident " + figure.incidentId() + ", " + figure.kind().label().toLowerCase(Locale.ROOT) + years
                + (figure.rows().size() == 1 ? " — row " : " — rows ") + RowNumbers.describe(figure.rows()) + ": "
                + figure.people()
                + (figure.people() == 1 ? " person." : " people.");
    }

    private static String notes(PersonListMapping mapping, CountedFigure figure) {
        String rate = mapping.countryMeaning() == CountryMeaning.OPERATOR && !figure.worldwide()
                ? " The country is the operator's: an operator's targets are not drawn from its own users, so no rate"
                + " is given."
                : "";
        String links = figure.rowSources().isEmpty() ? ""
                : " The rows cite " + figure.rowSources().size() + " link" + (figure.rowSources().size() == 1 ? "" : "s")
                + " of their own (the data API lists them with this figure).";
        return "Counted from a list with one row per person; the list's names are not stored." + links + rate;
    }
}
