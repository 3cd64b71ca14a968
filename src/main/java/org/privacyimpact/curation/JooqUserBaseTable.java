package org.privacyimpact.curation;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.dataset.CuratedChange;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.db.tables.records.PlatformUserBaseRecord;
import org.springframework.stereotype.Component;

/** User figures (platform users, internet users, population), keyed by reference id; made up if none is given. */
@Component
class JooqUserBaseTable extends JooqCuratedTable<UserBaseDraft, PlatformUserBaseRecord> {

    JooqUserBaseTable(DSLContext db, JooqCurationLookup lookup) {
        super(db, lookup, CuratedType.USER_BASE, PLATFORM_USER_BASE, PLATFORM_USER_BASE.REFERENCE_ID,
                Published.userBase(PLATFORM_USER_BASE));
    }

    @Override
    Optional<Versioned<UserBaseDraft>> read(String referenceId) {
        return db.select(PLATFORM_USER_BASE.asterisk(), PLATFORM.NAME, SOURCE.URL)
                .from(PLATFORM_USER_BASE)
                .join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID))
                .join(SOURCE).on(SOURCE.ID.eq(PLATFORM_USER_BASE.SOURCE_ID))
                .where(keyIs(referenceId))
                .fetchOptional(r -> versioned(referenceId, new UserBaseDraft(referenceId, r.get(PLATFORM.NAME),
                        Areas.trimmed(r.get(PLATFORM_USER_BASE.COUNTRY_ISO2)), r.get(PLATFORM_USER_BASE.USERS),
                        r.get(PLATFORM_USER_BASE.USERS_QUALIFIER),
                        r.get(PLATFORM_USER_BASE.METRIC), r.get(PLATFORM_USER_BASE.AS_OF_YEAR),
                        r.get(PLATFORM_USER_BASE.AS_OF_MONTH), r.get(PLATFORM_USER_BASE.VERIFIED),
                        r.get(PLATFORM_USER_BASE.NOTES), r.get(SOURCE.URL), r.get(PLATFORM_USER_BASE.SOURCE_QUOTE)),
                        r));
    }

    @Override
    void fill(PlatformUserBaseRecord record, UserBaseDraft draft) {
        record.setReferenceId(draft.referenceId());
        record.setPlatformId(lookup.platformId(draft.platform()).orElseThrow());
        record.setArea(Areas.of(draft.countryIso2()));
        record.setCountryIso2(draft.countryIso2());
        record.setUsers(draft.users());
        record.setUsersQualifier(draft.usersQualifier());
        record.setMetric(draft.metric());
        record.setAsOfYear(draft.asOfYear());
        record.setAsOfMonth(draft.asOfMonth());
        record.setVerified(draft.verified());
        record.setNotes(draft.notes());
        record.setSourceId(lookup.sourceIdOf(draft.sourceUrl()).orElseThrow());
        record.setSourceQuote(draft.sourceQuote());
    }

    @Override
    List<FieldProblem> problems(DraftChecks checks, UserBaseDraft draft, String storedKey) {
        return checks.userBase(draft, storedKey == null);
    }

    /** A reference id in the reference files' pattern, e.g. UB-WHATSAPP-IN-2019-11, made unique with a suffix. */
    @Override
    UserBaseDraft keyed(UserBaseDraft draft) {
        if (draft.referenceId() != null) {
            return draft;
        }
        String base = "UB-" + draft.platform().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") + "-"
                + (draft.countryIso2() == null ? "XX" : draft.countryIso2()) + "-" + draft.asOfYear()
                + (draft.asOfMonth() == null ? "" : "-%02d".formatted(draft.asOfMonth()));
        String candidate = base;
        for (int suffix = 2; lookup.userBaseExists(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return draft.withKey(candidate);
    }

    @Override
    List<CuratedRow> list(String text, boolean includeRetired, int offset, int limit) {
        return db.select(PLATFORM_USER_BASE.REFERENCE_ID, PLATFORM.NAME,
                        coalesce(COUNTRY.NAME, inline("Worldwide")), PLATFORM_USER_BASE.USERS,
                        PLATFORM_USER_BASE.METRIC, PLATFORM_USER_BASE.AS_OF_YEAR, PLATFORM_USER_BASE.VERIFIED,
                        PLATFORM_USER_BASE.RETIRED_AT)
                .from(listedFrom())
                .leftJoin(COUNTRY).on(COUNTRY.ISO2.eq(PLATFORM_USER_BASE.COUNTRY_ISO2))
                .where(listed(text, includeRetired))
                .orderBy(PLATFORM.NAME, PLATFORM_USER_BASE.REFERENCE_ID).offset(offset).limit(limit)
                .fetch(r -> new CuratedRow(r.value1(), r.value2() + " · " + r.value3(),
                        "%,d %s in %d%s".formatted(r.value4(), r.value5().label(),
                                r.value6(), r.value7() ? "" : ", unverified"), r.value8() != null));
    }

    @Override
    Table<?> listedFrom() {
        return PLATFORM_USER_BASE.join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID));
    }

    @Override
    Condition matching(String words) {
        return PLATFORM_USER_BASE.REFERENCE_ID.containsIgnoreCase(words)
                .or(PLATFORM.NAME.containsIgnoreCase(words))
                .or(PLATFORM_USER_BASE.COUNTRY_ISO2.eq(words.toUpperCase(Locale.ROOT)));
    }

    @Override
    List<String> missingFor(String referenceId) {
        return lookup.isPublishedSource(read(referenceId).orElseThrow().draft().sourceUrl())
                ? List.of() : List.of("its source is retired");
    }

    @Override
    List<CuratedChange> changesOf(PlatformUserBaseRecord userBase) {
        return List.of(new CuratedChange.UserBaseChanged(userBase.getCountryIso2(), userBase.getAsOfYear()));
    }
}
