package org.privacyimpact.dataset;

/** One user, internet-user or population figure with its source and verbatim quote. */
public record UserBaseRecord(String referenceId, String platform, Area area, long users, ValueQualifier qualifier,
                             UserBaseMetric metric, int asOfYear, Integer asOfMonth, boolean verified, String notes,
                             SourceCitation source) {

    public String asOf() {
        return asOfMonth == null ? String.valueOf(asOfYear) : "%d-%02d".formatted(asOfYear, asOfMonth);
    }
}
