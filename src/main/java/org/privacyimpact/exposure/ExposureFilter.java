package org.privacyimpact.exposure;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.privacyimpact.dataset.CountKind;

/**
 * Which figures a comparison shows: one count kind (kinds are never mixed), divided by one kind of
 * denominator, optionally narrowed to the incidents through one platform, some incidents, some countries and a
 * span of years. Empty sets mean "all"; a null platform means any; a null year means "open".
 *
 * @param platform  only incidents through this platform (its name as stored), resolved by the query
 * @param worldwide whether worldwide figures are rows beside the countries
 */
public record ExposureFilter(CountKind countKind, Denominator denominator, String platform, Set<String> incidents,
                             Set<String> countries, Integer fromYear, Integer toYear, boolean worldwide) {

    public ExposureFilter {
        Objects.requireNonNull(countKind, "countKind");
        Objects.requireNonNull(denominator, "denominator");
        incidents = sortedCopy(incidents);
        countries = sortedCopy(countries);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("from " + fromYear + " is after to " + toYear);
        }
    }

    /** Every figure of one kind, per platform user where there is one. */
    public static ExposureFilter of(CountKind countKind) {
        return new ExposureFilter(countKind, Denominator.PLATFORM_USERS, null, Set.of(), Set.of(), null, null, true);
    }

    /** The founding case: people WhatsApp notified of the 2019 Pegasus attack, against WhatsApp's users. */
    public static ExposureFilter whatsApp2019() {
        return new ExposureFilter(CountKind.NOTIFIED_BY_PLATFORM, Denominator.PLATFORM_USERS, null, Set.of("WA2019"),
                Set.of(), 2019, 2019, true);
    }

    public ExposureFilter withCountKind(CountKind other) {
        return new ExposureFilter(other, denominator, platform, incidents, countries, fromYear, toYear, worldwide);
    }

    public ExposureFilter withDenominator(Denominator other) {
        return new ExposureFilter(countKind, other, platform, incidents, countries, fromYear, toYear, worldwide);
    }

    public ExposureFilter withPlatform(String other) {
        return new ExposureFilter(countKind, denominator, other, incidents, countries, fromYear, toYear, worldwide);
    }

    public ExposureFilter withIncidents(Set<String> other) {
        return new ExposureFilter(countKind, denominator, platform, other, countries, fromYear, toYear, worldwide);
    }

    public ExposureFilter withCountries(Set<String> other) {
        return new ExposureFilter(countKind, denominator, platform, incidents, other, fromYear, toYear, worldwide);
    }

    public ExposureFilter withYears(Integer from, Integer to) {
        return new ExposureFilter(countKind, denominator, platform, incidents, countries, from, to, worldwide);
    }

    public ExposureFilter withWorldwide(boolean other) {
        return new ExposureFilter(countKind, denominator, platform, incidents, countries, fromYear, toYear, other);
    }

    /** Sorted, so that the same filter always gives the same URL and the same CSV file name. */
    private static Set<String> sortedCopy(Set<String> values) {
        return values == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
