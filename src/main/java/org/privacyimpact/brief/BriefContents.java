package org.privacyimpact.brief;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import lombok.RequiredArgsConstructor;
import org.privacyimpact.country.CountryQuery;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.incident.IncidentDetail;
import org.privacyimpact.incident.IncidentQuery;
import org.springframework.stereotype.Component;

/**
 * Gathers what a brief says from the queries behind the dashboard's pages, so that a brief and its page give the
 * same numbers: a country's figures as its page lists them, the world's worldwide figures and the countries the
 * overview ranks highest.
 */
@Component
@RequiredArgsConstructor
class BriefContents {

    /** Countries in the world brief's ranking of each count kind, as in the overview's top chart. */
    static final int TOP_COUNTRIES = 10;

    private final CountryQuery countries;
    private final TargetedPerMillionQuery exposure;
    private final IncidentQuery incidents;
    private final DatasetQuery dataset;

    /** A country's brief; empty when the code names no country of the dataset. */
    Optional<Brief> country(String iso2, String origin) {
        return countries.profile(iso2).map(profile -> {
            List<Brief.KindSection> sections = new ArrayList<>();
            for (CountKind kind : profile.kinds()) {
                List<Brief.FigureRow> rows = rowsOf(ExposureFilter.of(kind).withCountries(Set.of(profile.iso2()))
                        .withWorldwide(false), row -> true);
                sections.add(new Brief.KindSection(kind, rows, "Rates per million platform users",
                        rows.stream().map(Brief.FigureRow::figure).filter(row -> row.perMillion() != null)
                                .toList()));
            }
            return new Brief(profile.name(), profile.placeAndCodes(), dataset.currentRelease(),
                    LocalDate.now(ZoneOffset.UTC), origin + "/countries/" + profile.iso2(), sections,
                    incidentsOf(sections));
        });
    }

    /** The world's brief: each kind's worldwide figures, and the countries with the highest rates. */
    Brief world(String origin) {
        List<Brief.KindSection> sections = new ArrayList<>();
        for (CountKind kind : CountKind.values()) {
            ExposureFilter filter = ExposureFilter.of(kind);
            List<Brief.FigureRow> worldwide = rowsOf(filter, row -> row.area().isWorldwide());
            List<TargetedPerMillion> top = exposure.highestPerCountry(filter.withWorldwide(false)).stream()
                    .limit(TOP_COUNTRIES).toList();
            if (!worldwide.isEmpty() || !top.isEmpty()) {
                sections.add(new Brief.KindSection(kind, worldwide,
                        "Countries with the highest rates per million platform users", top));
            }
        }
        return new Brief("The world", "Worldwide figures and the countries with the highest rates, by count kind",
                dataset.currentRelease(), LocalDate.now(ZoneOffset.UTC), origin + "/", sections, incidentsOf(sections));
    }

    /**
     * The filter's figures that {@code keep} accepts, in the order the page lists them (highest rate per platform
     * user first), each with its rows against every denominator.
     */
    private List<Brief.FigureRow> rowsOf(ExposureFilter filter, Predicate<TargetedPerMillion> keep) {
        Map<Long, Map<Denominator, TargetedPerMillion>> byFigure = new LinkedHashMap<>();
        for (Denominator denominator : Denominator.values()) {
            exposure.stream(filter.withDenominator(denominator), ExposureSort.HIGHEST_RATE_FIRST, row -> {
                if (keep.test(row)) {
                    byFigure.computeIfAbsent(row.figureId(), id -> new EnumMap<>(Denominator.class))
                            .put(denominator, row);
                }
            });
        }
        return byFigure.values().stream()
                .map(rates -> new Brief.FigureRow(rates.values().iterator().next(), rates)).toList();
    }

    /** Every incident a section's figures or ranking come from, once each, in the order they first appear. */
    private List<IncidentDetail> incidentsOf(List<Brief.KindSection> sections) {
        Set<String> ids = new LinkedHashSet<>();
        for (Brief.KindSection section : sections) {
            section.rows().forEach(row -> ids.add(row.figure().incidentId()));
            section.ranking().forEach(row -> ids.add(row.incidentId()));
        }
        return ids.stream().map(incidents::detail).flatMap(Optional::stream).toList();
    }
}
