package org.privacyimpact.exposure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Plain sentences about the rows, for readers of the chart who cannot see it (and everyone skimming). A number
 * that rests on an unverified figure says so in every sentence built on it, headlines included.
 */
public final class ExposureSummary {

    /** Publishers named in a source line before "and N more". */
    static final int PUBLISHERS_NAMED = 6;

    private ExposureSummary() {
    }

    /**
     * E.g. "India: 121 people notified by the platform in 2019 (Pegasus via WhatsApp, 2019) — about 0.30 per
     * million WhatsApp users (about 400 million, 2019-11)."
     */
    public static String sentence(TargetedPerMillion row) {
        String people = "%s %s in %s (%s)".formatted(row.describeTargeted(),
                row.countKind().counted(row.targetedCount(), row.countedUnit()), period(row), row.incidentShortName());
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
                row.describeRate(), denominatorWords(base), base.qualifier().describeCompact(base.users()),
                base.asOf(), gap, base.verified() ? "" : "; unverified user figure");
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
     * A chart's title that states its message, as Our World in Data's do: "Mexico: 7.97 people notified by the
     * platform per million WhatsApp users, 2019 — the highest of 9 figures with a rate (rests on an unverified
     * user figure)".
     *
     * @param highest  the row with the highest rate
     * @param withRate how many rows (or countries) are ranked
     * @param ranked   what is ranked, in the plural: "figures", "countries"
     */
    public static String headline(TargetedPerMillion highest, int withRate, String ranked) {
        String rank = withRate == 1 ? "the only one of its kind with a rate"
                : "the highest of %,d %s with a rate".formatted(withRate, ranked);
        return "%s: %s %s per million %s, %s — %s%s".formatted(highest.area().name(), highest.describeRate(),
                highest.countKind().counted(2, highest.countedUnit()), denominatorWords(highest.userBase()),
                period(highest), rank, unverifiedNote(highest));
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
        String unverified = unverifiedWords(highest);
        return "%s. Highest: %s, %s per million %s (%s%s).".formatted(counts, highest.area().name(),
                highest.describeRate(), denominatorWords(highest.userBase()), highest.incidentShortName(),
                unverified.isEmpty() ? "" : "; " + unverified);
    }

    /** " (rests on an unverified user figure)", or nothing when both numbers are verified. */
    public static String unverifiedNote(TargetedPerMillion row) {
        String words = unverifiedWords(row);
        return words.isEmpty() ? "" : " (" + words + ")";
    }

    /** Which of a row's numbers are unverified, in words; empty when none is. */
    static String unverifiedWords(TargetedPerMillion row) {
        boolean base = row.userBase() != null && !row.userBase().verified();
        if (!row.figureVerified()) {
            return base ? "rests on an unverified count and an unverified user figure" : "rests on an unverified count";
        }
        return base ? "rests on an unverified user figure" : "";
    }

    /**
     * Who published the numbers of these rows, the most cited first: "india.com, scroll.in and 3 more". Every
     * count's source and every user figure's source count once per row that cites it.
     */
    public static String publishers(Collection<TargetedPerMillion> rows) {
        Map<String, Long> cited = rows.stream()
                .flatMap(row -> Stream.concat(Stream.of(row.figureSource().shortName()),
                        row.userBase() == null ? Stream.empty() : Stream.of(row.userBase().source().shortName())))
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        List<String> names = cited.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        if (names.size() <= PUBLISHERS_NAMED) {
            return joinedWithAnd(names);
        }
        return String.join(", ", names.subList(0, PUBLISHERS_NAMED)) + " and %d more".formatted(
                names.size() - PUBLISHERS_NAMED);
    }

    private static String joinedWithAnd(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String period(TargetedPerMillion row) {
        return row.incidentYear() == row.lastYear() ? String.valueOf(row.incidentYear())
                : row.incidentYear() + "–" + row.lastYear();
    }
}
