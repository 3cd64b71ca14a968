package org.privacyimpact.exposure;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.FIGURE_RATE;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.dataset.CountKind;
import org.springframework.stereotype.Component;

/**
 * Counts the rates table (figure_rate) by kind, denominator and the reason stored with each row that has no rate
 * ({@link RateUnavailable}, worked out with the rates); lists where a user figure is missing, for the methodology
 * page.
 */
@Component
@ReadOnlyTransactional
@RequiredArgsConstructor
class JooqRateCoverageQuery implements RateCoverageQuery {

    private static final Field<Integer> FIGURES = count();

    /** Each rate with the platform its incident went through, for naming the user figures that are missing. */
    private static final Table<?> RATES_AND_PLATFORMS = FIGURE_RATE
            .join(INCIDENT).on(INCIDENT.ID.eq(FIGURE_RATE.INCIDENT_ID))
            .leftJoin(PLATFORM).on(PLATFORM.ID.eq(INCIDENT.VECTOR_PLATFORM_ID));

    private final DSLContext db;

    @Override
    public List<RateCoverage> coverage() {
        Map<CountKind, Map<Denominator, Tally>> tallies = new EnumMap<>(CountKind.class);
        db.select(FIGURE_RATE.COUNT_KIND, FIGURE_RATE.DENOMINATOR, FIGURE_RATE.RATE_UNAVAILABLE, FIGURES)
                .from(FIGURE_RATE)
                .where(FIGURE_RATE.COUNTRY_ISO2.isNotNull())
                .groupBy(FIGURE_RATE.COUNT_KIND, FIGURE_RATE.DENOMINATOR, FIGURE_RATE.RATE_UNAVAILABLE)
                .forEach(r -> tallies.computeIfAbsent(r.get(FIGURE_RATE.COUNT_KIND),
                                kind -> new EnumMap<>(Denominator.class))
                        .computeIfAbsent(r.get(FIGURE_RATE.DENOMINATOR), d -> new Tally())
                        .add(r.get(FIGURE_RATE.RATE_UNAVAILABLE), r.get(FIGURES)));
        List<RateCoverage> coverage = new ArrayList<>();
        for (CountKind kind : CountKind.values()) {
            for (Denominator denominator : Denominator.values()) {
                Tally tally = tallies.getOrDefault(kind, Map.of()).getOrDefault(denominator, new Tally());
                coverage.add(new RateCoverage(kind, denominator, tally.figures, tally.withRate,
                        Collections.unmodifiableMap(new EnumMap<>(tally.withoutRate))));
            }
        }
        return coverage;
    }

    @Override
    public List<MissingUserFigure> missingUserFigures() {
        Map<MissingKey, MissingUserFigure> missing = new TreeMap<>();
        db.select(FIGURE_RATE.DENOMINATOR, PLATFORM.NAME, COUNTRY.NAME,
                        min(FIGURE_RATE.FIGURE_YEAR), max(FIGURE_RATE.FIGURE_LAST_YEAR), FIGURES)
                .from(RATES_AND_PLATFORMS.join(COUNTRY).on(COUNTRY.ISO2.eq(FIGURE_RATE.COUNTRY_ISO2)))
                .where(FIGURE_RATE.RATE_UNAVAILABLE.eq(RateUnavailable.NO_USER_BASE_NEARBY))
                .groupBy(FIGURE_RATE.DENOMINATOR, PLATFORM.NAME, COUNTRY.NAME)
                .forEach(r -> {
                    Denominator denominator = r.get(FIGURE_RATE.DENOMINATOR);
                    String platform = r.get(PLATFORM.NAME);
                    MissingUserFigure found = new MissingUserFigure(denominator,
                            denominator.isPlatformSpecific() ? platform : null, r.get(COUNTRY.NAME),
                            r.get(3, Integer.class), r.get(4, Integer.class), r.get(FIGURES));
                    missing.merge(new MissingKey(denominator, found.platform(), found.country()), found,
                            (one, other) -> new MissingUserFigure(denominator, one.platform(), one.country(),
                                    Math.min(one.fromYear(), other.fromYear()), Math.max(one.toYear(), other.toYear()),
                                    one.figures() + other.figures()));
                });
        return List.copyOf(missing.values());
    }

    /** Sorts the gaps by denominator (declared order), platform, then country. */
    private record MissingKey(Denominator denominator, String platform, String country)
            implements Comparable<MissingKey> {

        private static final Comparator<MissingKey> ORDER = Comparator.comparing(MissingKey::denominator)
                .thenComparing(MissingKey::platform, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(MissingKey::country);

        @Override
        public int compareTo(MissingKey other) {
            return ORDER.compare(this, other);
        }
    }

    private static final class Tally {

        private int figures;
        private int withRate;
        private final Map<RateUnavailable, Integer> withoutRate = new EnumMap<>(RateUnavailable.class);

        void add(RateUnavailable reason, int count) {
            figures += count;
            if (reason == null) {
                withRate += count;
            } else {
                withoutRate.merge(reason, count, Integer::sum);
            }
        }
    }
}
