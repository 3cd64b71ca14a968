package org.privacyimpact.overview.ui;

import java.util.List;
import java.util.Map;

import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.FilterParameters;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureParameters;

/**
 * What an overview address chooses: the count kind and the denominator of its map and top chart
 * ({@code ?kind=…&denominator=…}), read the same way by the view, its first screen and the map's embed.
 */
public record OverviewChoice(CountKind kind, Denominator denominator) {

    /** An address without parameters: the data API's and the Compare view's defaults. */
    public static final OverviewChoice DEFAULT = new OverviewChoice(ExposureParameters.DEFAULT.countKind(),
            ExposureParameters.DEFAULT.denominator());

    /** The address's choice; a value it does not know is left at the default (the reader notes it). */
    public static OverviewChoice read(AddressReader address) {
        return new OverviewChoice(address.one(FilterParameters.KIND, DEFAULT.kind()),
                address.one(ExposureParameters.DENOMINATOR, DEFAULT.denominator()));
    }

    /** The address's parameters for this choice: none where it is the default. */
    public Map<String, List<String>> parameters() {
        return ExposureParameters.write(ExposureParameters.DEFAULT.withCountKind(kind).withDenominator(denominator));
    }

    /** The figures the map and the top chart draw: countries' figures of the kind, each by the denominator. */
    public ExposureFilter filter() {
        return ExposureFilter.of(kind).withDenominator(denominator).withWorldwide(false);
    }
}
