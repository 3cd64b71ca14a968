package org.privacyimpact.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.FilterParameters;
import org.privacyimpact.dataset.UserBaseFilter;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureParameters;
import org.privacyimpact.incident.IncidentFilter;
import org.privacyimpact.incident.IncidentParameters;

/**
 * The filters an endpoint may take as an argument, each with the parameters it is read from: the views' own
 * definitions ({@link FilterParameters}, {@link ExposureParameters}, {@link IncidentParameters}), read strictly.
 * The same list serves {@link ApiArguments}, the check for unknown parameters and the OpenAPI description.
 */
final class ApiFilters {

    /** How one filter is read, and from which parameters. */
    record Reading(List<AddressParameter<?>> parameters,
                   BiFunction<AddressReader, FilterParameters, Object> read) {
    }

    private static final Map<Class<?>, Reading> READINGS = Map.of(
            ExposureFilter.class, new Reading(ExposureParameters.PARAMETERS, ExposureParameters::read),
            IncidentFilter.class, new Reading(IncidentParameters.PARAMETERS, IncidentParameters::read),
            FigureFilter.class, new Reading(List.of(FilterParameters.COUNTRY, FilterParameters.INCIDENT,
                    FilterParameters.KIND, FilterParameters.YEAR, FilterParameters.FROM, FilterParameters.TO,
                    FilterParameters.VERIFIED), (reader, filters) -> filters.figureFilter(reader)),
            UserBaseFilter.class, new Reading(List.of(FilterParameters.PLATFORM, FilterParameters.COUNTRY,
                    FilterParameters.METRIC), (reader, filters) -> filters.userBaseFilter(reader)));

    private ApiFilters() {
    }

    static Optional<Reading> of(Class<?> type) {
        return Optional.ofNullable(READINGS.get(type));
    }

    static Class<?>[] types() {
        return READINGS.keySet().toArray(Class<?>[]::new);
    }
}
