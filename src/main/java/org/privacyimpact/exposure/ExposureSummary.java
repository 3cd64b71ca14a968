package org.privacyimpact.exposure;

/** One plain sentence per row, for readers of the chart who cannot see it (and everyone skimming). */
public final class ExposureSummary {

    private ExposureSummary() {
    }

    /** E.g. "India: 121 people (notified by the platform) in 2019 — 0.30 per million WhatsApp users (about 400 million, 2019-11)." */
    public static String sentence(TargetedPerMillion row) {
        String people = row.describeTargeted() + " people (" + row.countKind().label().toLowerCase() + ") in "
                + row.incidentYear();
        if (row.perMillion() == null) {
            return "%s: %s — no rate: %s".formatted(row.area().name(), people, row.rateUnavailable().explanation());
        }
        UserBase base = row.userBase();
        return "%s: %s — %s per million %s %s (%s, %s).".formatted(row.area().name(), people,
                RateFormat.perMillion(row.perMillion()), base.platform(), base.metric().label(),
                base.qualifier().describeCompact(base.users()), base.asOf());
    }
}
