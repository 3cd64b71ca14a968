package org.privacyimpact.exposure;

import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;

/** The denominator a rate was computed with, and where that number comes from. */
public record UserBase(String platform, long users, ValueQualifier qualifier, UserBaseMetric metric, int asOfYear,
                       Integer asOfMonth, boolean verified, String notes, SourceCitation source) {

    public String describe() {
        return qualifier.describeCompact(users) + " (" + asOf() + ")";
    }

    public String asOf() {
        return asOfMonth == null ? String.valueOf(asOfYear) : "%d-%02d".formatted(asOfYear, asOfMonth);
    }
}
