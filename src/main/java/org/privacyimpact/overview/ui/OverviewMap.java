package org.privacyimpact.overview.ui;

import java.util.List;
import java.util.Map;

import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.ui.RateCharts;
import org.privacyimpact.overview.OverviewFigures;
import org.privacyimpact.ui.chart.ChartCaption;
import org.privacyimpact.ui.chart.ChartOption;

/**
 * The overview's map for one kind and denominator: each country's highest rate (sorted highest first), then the
 * countries whose figures have no rate, which the map shows apart from those without figures. Drawn by the
 * overview and by its embed, so both show the same map for the same address.
 */
public record OverviewMap(ExposureFilter filter, OverviewFigures.Rates rates, ChartCaption caption,
                          ChartOption option) {

    /**
     * @param countryNames every country's name by its ISO numeric code, the key of the map's borders
     */
    public static OverviewMap of(OverviewChoice choice, OverviewFigures figures, Map<String, String> countryNames,
                                 String datasetVersion) {
        ExposureFilter filter = choice.filter();
        Denominator denominator = choice.denominator();
        OverviewFigures.Rates rates = figures.rates(filter);
        List<TargetedPerMillion> withRate = rates.mapWithRate();
        TargetedPerMillion first = withRate.isEmpty() ? null : withRate.getFirst();
        ChartCaption caption = RateCharts.caption(choice.kind(), denominator, first, withRate.size(), "countries",
                withRate, RateCharts.MAP_NOTES, RateCharts.MAP_HINT, datasetVersion, "");
        return new OverviewMap(filter, rates, caption, RateCharts.map(withRate, rates.mapWithoutRate(), denominator,
                countryNames, caption.title()));
    }
}
