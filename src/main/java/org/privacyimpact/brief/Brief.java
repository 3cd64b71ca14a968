package org.privacyimpact.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.export.ReportZip;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.incident.IncidentDetail;

/**
 * What a brief says, before it is laid out: a country's (or the world's) figures per count kind with their rates
 * against every denominator, the ranking its chart draws, the incidents they come from, and where to read more.
 *
 * @param title    the country's name, or "The world"
 * @param about    a line under the title: the region and codes, or what the world brief covers
 * @param madeOn   the day the brief was made, for its citation
 * @param liveUrl  the dashboard's page that shows the same figures
 */
public record Brief(String title, String about, DatasetRelease release, LocalDate madeOn, String liveUrl,
                    List<KindSection> kinds, List<IncidentDetail> incidents) {

    public Brief {
        kinds = List.copyOf(kinds);
        incidents = List.copyOf(incidents);
    }

    /** The line to cite it by, as a report's README gives it. */
    public String citation() {
        return ReportZip.citation(release.version(), title + ": brief", madeOn, liveUrl);
    }

    /**
     * The figures of one count kind (kinds are never mixed).
     *
     * @param rows         the brief's own figures: the country's, or in the world brief the worldwide ones
     * @param rankingTitle what the ranking is, e.g. "Countries with the highest rates per million platform users"
     * @param ranking      the rows the kind's chart draws, highest rate first; in a country brief, its own rows
     *                     with a rate against platform users
     */
    public record KindSection(CountKind kind, List<FigureRow> rows, String rankingTitle,
                              List<TargetedPerMillion> ranking) {

        public KindSection {
            rows = List.copyOf(rows);
            ranking = List.copyOf(ranking);
        }
    }

    /**
     * One figure and its rate against each denominator.
     *
     * @param figure the figure with its competing values (its row against platform users)
     * @param rates  the same figure's row against each denominator, in {@link Denominator}'s order
     */
    public record FigureRow(TargetedPerMillion figure, Map<Denominator, TargetedPerMillion> rates) {

        public FigureRow {
            rates = Map.copyOf(rates);
        }
    }
}
