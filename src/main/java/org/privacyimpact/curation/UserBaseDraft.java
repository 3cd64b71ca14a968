package org.privacyimpact.curation;

import static org.privacyimpact.curation.CuratedDraft.auditValuesOf;
import static org.privacyimpact.curation.CuratedDraft.clean;

import java.util.Map;

import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;

/** A platform's user base (or internet users, or population) as a curator enters it; blank country = worldwide. */
public record UserBaseDraft(String referenceId, String platform, String countryIso2, Long users,
                            ValueQualifier usersQualifier, UserBaseMetric metric, Integer asOfYear, Integer asOfMonth,
                            boolean verified, String notes, String sourceUrl, String sourceQuote)
        implements CuratedDraft<UserBaseDraft> {

    static UserBaseDraft blank() {
        return new UserBaseDraft(null, null, null, null, null, null, null, null, false, null, null, null);
    }

    @Override
    public UserBaseDraft normalised() {
        return new UserBaseDraft(clean(referenceId), clean(platform), CuratedDraft.country(countryIso2), users,
                usersQualifier, metric, asOfYear, asOfMonth, verified, clean(notes), clean(sourceUrl),
                clean(sourceQuote));
    }

    @Override
    public UserBaseDraft withKey(String key) {
        return new UserBaseDraft(key, platform, countryIso2, users, usersQualifier, metric, asOfYear, asOfMonth,
                verified, notes, sourceUrl, sourceQuote);
    }

    @Override
    public Map<String, String> auditValues() {
        String asOf = asOfYear == null ? null
                : asOfMonth == null ? String.valueOf(asOfYear) : "%d-%02d".formatted(asOfYear, asOfMonth);
        return auditValuesOf("reference_id", referenceId, "platform", platform, "country_iso2", countryIso2,
                "users", users, "users_qualifier", usersQualifier, "metric", metric, "as_of", asOf,
                "verified", verified, "notes", notes, "source_url", sourceUrl, "source_quote", sourceQuote);
    }
}
