package org.privacyimpact.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.DatasetAnswers;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetStatistics;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.springframework.stereotype.Component;

/**
 * What the overview shows: the same for every visitor until the dataset changes, so read once per change
 * ({@link DatasetAnswers}) rather than once per visit. The overview is the page every visit starts on, and its
 * queries were half of the server's part of the first chart (issue 16).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OverviewFigures {

    /** Bars in the top chart. */
    private static final int TOP = 10;

    private final DatasetAnswers answers;
    private final DatasetQuery dataset;
    private final TargetedPerMillionQuery exposure;

    /** The cards, the timeline and the version every chart's source line names. */
    public Headline headline() {
        return answers.get("overview.headline", List.of(),
                () -> new Headline(dataset.currentRelease().version(), dataset.statistics()));
    }

    /** The map and the top chart for one kind and denominator. */
    public Rates rates(ExposureFilter filter) {
        return answers.get("overview.rates", filter, () -> {
            Map<String, TargetedPerMillion> highest = new LinkedHashMap<>();
            exposure.highestPerCountry(filter).forEach(row -> highest.putIfAbsent(row.area().countryIso2(), row));
            return new Rates(exposure.highest(filter, TOP), exposure.countWithRate(filter),
                    List.copyOf(highest.values()), exposure.countriesWithoutRate(filter));
        });
    }

    public record Headline(String datasetVersion, DatasetStatistics statistics) {
    }

    /**
     * @param top the highest rates, at most {@link #TOP}
     * @param countWithRate how many of the filter's figures have a rate
     * @param mapWithRate one row per country, its highest rate, highest first
     * @param mapWithoutRate the countries whose figures of the filter have no rate, one row each (saying why)
     */
    public record Rates(List<TargetedPerMillion> top, int countWithRate, List<TargetedPerMillion> mapWithRate,
                        List<TargetedPerMillion> mapWithoutRate) {

        public Rates {
            top = List.copyOf(top);
            mapWithRate = List.copyOf(mapWithRate);
            mapWithoutRate = List.copyOf(mapWithoutRate);
        }

        /** The map's countries: those with a rate, highest first, then those whose figures have none. */
        public List<TargetedPerMillion> mapDrawn() {
            List<TargetedPerMillion> drawn = new ArrayList<>(mapWithRate);
            drawn.addAll(mapWithoutRate);
            return List.copyOf(drawn);
        }
    }
}
