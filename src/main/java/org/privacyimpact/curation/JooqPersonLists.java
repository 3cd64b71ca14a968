package org.privacyimpact.curation;

import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.FIGURE_LIST_COUNT;
import static org.privacyimpact.db.Tables.PERSON_LIST_MAPPING;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.privacyimpact.curation.PersonListCounter.Country;
import org.privacyimpact.db.tables.records.FigureListCountRecord;
import org.privacyimpact.db.tables.records.PersonListMappingRecord;
import org.springframework.stereotype.Repository;

/** What the person-list import keeps besides figures: remembered mappings and each counted figure's rows. */
@Repository
@RequiredArgsConstructor
class JooqPersonLists {

    /** A counted figure's trail back to the list. */
    record ListCount(String sha256, LocalDate version, List<Integer> rows, List<String> rowSources) {
    }

    private final DSLContext db;

    /** Every country by its two-letter code and by its name as the dashboard writes it, both in lower case. */
    Map<String, Country> countriesByNameOrCode() {
        Map<String, Country> countries = new HashMap<>();
        db.select(COUNTRY.ISO2, COUNTRY.NAME).from(COUNTRY).forEach(r -> {
            Country country = new Country(r.value1(), r.value2());
            countries.put(r.value1().toLowerCase(Locale.ROOT), country);
            countries.put(r.value2().toLowerCase(Locale.ROOT), country);
        });
        return countries;
    }

    Optional<String> mapping(String headerKey) {
        return db.select(PERSON_LIST_MAPPING.MAPPING).from(PERSON_LIST_MAPPING)
                .where(PERSON_LIST_MAPPING.HEADER_KEY.eq(headerKey)).fetchOptional(PERSON_LIST_MAPPING.MAPPING);
    }

    void saveMapping(String headerKey, String header, String mapping, String actor) {
        db.insertInto(PERSON_LIST_MAPPING)
                .set(new PersonListMappingRecord(headerKey, header, mapping, actor, OffsetDateTime.now()))
                .onConflict(PERSON_LIST_MAPPING.HEADER_KEY).doUpdate().setNonConflictingKeyToExcluded()
                .execute();
    }

    Optional<ListCount> count(String referenceId) {
        return db.select(FIGURE_LIST_COUNT.LIST_SHA256, FIGURE_LIST_COUNT.LIST_VERSION, FIGURE_LIST_COUNT.ROW_NUMBERS,
                        FIGURE_LIST_COUNT.ROW_SOURCES)
                .from(FIGURE_LIST_COUNT)
                .join(TARGET_FIGURE).on(TARGET_FIGURE.ID.eq(FIGURE_LIST_COUNT.FIGURE_ID))
                .where(TARGET_FIGURE.REFERENCE_ID.eq(referenceId))
                .fetchOptional(r -> new ListCount(r.value1(), r.value2(), Arrays.asList(r.value3()),
                        Arrays.asList(r.value4())));
    }

    /** The figures still published that an earlier version of the list at this address produced. */
    List<String> publishedFiguresOf(String listUrl) {
        return db.select(TARGET_FIGURE.REFERENCE_ID).from(FIGURE_LIST_COUNT)
                .join(TARGET_FIGURE).on(TARGET_FIGURE.ID.eq(FIGURE_LIST_COUNT.FIGURE_ID))
                .join(SOURCE).on(SOURCE.ID.eq(TARGET_FIGURE.SOURCE_ID))
                .where(SOURCE.URL.eq(listUrl)).and(TARGET_FIGURE.RETIRED_AT.isNull())
                .orderBy(TARGET_FIGURE.REFERENCE_ID)
                .fetch(TARGET_FIGURE.REFERENCE_ID);
    }

    void saveCount(String referenceId, String sha256, LocalDate version, Set<Integer> rows, Set<String> rowSources) {
        Long figureId = db.select(TARGET_FIGURE.ID).from(TARGET_FIGURE)
                .where(TARGET_FIGURE.REFERENCE_ID.eq(referenceId)).fetchSingle(TARGET_FIGURE.ID);
        db.insertInto(FIGURE_LIST_COUNT)
                .set(new FigureListCountRecord(figureId, sha256, version, rows.toArray(Integer[]::new),
                        rowSources.toArray(String[]::new)))
                .onConflict(FIGURE_LIST_COUNT.FIGURE_ID).doUpdate().setNonConflictingKeyToExcluded()
                .execute();
    }
}
