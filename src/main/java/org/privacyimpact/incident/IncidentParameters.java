package org.privacyimpact.incident;

import java.util.List;
import java.util.Map;

import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.FilterParameters;

/**
 * The incident list's filter as written in an address, the same for the Incidents view and the data API's
 * /incidents: {@code ?q=pegasus&vendor=NSO&platform=WhatsApp&kind=notified_by_platform&country=IN&from=2019}.
 */
public final class IncidentParameters {

    /** Every parameter this filter reads. */
    public static final List<AddressParameter<?>> PARAMETERS = List.of(FilterParameters.TEXT,
            FilterParameters.VENDOR, FilterParameters.PLATFORM, FilterParameters.KIND, FilterParameters.COUNTRY,
            FilterParameters.YEAR, FilterParameters.FROM, FilterParameters.TO);

    private IncidentParameters() {
    }

    public static IncidentFilter read(AddressReader reader, FilterParameters filters) {
        FilterParameters.Years years = FilterParameters.years(reader);
        return new IncidentFilter(reader.one(FilterParameters.TEXT), reader.one(FilterParameters.VENDOR),
                reader.one(filters.incidentPlatform()), reader.one(FilterParameters.KIND),
                reader.one(filters.country()),
                years.from(), years.to());
    }

    public static Map<String, List<String>> write(IncidentFilter filter) {
        return AddressReader.writer()
                .one(FilterParameters.TEXT, filter.text())
                .one(FilterParameters.VENDOR, filter.vendor())
                .one(FilterParameters.PLATFORM, filter.platform())
                .one(FilterParameters.KIND, filter.kind())
                .one(FilterParameters.COUNTRY, filter.country())
                .one(FilterParameters.FROM, filter.fromYear())
                .one(FilterParameters.TO, filter.toYear())
                .values();
    }
}
