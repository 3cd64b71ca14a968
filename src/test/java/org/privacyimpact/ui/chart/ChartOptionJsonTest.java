package org.privacyimpact.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What EChart keeps is the JSON the browser got, compressed; read back it is the option that was set. */
class ChartOptionJsonTest {

    @Test
    void barsComeBackAsTheyWereSet() {
        ChartOption bars = ChartOption.horizontalBars("axis", "series", ChartOptionTest.INDIA_AND_MEXICO, true,
                "India and Mexico");

        assertThat(roundTrip(bars)).isEqualTo(bars);
    }

    @Test
    void scatterPointsComeBackAsPairsOfDecimals() {
        ChartOption scatter = ChartOption.scatter("users", "targeted", "series", List.of(
                new ChartOption.Point("India", BigDecimal.valueOf(400_000_000L), BigDecimal.valueOf(121),
                        "India: 121 of 400 million", false)), true, Map.of("1 per million", BigDecimal.ONE), "");

        ChartOption read = roundTrip(scatter);

        assertThat(read).isEqualTo(scatter);
        assertThat(read.series().getFirst()).isInstanceOf(ChartOption.ScatterSeries.class);
        assertThat(read.series().getFirst().data().getFirst().value())
                .isEqualTo(List.of(BigDecimal.valueOf(400_000_000L), BigDecimal.valueOf(121)));
    }

    @Test
    void aMapComesBackWithItsLegendAndTheMarkForFiguresWithoutARate() {
        ChartOption map = ChartOption.worldMap("world", "series", Map.of("356", "India", "048", "Bahrain"),
                List.of(new ChartOption.Bar("India", new BigDecimal("0.30"), null, "India: 0.30", false)),
                List.of(new ChartOption.Bar("Bahrain", null, null, "Bahrain: 82 people; no rate", false)),
                MapClasses.of(List.of(new BigDecimal("0.30"))), "{b}: no data", "A map");

        ChartOption read = roundTrip(map);

        assertThat(read.visualMap()).isEqualTo(map.visualMap());
        ChartOption.MapSeries series = (ChartOption.MapSeries) read.series().getFirst();
        assertThat(series.nameMap()).isEqualTo(Map.of("356", "India", "048", "Bahrain"));
        assertThat((BigDecimal) series.data().get(0).value()).isEqualByComparingTo("0.30");
        assertThat((BigDecimal) series.data().get(1).value()).isEqualByComparingTo(
                BigDecimal.valueOf(ChartOption.NO_RATE_VALUE));
        assertThat(series.data().get(1).tooltip()).isEqualTo(map.series().getFirst().data().get(1).tooltip());
    }

    @Test
    void whatIsKeptIsAFractionOfTheJson() {
        List<ChartOption.Bar> countries = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> new ChartOption.Bar("Country " + i, new BigDecimal("0.30"), null,
                        "Country " + i + ": 121 people notified by the platform per 400 million users", false))
                .toList();
        String json = ChartOptionJson.write(ChartOption.worldMap("world", "series", Map.of(), countries, List.of(),
                MapClasses.of(List.of(new BigDecimal("0.30"))), "{b}: no data", "A map"));

        assertThat(ChartOptionJson.compress(json).length).isLessThan(json.length() / 5);
        assertThat(ChartOptionJson.decompress(ChartOptionJson.compress(json))).isEqualTo(json);
    }

    private static ChartOption roundTrip(ChartOption option) {
        return ChartOptionJson.read(ChartOptionJson.decompress(ChartOptionJson.compress(ChartOptionJson.write(option))));
    }
}
