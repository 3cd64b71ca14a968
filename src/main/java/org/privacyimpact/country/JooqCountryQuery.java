package org.privacyimpact.country;

import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.country.CountryProfile.UserBaseLine;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.dataset.SourceCitation;
import org.springframework.stereotype.Component;

@Component
@ReadOnlyTransactional
@RequiredArgsConstructor
class JooqCountryQuery implements CountryQuery {

    private final DSLContext db;

    @Override
    public Optional<CountryProfile> profile(String iso2) {
        if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        var country = db.selectFrom(COUNTRY).where(COUNTRY.ISO2.eq(iso2)).fetchOne();
        if (country == null) {
            return Optional.empty();
        }
        var kinds = db.selectDistinct(TARGET_FIGURE.COUNT_KIND).from(TARGET_FIGURE)
                .where(TARGET_FIGURE.COUNTRY_ISO2.eq(iso2)).and(Published.figure(TARGET_FIGURE))
                .fetch(TARGET_FIGURE.COUNT_KIND).stream().sorted().toList();
        var bases = db.select(PLATFORM.NAME, PLATFORM_USER_BASE.METRIC, PLATFORM_USER_BASE.USERS,
                        PLATFORM_USER_BASE.USERS_QUALIFIER, PLATFORM_USER_BASE.AS_OF_YEAR,
                        PLATFORM_USER_BASE.AS_OF_MONTH, PLATFORM_USER_BASE.VERIFIED, PLATFORM_USER_BASE.NOTES,
                        PLATFORM_USER_BASE.SOURCE_QUOTE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL,
                        SOURCE.PUBLISHED_ON)
                .from(PLATFORM_USER_BASE)
                .join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID))
                .join(SOURCE).on(SOURCE.ID.eq(PLATFORM_USER_BASE.SOURCE_ID))
                .where(PLATFORM_USER_BASE.COUNTRY_ISO2.eq(iso2)).and(Published.userBase(PLATFORM_USER_BASE))
                .orderBy(PLATFORM.NAME, PLATFORM_USER_BASE.AS_OF_YEAR, PLATFORM_USER_BASE.AS_OF_MONTH.nullsFirst())
                .fetch(r -> new UserBaseLine(r.get(PLATFORM.NAME), r.get(PLATFORM_USER_BASE.METRIC),
                        r.get(PLATFORM_USER_BASE.USERS), r.get(PLATFORM_USER_BASE.USERS_QUALIFIER),
                        r.get(PLATFORM_USER_BASE.AS_OF_MONTH) == null ? String.valueOf(r.get(PLATFORM_USER_BASE.AS_OF_YEAR))
                                : "%d-%02d".formatted(r.get(PLATFORM_USER_BASE.AS_OF_YEAR), r.get(PLATFORM_USER_BASE.AS_OF_MONTH)),
                        r.get(PLATFORM_USER_BASE.VERIFIED), r.get(PLATFORM_USER_BASE.NOTES),
                        new SourceCitation(r.get(SOURCE.TITLE), r.get(SOURCE.PUBLISHER), r.get(SOURCE.URL),
                                r.get(SOURCE.PUBLISHED_ON), r.get(PLATFORM_USER_BASE.SOURCE_QUOTE))));
        return Optional.of(new CountryProfile(country.getIso2().trim(), country.getIso3().trim(),
                country.getIsoNumeric() == null ? null : country.getIsoNumeric().trim(), country.getName(),
                country.getUnRegion(), country.getUnSubregion(), kinds, bases));
    }
}
