package org.privacyimpact.curation;

import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.dataset.CompetingGroup;
import org.privacyimpact.dataset.Published;
import org.springframework.stereotype.Component;

/** What checks and the record tables ask of the dataset as it stands: does it exist, what is its number. */
@Component
@ReadOnlyTransactional
@RequiredArgsConstructor
class JooqCurationLookup {

    private final DSLContext db;

    boolean isCountry(String iso2) {
        return db.fetchExists(COUNTRY, COUNTRY.ISO2.eq(iso2));
    }

    /** The platform's kind (messaging, internet, population …); empty if there is no such platform. */
    Optional<String> platformKind(String name) {
        return db.select(PLATFORM.KIND).from(PLATFORM).where(PLATFORM.NAME.eq(name)).fetchOptional(PLATFORM.KIND);
    }

    /** Any incident, published or retired. */
    boolean incidentExists(String id) {
        return db.fetchExists(INCIDENT, INCIDENT.ID.eq(id));
    }

    boolean isPublishedIncident(String id) {
        return db.fetchExists(INCIDENT, INCIDENT.ID.eq(id).and(Published.incident(INCIDENT)));
    }

    /** A published source by URL. */
    boolean isPublishedSource(String url) {
        return db.fetchExists(SOURCE, SOURCE.URL.eq(url).and(Published.source(SOURCE)));
    }

    /** Any source, published or retired, other than the one with this number (null: none excluded). */
    boolean sourceUrlTaken(String url, Long exceptSourceId) {
        return db.fetchExists(SOURCE, SOURCE.URL.eq(url)
                .and(exceptSourceId == null ? DSL.noCondition() : SOURCE.ID.ne(exceptSourceId)));
    }

    /** The incident of a published figure; empty if there is none with that reference id. */
    Optional<String> incidentOfPublishedFigure(String referenceId) {
        return db.select(TARGET_FIGURE.INCIDENT_ID).from(TARGET_FIGURE)
                .where(TARGET_FIGURE.REFERENCE_ID.eq(referenceId)).and(Published.figure(TARGET_FIGURE))
                .fetchOptional(TARGET_FIGURE.INCIDENT_ID);
    }

    /** Any figure, published or retired. */
    boolean figureExists(String referenceId) {
        return db.fetchExists(TARGET_FIGURE, TARGET_FIGURE.REFERENCE_ID.eq(referenceId));
    }

    /** Any user base, published or retired. */
    boolean userBaseExists(String referenceId) {
        return db.fetchExists(PLATFORM_USER_BASE, PLATFORM_USER_BASE.REFERENCE_ID.eq(referenceId));
    }

    /** Another published figure already preferred in the draft's group (incident, area, kind, subset). */
    Optional<String> preferredRival(FigureDraft draft) {
        Long subsetOf = draft.subsetOf() == null ? null : figureId(draft.subsetOf()).orElse(null);
        CompetingGroup group = new CompetingGroup(draft.incidentId(), draft.countKind(),
                upperOrNull(draft.countryIso2()), subsetOf);
        return db.select(TARGET_FIGURE.REFERENCE_ID).from(TARGET_FIGURE)
                .where(group.members(TARGET_FIGURE))
                .and(TARGET_FIGURE.PREFERRED.isTrue())
                .and(Published.figure(TARGET_FIGURE))
                .and(draft.referenceId() == null ? DSL.noCondition()
                        : TARGET_FIGURE.REFERENCE_ID.ne(draft.referenceId()))
                .limit(1)
                .fetchOptional(TARGET_FIGURE.REFERENCE_ID);
    }

    /** Published sources by title, for choosing a figure's source. */
    List<CuratedRow> sourceChoices() {
        return db.select(SOURCE.URL, SOURCE.TITLE, SOURCE.PUBLISHER).from(SOURCE).where(Published.source(SOURCE))
                .orderBy(SOURCE.TITLE)
                .fetch(r -> new CuratedRow(r.value1(), r.value2(), r.value3(), false));
    }

    List<String> platformNames() {
        return db.select(PLATFORM.NAME).from(PLATFORM).orderBy(PLATFORM.NAME).fetch(PLATFORM.NAME);
    }

    /** Any source, published or retired. */
    Optional<Long> sourceIdOf(String url) {
        return db.select(SOURCE.ID).from(SOURCE).where(SOURCE.URL.eq(url)).fetchOptional(SOURCE.ID);
    }

    Optional<Long> figureId(String referenceId) {
        return db.select(TARGET_FIGURE.ID).from(TARGET_FIGURE).where(TARGET_FIGURE.REFERENCE_ID.eq(referenceId))
                .fetchOptional(TARGET_FIGURE.ID);
    }

    Optional<Long> platformId(String name) {
        return db.select(PLATFORM.ID).from(PLATFORM).where(PLATFORM.NAME.eq(name)).fetchOptional(PLATFORM.ID);
    }

    private static String upperOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
