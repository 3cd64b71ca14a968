package org.privacyimpact.exposure;

import java.math.BigDecimal;
import java.util.List;

import org.privacyimpact.dataset.Area;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * One row of the comparison: the preferred number of people targeted in an area, the platform's user base
 * there, and people targeted per million users.
 *
 * @param figureId        the figure's row in the dataset, to read the row again (a clicked bar)
 * @param userBase        null when no user figure qualifies as denominator
 * @param perMillion      null exactly when {@code rateUnavailable} says why
 * @param rateBound       how the rate relates to the true rate (exact, a minimum, a maximum …); null without a rate
 * @param incidentYear    first year of the period the figure covers (its own, else its incident's)
 * @param lastYear        last year of that period
 * @param yearGap         years from that period to the user figure (0 = within it, negative = before it); null
 *                        without one
 * @param competingFigures the other sources' values for the same incident, area and kind; empty in rows read
 *                        for a chart (TargetedPerMillionQuery#highest)
 */
public record TargetedPerMillion(long figureId, String incidentId, String incidentName, String incidentShortName,
                                 int incidentYear, int lastYear, Area area,
                                 int targetedCount, ValueQualifier countQualifier, CountKind countKind,
                                 CountedUnit countedUnit,
                                 boolean figureVerified, String figureNotes, SourceCitation figureSource,
                                 UserBase userBase, Integer yearGap, BigDecimal perMillion,
                                 RateBound rateBound, RateUnavailable rateUnavailable, List<CompetingFigure> competingFigures) {

    public String describeTargeted() {
        return countQualifier.describe(targetedCount);
    }

    /** The rate as a reader sees it, with its bound: "at most about 0.93"; null without a rate. */
    public String describeRate() {
        return perMillion == null ? null : rateBound.describe(perMillion);
    }

    /** How far the user figure is from the incident's years, "user figure 1 year later"; null within them. */
    public String describeYearGap() {
        return yearGap == null || yearGap == 0 ? null : "user figure " + userFigureWhen();
    }

    /** When the user figure divided by is from, against the figure's years: "the same years", "1 year later". */
    public String userFigureWhen() {
        if (yearGap == null) {
            return null;
        }
        int years = Math.abs(yearGap);
        return yearGap == 0 ? "the same years" : "%d year%s %s".formatted(years, years == 1 ? "" : "s",
                yearGap > 0 ? "later" : "earlier");
    }

    /** Whether the rate, or the count when there is none, rests on a figure marked unverified. */
    public boolean restsOnUnverified() {
        return !figureVerified || userBase != null && !userBase.verified();
    }
}
