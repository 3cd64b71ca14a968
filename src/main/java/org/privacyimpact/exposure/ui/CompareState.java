package org.privacyimpact.exposure.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.FilterParameters;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureParameters;

/**
 * Everything the Compare view shows, as it is written in the page's address: the comparison's filter in the words
 * of {@link ExposureParameters} ({@code ?kind=confirmed_forensic&denominator=internet_users&incident=PP2021
 * &country=IN&country=MX&from=2016&to=2021&worldwide=true}), then {@code &scale=log&tab=table}. Only settings that
 * differ from the defaults are written, so the plain address stays short. A parameter that cannot be read is
 * ignored and reported, never an error page.
 */
public record CompareState(ExposureFilter filter, Scale scale, Tab tab) {

    /**
     * AUTO: bars on a linear axis, the scatter on logarithmic axes when its values span more than two orders of
     * magnitude (a linear scatter would crowd all but one point into a corner).
     */
    public enum Scale { AUTO, LINEAR, LOG }

    public enum Tab { RATES, SCATTER, TABLE }

    public static final CompareState DEFAULT = new CompareState(ExposureParameters.DEFAULT, Scale.AUTO, Tab.RATES);

    private static final AddressParameter<Scale> SCALE = named("scale", Scale.class);
    private static final AddressParameter<Tab> TAB = named("tab", Tab.class);

    /** The state and the parameters that were ignored, with why. */
    public record Parsed(CompareState state, List<String> ignored) {
    }

    public static Parsed from(Map<String, List<String>> parameters, FilterParameters filters) {
        AddressReader reader = AddressReader.lenient(parameters);
        ExposureFilter filter = ExposureParameters.read(reader, filters);
        CompareState state = new CompareState(filter, reader.one(SCALE, Scale.AUTO), reader.one(TAB, Tab.RATES));
        return new Parsed(state, reader.ignored());
    }

    /** The address's parameters, by name. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> values = new LinkedHashMap<>(ExposureParameters.write(filter));
        values.putAll(AddressReader.writer()
                .one(SCALE, scale == Scale.AUTO ? null : scale)
                .one(TAB, tab == Tab.RATES ? null : tab)
                .values());
        return values;
    }

    public CompareState withFilter(ExposureFilter other) {
        return new CompareState(other, scale, tab);
    }

    CompareState withScale(Scale other) {
        return new CompareState(filter, other, tab);
    }

    CompareState withTab(Tab other) {
        return new CompareState(filter, scale, other);
    }

    /** A view setting written as its constant's name in lower case: scale=log, tab=table. */
    private static <E extends Enum<E>> AddressParameter<E> named(String name, Class<E> type) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList();
        return AddressParameter.of(name, "one of " + String.join(", ", names),
                text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT)),
                constant -> constant.name().toLowerCase(Locale.ROOT));
    }
}
