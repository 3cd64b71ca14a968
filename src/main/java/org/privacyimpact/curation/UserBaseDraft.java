package org.privacyimpact.curation;

import static org.privacyimpact.curation.CuratedDraft.clean;
import static org.privacyimpact.curation.CuratedDraft.code;
import static org.privacyimpact.curation.CuratedDraft.text;

import java.util.LinkedHashMap;
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
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference_id", referenceId);
        values.put("platform", platform);
        values.put("country_iso2", countryIso2);
        values.put("users", text(users));
        values.put("users_qualifier", code(usersQualifier));
        values.put("metric", code(metric));
        values.put("as_of", asOfYear == null ? null
                : asOfMonth == null ? String.valueOf(asOfYear) : "%d-%02d".formatted(asOfYear, asOfMonth));
        values.put("verified", String.valueOf(verified));
        values.put("notes", notes);
        values.put("source_url", sourceUrl);
        values.put("source_quote", sourceQuote);
        return values;
    }
}
