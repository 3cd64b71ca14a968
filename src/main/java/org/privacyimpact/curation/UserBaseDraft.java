package org.privacyimpact.curation;

import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;

/** A platform's user base (or internet users, or population) as a curator enters it; blank country = worldwide. */
public record UserBaseDraft(String referenceId, String platform, String countryIso2, Long users,
                            ValueQualifier usersQualifier, UserBaseMetric metric, Integer asOfYear, Integer asOfMonth,
                            boolean verified, String notes, String sourceUrl, String sourceQuote) {
}
