package org.privacyimpact.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class MapClassesTest {

    @Test
    void valuesOverSeveralOrdersOfMagnitudeAreClassedByPowersOfTen() {
        MapClasses classes = MapClasses.of(values("0.013", "0.072", "0.30", "0.38", "0.39", "7.97"));

        assertThat(classes.classes()).extracting(MapClasses.MapClass::label).containsExactly("< 0.1", "0.1–1", "≥ 1");
        // Mexico alone is the top class; it does not pale everyone else
        assertThat(classOf(classes, "7.97")).isEqualTo("≥ 1");
        assertThat(classOf(classes, "0.30")).isEqualTo("0.1–1");
        assertThat(classOf(classes, "0.013")).isEqualTo("< 0.1");
        assertThat(classOf(classes, "1")).isEqualTo("≥ 1");
    }

    @Test
    void valuesWithinOneOrderOfMagnitudeAreClassedAtOneTwoAndFive() {
        MapClasses classes = MapClasses.of(values("1.2", "3.4", "8.9"));

        assertThat(classes.classes()).extracting(MapClasses.MapClass::label).containsExactly("< 2", "2–5", "≥ 5");
    }

    @Test
    void aWideSpanKeepsAtMostSixClassesAndEveryValueFallsInOne() {
        List<BigDecimal> all = values("0.0001", "0.002", "0.03", "0.4", "5", "60", "700", "8000");
        MapClasses classes = MapClasses.of(all);

        assertThat(classes.classes()).hasSize(MapClasses.MOST);
        assertThat(all).allSatisfy(value -> assertThat(classes.classes())
                .filteredOn(c -> c.contains(value)).hasSize(1));
    }

    @Test
    void oneValueIsOneClassAndNoValueIsNone() {
        assertThat(MapClasses.of(values("0.30")).classes()).extracting(MapClasses.MapClass::label)
                .containsExactly("0.3");
        assertThat(MapClasses.of(List.of()).classes()).isEmpty();
    }

    private static String classOf(MapClasses classes, String value) {
        return classes.classes().stream().filter(c -> c.contains(new BigDecimal(value))).findFirst().orElseThrow()
                .label();
    }

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
