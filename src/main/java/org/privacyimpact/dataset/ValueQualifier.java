package org.privacyimpact.dataset;

import java.text.NumberFormat;
import java.util.Locale;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * How exactly a source states a number: "121", "approximately 1,400", "at least 100", "over 1.5 billion", "up to
 * 90".
 */
@RequiredArgsConstructor
public enum ValueQualifier implements StoredCode {
    EXACT("exact", ""),
    APPROXIMATE("approximate", "about "),
    AT_LEAST("at_least", "at least "),
    AT_MOST("at_most", "at most ");

    @Getter
    private final String code;
    private final String prefix;

    /** The qualifier alone, in words: "about", "at least", "exact". */
    public String words() {
        return prefix.isEmpty() ? "exact" : prefix.strip();
    }

    /** The number as a reader should see it, e.g. "about 1,400". */
    public String describe(long value) {
        return prefix + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    /** The number in words a policymaker reads quickly, e.g. "about 400 million". */
    public String describeCompact(long value) {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.LONG);
        compact.setMaximumFractionDigits(1);
        return prefix + compact.format(value);
    }
}
