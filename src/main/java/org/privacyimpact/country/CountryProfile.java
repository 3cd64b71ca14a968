package org.privacyimpact.country;

import java.util.List;

import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * A country as the dataset knows it: its codes and UN region, which kinds of figures exist for it, and every
 * user base, internet-user and population figure over time.
 */
public record CountryProfile(String iso2, String iso3, String isoNumeric, String name, String region,
                             String subregion, List<CountKind> kinds, List<UserBaseLine> userBases) {

    /** "Southern Asia (Asia) · country codes IN, IND, 356": where it is and the codes it goes by. */
    public String placeAndCodes() {
        return (region == null ? "" : (subregion == null ? region : subregion + " (" + region + ")") + " · ")
                + "country codes " + iso2 + ", " + iso3 + (isoNumeric == null ? "" : ", " + isoNumeric);
    }

    /** One user figure for the country, with its source. */
    public record UserBaseLine(String platform, UserBaseMetric metric, long users, ValueQualifier qualifier,
                               String asOf, boolean verified, String notes, SourceCitation source) {

        public String describe() {
            return qualifier.describe(users);
        }
    }
}
