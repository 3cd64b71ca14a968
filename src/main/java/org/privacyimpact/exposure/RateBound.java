package org.privacyimpact.exposure;

import java.math.BigDecimal;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.ExplainedCode;
import org.privacyimpact.dataset.Term;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * How a rate relates to the true rate, worked out from how exactly its two numbers are stated: "about 1,400"
 * people divided by "at least 1.5 billion" users is at most about 0.93 per million, not 0.93. A count stated as
 * a minimum, or of a kind that is one (forensic confirmations), makes the rate a minimum; a denominator stated as
 * a minimum makes it a maximum; both together leave no bound at all.
 */
@RequiredArgsConstructor
public enum RateBound implements ExplainedCode {
    EXACT(new Term("exact", "exact", "Both numbers are stated without \"about\", \"at least\" or \"at most\".")),
    APPROXIMATE(new Term("approximate", "about", "At least one of the two numbers is approximate.")),
    AT_LEAST(new Term("at_least", "at least",
            "A lower bound: the people counted are a minimum (or the users a maximum), so the true rate may be "
                    + "higher.")),
    AT_LEAST_ABOUT(new Term("at_least_approximate", "at least about",
            "A lower bound, and approximate: the people counted are a minimum (or the users a maximum) and one "
                    + "number is approximate.")),
    AT_MOST(new Term("at_most", "at most",
            "An upper bound: the users are a minimum (or the people counted a maximum), so the true rate may be "
                    + "lower.")),
    AT_MOST_ABOUT(new Term("at_most_approximate", "at most about",
            "An upper bound, and approximate: the users are a minimum (or the people counted a maximum) and one "
                    + "number is approximate.")),
    NO_BOUND(new Term("no_bound", "roughly",
            "Neither a lower nor an upper bound: one number is a minimum and the other a maximum in effect, so the "
                    + "true rate may be higher or lower."));

    /** Its label is the bound alone, in words: "at most about", "exact". */
    @Getter
    private final Term term;

    /**
     * The bound of {@code count} people of a kind divided by {@code users}. Which way each pushes the rate: a
     * count "at least", or of a kind that is a minimum by nature (forensic confirmations), pushes it up; users
     * "at least" push it down; "at most" the other way round.
     */
    public static RateBound of(CountKind kind, ValueQualifier count, ValueQualifier users) {
        boolean up = kind.countsAMinimum() || count == ValueQualifier.AT_LEAST || users == ValueQualifier.AT_MOST;
        boolean down = count == ValueQualifier.AT_MOST || users == ValueQualifier.AT_LEAST;
        boolean approximate = count == ValueQualifier.APPROXIMATE || users == ValueQualifier.APPROXIMATE;
        if (up && down) {
            return NO_BOUND;
        }
        if (up) {
            return approximate ? AT_LEAST_ABOUT : AT_LEAST;
        }
        if (down) {
            return approximate ? AT_MOST_ABOUT : AT_MOST;
        }
        return approximate ? APPROXIMATE : EXACT;
    }

    /** The words before a rate: "at most about " (empty for an exact rate). */
    public String prefix() {
        return this == EXACT ? "" : label() + " ";
    }

    /** The rate in words as a reader sees it: "at most about 0.93". */
    public String describe(BigDecimal rate) {
        return prefix() + RateFormat.perMillion(rate);
    }
}
