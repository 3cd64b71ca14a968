package org.privacyimpact.curation;

import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.dataset.CuratedChange;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.db.tables.records.SourceRecord;
import org.springframework.stereotype.Component;

/** Sources, keyed by the number the database gives them; the URL is unique too, and figures cite it. */
@Component
class JooqSourceTable extends JooqCuratedTable<SourceDraft, SourceRecord> {

    JooqSourceTable(DSLContext db, JooqCurationLookup lookup) {
        super(db, lookup, CuratedType.SOURCE, SOURCE, SOURCE.ID, Published.source(SOURCE));
    }

    @Override
    Optional<Versioned<SourceDraft>> read(String key) {
        return db.selectFrom(SOURCE).where(keyIs(key))
                .fetchOptional(r -> versioned(key, new SourceDraft(r.getTitle(), r.getPublisher(), r.getUrl(),
                        r.getPublishedOn(), r.getPublishedYear(), r.getPublishedMonth()), r));
    }

    /** Any source, published or retired, by its URL. */
    Optional<Versioned<SourceDraft>> readByUrl(String url) {
        return lookup.sourceIdOf(url).flatMap(id -> read(String.valueOf(id)));
    }

    @Override
    void fill(SourceRecord record, SourceDraft draft) {
        record.setTitle(draft.title());
        record.setPublisher(draft.publisher());
        record.setUrl(draft.url());
        record.setPublishedOn(draft.publishedOn());
        record.setPublishedYear(draft.publishedYear());
        record.setPublishedMonth(draft.publishedMonth());
    }

    @Override
    List<FieldProblem> problems(DraftChecks checks, SourceDraft draft, String storedKey) {
        return checks.source(draft, number(storedKey));
    }

    @Override
    List<CuratedRow> list(String text, boolean includeRetired, int offset, int limit) {
        return db.select(SOURCE.ID, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL, SOURCE.RETIRED_AT)
                .from(SOURCE)
                .where(listed(text, includeRetired))
                .orderBy(SOURCE.TITLE, SOURCE.ID).offset(offset).limit(limit)
                .fetch(r -> new CuratedRow(String.valueOf(r.value1()), r.value2(),
                        (r.value3() == null ? "" : r.value3() + " · ") + r.value4(), r.value5() != null));
    }

    @Override
    Condition matching(String words) {
        return SOURCE.TITLE.containsIgnoreCase(words).or(SOURCE.URL.containsIgnoreCase(words))
                .or(SOURCE.PUBLISHER.containsIgnoreCase(words));
    }

    @Override
    List<String> usesOf(String key) {
        Long id = number(key);
        if (id == null) {
            return List.of();
        }
        List<String> uses = new ArrayList<>(db.select(TARGET_FIGURE.REFERENCE_ID).from(TARGET_FIGURE)
                .where(TARGET_FIGURE.SOURCE_ID.eq(id)).and(Published.figure(TARGET_FIGURE))
                .fetch(r -> "figure " + r.value1()));
        uses.addAll(db.select(PLATFORM_USER_BASE.REFERENCE_ID).from(PLATFORM_USER_BASE)
                .where(PLATFORM_USER_BASE.SOURCE_ID.eq(id)).and(Published.userBase(PLATFORM_USER_BASE))
                .fetch(r -> "user base " + r.value1()));
        uses.addAll(db.select(INCIDENT.ID).from(INCIDENT)
                .where(INCIDENT.RIGHT_OF_REPLY_SOURCE_ID.eq(id)).and(Published.incident(INCIDENT))
                .fetch(r -> "the right of reply of incident " + r.value1()));
        return uses;
    }

    @Override
    List<CuratedChange> changesOf(SourceRecord source) {
        return List.of(new CuratedChange.SourceChanged(source.getId()));
    }
}
