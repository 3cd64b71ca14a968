package org.privacyimpact.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional(readOnly = true)
class ShapedSelectTest {

    private static final List<Field<?>> FIGURE_FIELDS = List.of(TARGET_FIGURE.REFERENCE_ID,
            TARGET_FIGURE.TARGETED_COUNT, TARGET_FIGURE.COUNT_KIND, TARGET_FIGURE.COUNT_QUALIFIER,
            TARGET_FIGURE.VERIFIED, SOURCE.PUBLISHED_ON, TARGET_FIGURE.PERIOD_START);

    private static final Field<Result<Record>> FIGURES = multiset(select(FIGURE_FIELDS).from(TARGET_FIGURE)
            .join(SOURCE).on(SOURCE.ID.eq(TARGET_FIGURE.SOURCE_ID))
            .where(TARGET_FIGURE.INCIDENT_ID.eq(INCIDENT.ID))
            .orderBy(TARGET_FIGURE.REFERENCE_ID)).as("figures");

    private static final List<Field<?>> INCIDENT_FIELDS = List.of(INCIDENT.ID, INCIDENT.NAME, INCIDENT.YEAR_START,
            INCIDENT.YEAR_END, FIGURES);

    @Autowired
    DSLContext db;

    @Test
    void eachCallBindsItsOwnValuesIntoSqlRenderedOnceForTheShape() {
        AtomicInteger built = new AtomicInteger();
        ShapedSelect<Boolean> countries = new ShapedSelect<>(db, onlySome -> {
            built.incrementAndGet();
            return new ShapedSelect.Shape(db.select(COUNTRY.ISO2).from(COUNTRY)
                    .where(onlySome ? COUNTRY.ISO2.eq(any(param("countries", COUNTRY.ISO2.getDataType().array())))
                            : COUNTRY.ISO2.isNotNull())
                    .orderBy(COUNTRY.ISO2), List.of(COUNTRY.ISO2));
        });

        assertThat(countries.fetch(true, Map.of("countries", new String[] {"IN", "FR"}),
                row -> row.get(COUNTRY.ISO2)))
                .containsExactly("FR", "IN");
        assertThat(countries.fetch(true, Map.of("countries", new String[] {"BR"}), row -> row.get(COUNTRY.ISO2)))
                .containsExactly("BR");
        assertThat(built).hasValue(1);
        assertThat(countries.fetch(false, Map.of(), row -> row.get(COUNTRY.ISO2))).hasSizeGreaterThan(100);
        assertThat(built).hasValue(2);
    }

    /** Every value, nested ones included, equal to what jOOQ reads from the same statement into its records. */
    @Test
    void readsEveryValueAsJooqReadsIt() {
        ShapedSelect<String> incidents = new ShapedSelect<>(db,
                ignored -> new ShapedSelect.Shape(incident(), INCIDENT_FIELDS));

        List<SelectedRow> rows = incidents.fetch("one", Map.of("incident", "WA2019"), row -> row);
        Result<Record> jooq = incident().bind("incident", "WA2019").fetch();

        assertThat(rows).hasSize(1);
        assertThat(jooq).hasSize(1);
        SelectedRow row = rows.getFirst();
        Record record = jooq.getFirst();
        for (int i = 0; i < INCIDENT_FIELDS.size() - 1; i++) {
            assertThat(row.get(INCIDENT_FIELDS.get(i))).isEqualTo(record.get(i));
        }
        List<SelectedRow> nested = row.nested(new SelectedRow.Nested(FIGURES, FIGURE_FIELDS));
        Result<?> nestedByJooq = (Result<?>) record.get(INCIDENT_FIELDS.size() - 1);
        assertThat(nested).hasSize(nestedByJooq.size()).hasSizeGreaterThan(2);
        List<Object> values = new ArrayList<>();
        List<Object> valuesByJooq = new ArrayList<>();
        for (int r = 0; r < nested.size(); r++) {
            for (int i = 0; i < FIGURE_FIELDS.size(); i++) {
                values.add(nested.get(r).get(FIGURE_FIELDS.get(i)));
                valuesByJooq.add(nestedByJooq.get(r).get(i));
            }
        }
        assertThat(values).isEqualTo(valuesByJooq)
                .hasAtLeastOneElementOfType(java.time.LocalDate.class)
                .hasAtLeastOneElementOfType(org.privacyimpact.dataset.CountKind.class);
    }

    /** A nested numeric keeps every digit, as jOOQ keeps it: a double would round this one. */
    @Test
    void nestedDecimalsKeepEveryDigit() {
        BigDecimal precise = new BigDecimal("1234567.123456789012345678");
        Field<BigDecimal> value = inline(precise).as("value");
        Field<Result<Record1<BigDecimal>>> nested = multiset(select(value)).as("nested");
        ShapedSelect<String> one = new ShapedSelect<>(db,
                ignored -> new ShapedSelect.Shape(db.select(nested), List.of(nested)));

        SelectedRow.Nested rows = new SelectedRow.Nested(nested, List.of(value));
        BigDecimal read = one.fetch("one", Map.of(), row -> row.nested(rows).getFirst().get(value)).getFirst();

        assertThat(read).isEqualByComparingTo(precise);
        assertThat(db.select(nested).fetchSingle().value1().getFirst().value1()).isEqualByComparingTo(precise);
    }

    /**
     * A value whose SQL type is not its field's (a count is a bigint, and so is a sum of integers), an array and
     * their nulls are read as the field's type, as jOOQ reads them.
     */
    @Test
    void valuesAreReadAsTheirFieldsTypeAsJooqReadsThem() {
        List<Field<?>> fields = List.of(DSL.count().as("counted"), DSL.sum(inline(2)).as("summed"),
                DSL.arrayAgg(COUNTRY.ISO2.cast(SQLDataType.VARCHAR)).as("codes"), DSL.max(inline(7L)).as("most"));
        Function<Boolean, ResultQuery<Record>> select = overNothing -> db.select(fields).from(COUNTRY)
                .where(overNothing ? DSL.falseCondition() : COUNTRY.ISO2.eq(inline("IN")));
        ShapedSelect<Boolean> aggregates = new ShapedSelect<>(db,
                overNothing -> new ShapedSelect.Shape(select.apply(overNothing), fields));

        for (boolean overNothing : List.of(false, true)) {
            List<Object> ours = aggregates.fetch(overNothing, Map.of(), row -> comparable(fields, row::get))
                    .getFirst();
            Record byJooq = select.apply(overNothing).fetchSingle();

            assertThat(ours).as(overNothing ? "over no rows" : "over one row")
                    .isEqualTo(comparable(fields, byJooq::get))
                    .isEqualTo(overNothing ? Arrays.asList(0, null, null, null)
                            : List.of(1, new BigDecimal(2), List.of("IN"), 7L));
        }
    }

    /** Each field's value, an array as a list so that two are equal when their elements are. */
    private static List<Object> comparable(List<Field<?>> fields, Function<Field<?>, ?> value) {
        return fields.stream().map(value).map(v -> v instanceof Object[] array ? List.of(array) : v)
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    /** A multiset of no rows, which is read without a parser, is empty as jOOQ reads it; one of a row is not. */
    @Test
    void anEmptyMultisetHasNoRows() {
        Field<Integer> value = inline(1).as("value");
        Field<Result<Record1<Integer>>> none = multiset(select(value).where(DSL.falseCondition())).as("none");
        Field<Result<Record1<Integer>>> one = multiset(select(value)).as("one");
        ShapedSelect<String> both = new ShapedSelect<>(db,
                ignored -> new ShapedSelect.Shape(db.select(none, one), List.of(none, one)));

        List<Integer> read = both.fetch("both", Map.of(), row -> List.of(
                row.nested(new SelectedRow.Nested(none, List.of(value))).size(),
                row.nested(new SelectedRow.Nested(one, List.of(value))).size())).getFirst();
        Record2<Result<Record1<Integer>>, Result<Record1<Integer>>> byJooq = db.select(none, one).fetchSingle();

        assertThat(read).containsExactly(0, 1);
        assertThat(List.of(byJooq.value1().size(), byJooq.value2().size())).containsExactly(0, 1);
    }

    /** Dates and times, in a row and in a multiset's JSON, come as the java.time values jOOQ gives. */
    @Test
    void datesAndTimesAreReadAsJooqReadsThem() {
        Field<LocalDate> day = inline(LocalDate.parse("2019-10-31")).as("day");
        Field<LocalDateTime> local = inline(LocalDateTime.parse("2019-10-31T12:34:56.789")).as("local");
        Field<OffsetDateTime> instant = inline(OffsetDateTime.parse("2019-10-31T12:34:56.789+05:30")).as("instant");
        List<Field<?>> times = List.of(day, local, instant);
        Field<Result<Record>> nested = multiset(select(times)).as("nested");
        List<Field<?>> selected = List.of(day, local, instant, nested);
        ShapedSelect<String> one = new ShapedSelect<>(db,
                ignored -> new ShapedSelect.Shape(db.select(selected), selected));
        SelectedRow.Nested nestedRows = new SelectedRow.Nested(nested, times);

        SelectedRow row = one.fetch("one", Map.of(), read -> read).getFirst();
        Record record = db.select(selected).fetchSingle();

        for (Field<?> field : times) {
            assertThat(row.get(field)).as(field.getName()).isEqualTo(record.get(field))
                    .isInstanceOf(field.getType());
            assertThat(row.nested(nestedRows).getFirst().get(field)).as("nested " + field.getName())
                    .isEqualTo(record.get(nested).getFirst().get(field));
        }
    }

    /** Nested fields that are not the nested select's are refused, not read into the wrong values. */
    @Test
    void nestedFieldsThatDoNotMatchTheNestedSelectAreRefused() {
        Field<Integer> first = inline(1).as("first");
        Field<Integer> second = inline(2).as("second");
        Field<Result<Record2<Integer, Integer>>> nested = multiset(select(first, second)).as("nested");
        ShapedSelect<String> one = new ShapedSelect<>(db,
                ignored -> new ShapedSelect.Shape(db.select(nested), List.of(nested)));

        assertThatThrownBy(() -> one.fetch("one", Map.of(),
                row -> row.nested(new SelectedRow.Nested(nested, List.of(first)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a nested row of more than 1 values: [[1, 2]]");
        assertThatThrownBy(() -> one.fetch("one", Map.of(),
                row -> row.nested(new SelectedRow.Nested(nested, List.of(first, second, first)))))
                .hasMessage("a nested row of 2 values for 3 fields: [[1, 2]]");
    }

    @Test
    void aValueThatIsNotNamedIsRefusedSinceEveryCallWouldBindIt() {
        ShapedSelect<String> frozen = new ShapedSelect<>(db, ignored -> new ShapedSelect.Shape(
                db.select(COUNTRY.ISO2).from(COUNTRY).where(COUNTRY.ISO2.eq("IN")), List.of(COUNTRY.ISO2)));

        assertThatThrownBy(() -> frozen.fetch("one", Map.of(), row -> row.get(COUNTRY.ISO2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be a named parameter");
    }

    @Test
    void aMissingValueAndAFieldNotSelectedAreNamed() {
        ShapedSelect<String> incidents = new ShapedSelect<>(db,
                ignored -> new ShapedSelect.Shape(incident(), INCIDENT_FIELDS));

        assertThatThrownBy(() -> incidents.fetch("one", Map.of(), row -> row))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no value for :incident");
        assertThatThrownBy(() -> incidents.fetch("one", Map.of("incident", "WA2019"),
                row -> row.get(INCIDENT.SHORT_NAME)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("short_name");
    }

    private ResultQuery<Record> incident() {
        return db.select(INCIDENT_FIELDS).from(INCIDENT)
                .where(INCIDENT.ID.eq(param("incident", INCIDENT.ID.getDataType())));
    }
}
