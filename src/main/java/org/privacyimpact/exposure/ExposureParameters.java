package org.privacyimpact.exposure;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.FilterParameters;

/**
 * A comparison's filter as written in an address, the same for the Compare view, the overview, a country's and an
 * incident's rates and the data API's /exposure: {@code ?kind=confirmed_forensic&denominator=internet_users
 * &platform=WhatsApp&incident=PP2021&country=IN&country=MX&from=2016&to=2021&worldwide=true}. Worldwide figures
 * come with the rows unless countries are chosen: then only those countries, unless {@code worldwide=true} asks
 * for the worldwide figures beside them. Views wrote {@code per=} and {@code worldwide=no} before; both are still
 * read.
 */
public final class ExposureParameters {

    public static final AddressParameter<Denominator> DENOMINATOR =
            FilterParameters.storedCode("denominator", Denominator.class).formerly("per");
    public static final AddressParameter<Boolean> WORLDWIDE = FilterParameters.trueOrFalse("worldwide");

    /** What an address without filters shows: people notified by a platform, per platform user, worldwide rows too. */
    public static final ExposureFilter DEFAULT = ExposureFilter.of(CountKind.NOTIFIED_BY_PLATFORM);

    /** Every parameter this filter reads; incident and country may be repeated. */
    public static final List<AddressParameter<?>> PARAMETERS = List.of(FilterParameters.KIND, DENOMINATOR,
            FilterParameters.PLATFORM, FilterParameters.INCIDENT, FilterParameters.COUNTRY, FilterParameters.YEAR,
            FilterParameters.FROM, FilterParameters.TO, WORLDWIDE);

    private ExposureParameters() {
    }

    /** The filter an address asks for; what it leaves out is {@link #DEFAULT}'s. */
    public static ExposureFilter read(AddressReader reader, FilterParameters filters) {
        FilterParameters.Years years = FilterParameters.years(reader);
        var countries = reader.each(filters.country());
        return new ExposureFilter(reader.one(FilterParameters.KIND, DEFAULT.countKind()),
                reader.one(DENOMINATOR, DEFAULT.denominator()), reader.one(filters.incidentPlatform()),
                reader.each(filters.incident()), countries, years.from(), years.to(),
                reader.one(WORLDWIDE, worldwideUnlessCountriesChosen(countries)));
    }

    /**
     * Whether worldwide figures come with the rows when the address does not say: yes, unless countries are chosen
     * (a reader who picks India asks for India's figures, and a worldwide figure would otherwise head them).
     */
    public static boolean worldwideUnlessCountriesChosen(Collection<String> countries) {
        return countries.isEmpty();
    }

    /** Only what differs from {@link #DEFAULT}, so that the plain address stays short. */
    public static Map<String, List<String>> write(ExposureFilter filter) {
        return AddressReader.writer()
                .one(FilterParameters.KIND, filter.countKind() == DEFAULT.countKind() ? null : filter.countKind())
                .one(DENOMINATOR, filter.denominator() == DEFAULT.denominator() ? null : filter.denominator())
                .one(FilterParameters.PLATFORM, filter.platform())
                .each(FilterParameters.INCIDENT, filter.incidents())
                .each(FilterParameters.COUNTRY, filter.countries())
                .one(FilterParameters.FROM, filter.fromYear())
                .one(FilterParameters.TO, filter.toYear())
                .one(WORLDWIDE, filter.worldwide() == worldwideUnlessCountriesChosen(filter.countries()) ? null
                        : filter.worldwide())
                .values();
    }
}
