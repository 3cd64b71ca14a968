package org.privacyimpact.exposure;

import java.math.BigDecimal;

import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.StoredCode;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * How a rate relates to the true rate, worked out from how exactly its two numbers are stated: "about 1,400"
 * people divided by "at least 1.5 billion" users is at most about 0.93 per million, not 0.93. A count stated as
 * a minimum, or of a kind that is one (forensic confirmations), makes the rate a minimum; a denominator stated as
 * a minimum makes it a maximum; both together leave no bound at all.
 */
public enum RateBound implements StoredCode {
    EXACT("exact", "", "Both numbers are stated without \"about\", \"at least\" or \"at most\"."),
    APPROXIMATE("approximate", "about ", "At least one of the two numbers is approximate."),
    AT_LEAST("at_least", "at least ",
            "A lower bound: the people counted are a minimum (or the users a maximum), so the true rate may be higher."),
    AT_LEAST_ABOUT("at_least_approximate", "at least about ",
            "A lower bound, and approximate: the people counted are a minimum (or the users a maximum) and one "
                    + "number is approximate."),
    AT_MOST("at_most", "at most ",
            "An upper bound: the users are a minimum (or the people counted a maximum), so the true rate may be lower."),
    AT_MOST_ABOUT("at_most_approximate", "at most about ",
            "An upper bound, and approximate: the users are a minimum (or the people counted a maximum) and one "
                    + "number is approximate."),
    NO_BOUND("no_bound", "roughly ",
            "Neither a lower nor an upper bound: one number is a minimum and the other a maximum in effect, so the "
                    + "true rate may be higher or lower.");

    private final String code;
    private final String prefix;
    private final String explanation;

    RateBound(String code, String prefix, String explanation) {
        this.code = code;
        this.prefix = prefix;
        this.explanation = explanation;
    }

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

    @Override
    public String code() {
        return code;
    }

    /** The words before a rate: "at most about " (empty for an exact rate). */
    public String prefix() {
        return prefix;
    }

    /** What the bound means, for a reader. */
    public String explanation() {
        return explanation;
    }

    /** The bound alone, in words: "at most about", "exact". */
    public String words() {
        return prefix.isEmpty() ? "exact" : prefix.strip();
    }

    /** The rate in words as a reader sees it: "at most about 0.93". */
    public String describe(BigDecimal rate) {
        return prefix + RateFormat.perMillion(rate);
    }

    public static RateBound fromCode(String code) {
        return StoredCode.fromCode(RateBound.class, code);
    }
}
