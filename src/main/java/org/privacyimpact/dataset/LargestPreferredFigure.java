package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.List;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.privacyimpact.db.tables.TargetFigure;

/**
 * The largest preferred figure of some figures (an incident's in the incident list, a kind's in the headline
 * cards): the published, preferred figure with the largest count, the smaller reference id first on a tie. One
 * definition, so the list and the cards never disagree on which figure leads.
 *
 * <p>It is read as a lateral derived table named "largest", one row or none; the constants are its columns as the
 * outer select names them, so a query selects and reads them directly.
 */
public final class LargestPreferredFigure {

    private static final List<Field<?>> COLUMNS = List.of(TARGET_FIGURE.TARGETED_COUNT,
            TARGET_FIGURE.COUNT_QUALIFIER, TARGET_FIGURE.COUNT_KIND, TARGET_FIGURE.COUNTED_UNIT,
            TARGET_FIGURE.COUNTRY_ISO2, TARGET_FIGURE.INCIDENT_ID, TARGET_FIGURE.VERIFIED, TARGET_FIGURE.NOTES,
            TARGET_FIGURE.SOURCE_ID, TARGET_FIGURE.SOURCE_QUOTE);
    private static final Table<?> NAMED = select(COLUMNS).from(TARGET_FIGURE).asTable("largest");

    public static final Field<Integer> COUNT = NAMED.field(TARGET_FIGURE.TARGETED_COUNT);
    public static final Field<ValueQualifier> QUALIFIER = NAMED.field(TARGET_FIGURE.COUNT_QUALIFIER);
    public static final Field<CountKind> KIND = NAMED.field(TARGET_FIGURE.COUNT_KIND);
    public static final Field<CountedUnit> UNIT = NAMED.field(TARGET_FIGURE.COUNTED_UNIT);
    /** Null for a worldwide figure; a char(2), so trim it. */
    public static final Field<String> COUNTRY = NAMED.field(TARGET_FIGURE.COUNTRY_ISO2);
    public static final Field<String> INCIDENT_ID = NAMED.field(TARGET_FIGURE.INCIDENT_ID);
    public static final Field<Boolean> VERIFIED = NAMED.field(TARGET_FIGURE.VERIFIED);
    public static final Field<String> NOTES = NAMED.field(TARGET_FIGURE.NOTES);
    public static final Field<Long> SOURCE_ID = NAMED.field(TARGET_FIGURE.SOURCE_ID);
    public static final Field<String> QUOTE = NAMED.field(TARGET_FIGURE.SOURCE_QUOTE);

    private LargestPreferredFigure() {
    }

    /**
     * The lateral table of the largest preferred figure among those {@code which} picks, correlated with the
     * outer query through the condition (say, the figure's incident is the page row's).
     */
    public static Table<?> among(Function<TargetFigure, Condition> which) {
        return lateral(select(COLUMNS)
                .from(TARGET_FIGURE)
                .where(which.apply(TARGET_FIGURE)).and(TARGET_FIGURE.PREFERRED.isTrue())
                .and(Published.figure(TARGET_FIGURE))
                .orderBy(TARGET_FIGURE.TARGETED_COUNT.desc(), TARGET_FIGURE.REFERENCE_ID)
                .limit(inline(1))).as(NAMED.getName());
    }
}
