package org.privacyimpact.country;

import java.util.Optional;

/** One country's profile. Read-only. */
public interface CountryQuery {

    /** Empty when the code is not an ISO 3166-1 alpha-2 code in the dataset. */
    Optional<CountryProfile> profile(String iso2);
}
