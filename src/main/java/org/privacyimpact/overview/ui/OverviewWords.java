package org.privacyimpact.overview.ui;

import java.util.List;

import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.ui.RateCharts;
import org.privacyimpact.overview.OverviewFigures;
import org.privacyimpact.ui.chart.ChartCaption;

/** The overview's words that its first screen ({@link FirstScreen}) shows too, written once for both. */
final class OverviewWords {

    static final String QUESTION = "How many people did surveillance campaigns target, against the users they "
            + "were drawn from?";
    static final String INTRODUCTION = "Figures of people targeted by spyware campaigns, each from a published "
            + "source with a verbatim quote, compared with the platform's users, internet users or the population "
            + "of the same country. Counts of different kinds measure different things and are never added up.";
    static final String WORLD_BRIEF = "World brief (PDF)";
    static final String WORLD_BRIEF_DESCRIPTION = "A4 pages for a briefing pack: the worldwide figures, the "
            + "countries with the highest rates, the incidents and every source";

    private OverviewWords() {
    }

    /** The words around the chart of the highest rates by country. */
    static ChartCaption topChart(OverviewChoice choice, OverviewFigures.Rates rates, String datasetVersion) {
        List<TargetedPerMillion> top = rates.top();
        ChartCaption caption = RateCharts.caption(choice.kind(), choice.denominator(),
                top.isEmpty() ? null : top.getFirst(), rates.countWithRate(), "country figures", top,
                RateCharts.BAR_NOTES, RateCharts.BAR_HINT, datasetVersion, "");
        return top.size() < rates.countWithRate()
                ? caption.withSubtitleFirst(topOf(top.size(), rates.countWithRate())) : caption;
    }

    /** "The 10 highest of 13 country figures with a rate; Compare lists them all." */
    static String topOf(int drawn, int withRate) {
        return "The %d highest of %d country figures with a rate; Compare lists them all.".formatted(drawn, withRate);
    }
}
