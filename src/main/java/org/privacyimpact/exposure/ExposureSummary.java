package org.privacyimpact.exposure;

/** Plain sentences about the rows, for readers of the chart who cannot see it (and everyone skimming). */
public final class ExposureSummary {

    private ExposureSummary() {
    }

    /**
     * E.g. "India: 121 people notified by the platform in 2019 (Pegasus via WhatsApp, 2019) — 0.30 per million
     * WhatsApp users (about 400 million, 2019-11)."
     */
    public static String sentence(TargetedPerMillion row) {
        String people = "%s %s %s in %s (%s)".formatted(row.describeTargeted(),
                row.targetedCount() == 1 ? "person" : "people", row.countKind().label().toLowerCase(),
                period(row), row.incidentShortName());
        if (!row.figureVerified()) {
            people += " [unverified figure]";
        }
        if (row.perMillion() == null) {
            return "%s: %s — no rate: %s".formatted(row.area().name(), people, row.rateUnavailable().explanation());
        }
        UserBase base = row.userBase();
        String gap = row.yearGap() == null || row.yearGap() == 0 ? ""
                : "; %d year%s %s".formatted(Math.abs(row.yearGap()), Math.abs(row.yearGap()) == 1 ? "" : "s",
                row.yearGap() > 0 ? "later" : "earlier");
        return "%s: %s — %s per million %s (%s, %s%s%s).".formatted(row.area().name(), people,
                RateFormat.perMillion(row.perMillion()), denominatorWords(base),
                base.qualifier().describeCompact(base.users()), base.asOf(), gap,
                base.verified() ? "" : "; unverified user figure");
    }

    /** "WhatsApp users", "internet users", "people": what a rate divides by, in words. */
    public static String denominatorWords(UserBase base) {
        return switch (base.metric()) {
            case INTERNET_USERS -> "internet users";
            case POPULATION -> "people";
            case ACCOUNTS -> base.platform() + " accounts";
            case MONTHLY_ACTIVE_USERS -> base.platform() + " monthly active users";
            default -> base.platform() + " users";
        };
    }

    /**
     * One sentence for the whole chart: how many rows, how many with a rate, the highest.
     *
     * @param highest the row with the highest rate; null when none has one
     */
    public static String overview(int figures, int withRate, TargetedPerMillion highest) {
        if (figures == 0) {
            return "No figures match these filters.";
        }
        String counts = "%,d figure%s, %,d with a rate".formatted(figures, figures == 1 ? "" : "s", withRate);
        if (highest == null) {
            return counts + ".";
        }
        return "%s. Highest: %s, %s per million %s (%s).".formatted(counts, highest.area().name(),
                RateFormat.perMillion(highest.perMillion()), denominatorWords(highest.userBase()),
                highest.incidentShortName());
    }

    private static String period(TargetedPerMillion row) {
        return row.incidentYear() == row.lastYear() ? String.valueOf(row.incidentYear())
                : row.incidentYear() + "–" + row.lastYear();
    }
}
