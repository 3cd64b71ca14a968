package org.privacyimpact.country;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Table;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.common.db.SelectedRow;
import org.privacyimpact.common.db.ShapedSelect;
import org.privacyimpact.common.db.ShapedSelect.Single;
import org.privacyimpact.country.CountryProfile.UserBaseLine;
import org.privacyimpact.dataset.Published;
import org.privacyimpact.dataset.SourceCitation;
import org.springframework.stereotype.Component;

/**
 * A country's page: the country, the kinds of count its published figures have, and its published user figures.
 * Each of the three selects is rendered once and run again with each country's code ({@link ShapedSelect}): the
 * page's SQL never changes, and building, rendering and fetching it through jOOQ on every visit made the page
 * 1.28–1.60 × plain JDBC, against 1.05–1.11 × now (BENCHMARKS.md, fourteenth part).
 */
@Component
@ReadOnlyTransactional
class JooqCountryQuery implements CountryQuery {

    private static final String ISO2 = "iso2";

    private static final List<Field<?>> COUNTRY_FIELDS = List.of(COUNTRY.ISO2, COUNTRY.ISO3, COUNTRY.ISO_NUMERIC,
            COUNTRY.NAME, COUNTRY.UN_REGION, COUNTRY.UN_SUBREGION);

    /**
     * Each user figure's source, looked up by its key one figure at a time. A country has hundreds of user figures at
     * most (999 for India in the benchmark's dataset), but the sources are every source of the dataset: joined
     * plainly, PostgreSQL hashed all 20,217 of the benchmark's sources to find India's few (10.6 of the query's 13 ms;
     * BENCHMARKS.md, fourteenth part). "offset 0" keeps it from merging the subquery back into a plain join.
     */
    private static final Table<?> CITATION = lateral(select(SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL,
            SOURCE.PUBLISHED_ON).from(SOURCE).where(SOURCE.ID.eq(PLATFORM_USER_BASE.SOURCE_ID)).offset(inline(0)))
            .as("citation");
    private static final Field<String> SOURCE_TITLE = CITATION.field(SOURCE.TITLE);
    private static final Field<String> SOURCE_PUBLISHER = CITATION.field(SOURCE.PUBLISHER);
    private static final Field<String> SOURCE_URL = CITATION.field(SOURCE.URL);
    private static final Field<LocalDate> SOURCE_PUBLISHED_ON = CITATION.field(SOURCE.PUBLISHED_ON);

    private static final List<Field<?>> USER_BASE_FIELDS = List.of(PLATFORM.NAME, PLATFORM_USER_BASE.METRIC,
            PLATFORM_USER_BASE.USERS, PLATFORM_USER_BASE.USERS_QUALIFIER, PLATFORM_USER_BASE.AS_OF_YEAR,
            PLATFORM_USER_BASE.AS_OF_MONTH, PLATFORM_USER_BASE.VERIFIED, PLATFORM_USER_BASE.NOTES,
            PLATFORM_USER_BASE.SOURCE_QUOTE, SOURCE_TITLE, SOURCE_PUBLISHER, SOURCE_URL, SOURCE_PUBLISHED_ON);

    private final ShapedSelect<Single> country;
    private final ShapedSelect<Single> kinds;
    private final ShapedSelect<Single> userBases;

    JooqCountryQuery(DSLContext db) {
        Param<String> iso2 = param(ISO2, COUNTRY.ISO2.getDataType());
        country = ShapedSelect.single(db, () -> new ShapedSelect.Shape(db.select(COUNTRY_FIELDS).from(COUNTRY)
                .where(COUNTRY.ISO2.eq(iso2)), COUNTRY_FIELDS));
        kinds = ShapedSelect.single(db, () -> new ShapedSelect.Shape(db.selectDistinct(TARGET_FIGURE.COUNT_KIND)
                .from(TARGET_FIGURE)
                .where(TARGET_FIGURE.COUNTRY_ISO2.eq(iso2)).and(Published.figure(TARGET_FIGURE)),
                List.of(TARGET_FIGURE.COUNT_KIND)));
        userBases = ShapedSelect.single(db, () -> new ShapedSelect.Shape(db.select(USER_BASE_FIELDS)
                .from(PLATFORM_USER_BASE)
                .join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID))
                .crossJoin(CITATION)
                .where(PLATFORM_USER_BASE.COUNTRY_ISO2.eq(iso2)).and(Published.userBase(PLATFORM_USER_BASE))
                .orderBy(PLATFORM.NAME, PLATFORM_USER_BASE.AS_OF_YEAR, PLATFORM_USER_BASE.AS_OF_MONTH.nullsFirst()),
                USER_BASE_FIELDS));
    }

    @Override
    public Optional<CountryProfile> profile(String iso2) {
        if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        Map<String, String> code = Map.of(ISO2, iso2);
        List<SelectedRow> found = country.fetch(Single.SHAPE, code, row -> row);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SelectedRow c = found.getFirst();
        String isoNumeric = c.get(COUNTRY.ISO_NUMERIC);
        return Optional.of(new CountryProfile(c.get(COUNTRY.ISO2).trim(), c.get(COUNTRY.ISO3).trim(),
                isoNumeric == null ? null : isoNumeric.trim(), c.get(COUNTRY.NAME), c.get(COUNTRY.UN_REGION),
                c.get(COUNTRY.UN_SUBREGION),
                kinds.fetch(Single.SHAPE, code, row -> row.get(TARGET_FIGURE.COUNT_KIND)).stream().sorted().toList(),
                userBases.fetch(Single.SHAPE, code, JooqCountryQuery::toUserBaseLine)));
    }

    private static UserBaseLine toUserBaseLine(SelectedRow r) {
        Integer month = r.get(PLATFORM_USER_BASE.AS_OF_MONTH);
        int year = r.get(PLATFORM_USER_BASE.AS_OF_YEAR);
        return new UserBaseLine(r.get(PLATFORM.NAME), r.get(PLATFORM_USER_BASE.METRIC), r.get(PLATFORM_USER_BASE.USERS),
                r.get(PLATFORM_USER_BASE.USERS_QUALIFIER),
                month == null ? String.valueOf(year) : "%d-%02d".formatted(year, month),
                r.get(PLATFORM_USER_BASE.VERIFIED), r.get(PLATFORM_USER_BASE.NOTES),
                new SourceCitation(r.get(SOURCE_TITLE), r.get(SOURCE_PUBLISHER), r.get(SOURCE_URL),
                        r.get(SOURCE_PUBLISHED_ON), r.get(PLATFORM_USER_BASE.SOURCE_QUOTE)));
    }
}
