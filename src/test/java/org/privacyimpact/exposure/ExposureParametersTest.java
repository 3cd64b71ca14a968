package org.privacyimpact.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.SmallKnownValues;

class ExposureParametersTest {

    static Stream<ExposureFilter> filters() {
        return Stream.of(ExposureParameters.DEFAULT,
                ExposureFilter.whatsApp2019(),
                ExposureFilter.of(CountKind.LEAKED_LIST_ENTRIES).withDenominator(Denominator.INTERNET_USERS)
                        .withCountries(Set.of("MX", "IN")).withYears(2016, null).withWorldwide(false),
                ExposureFilter.of(CountKind.CONFIRMED_FORENSIC).withDenominator(Denominator.POPULATION)
                        .withPlatform("WhatsApp").withYears(null, 2021));
    }

    /** What a view writes in its address opens the same filter, in the views and the API alike. */
    @ParameterizedTest
    @MethodSource("filters")
    void aWrittenFilterReadsBackTheSame(ExposureFilter filter) {
        Map<String, List<String>> written = ExposureParameters.write(filter);

        AddressReader lenient = AddressReader.lenient(written);
        assertThat(ExposureParameters.read(lenient, SmallKnownValues.FILTERS)).isEqualTo(filter);
        assertThat(lenient.ignored()).isEmpty();
        Map<String, String[]> asRequest = new java.util.LinkedHashMap<>();
        written.forEach((name, values) -> asRequest.put(name, values.toArray(String[]::new)));
        assertThat(ExposureParameters.read(AddressReader.strict(asRequest), SmallKnownValues.FILTERS))
                .isEqualTo(filter);
    }

    @Test
    void theDefaultsAreNotWritten() {
        assertThat(ExposureParameters.write(ExposureParameters.DEFAULT)).isEmpty();
        assertThat(ExposureParameters.write(ExposureParameters.DEFAULT.withDenominator(Denominator.INTERNET_USERS)))
                .containsExactly(Map.entry("denominator", List.of("internet_users")));
    }

    /**
     * Countries chosen ask for their figures: the worldwide ones come beside them only when asked for, in the views
     * and the API alike (a worldwide figure headed India's comparison before).
     */
    @Test
    void chosenCountriesLeaveTheWorldwideFiguresOutUnlessAskedFor() {
        assertThat(ExposureParameters.read(AddressReader.lenient(Map.of()), SmallKnownValues.FILTERS).worldwide())
                .isTrue();
        assertThat(ExposureParameters.read(AddressReader.lenient(Map.of("country", List.of("IN"))),
                SmallKnownValues.FILTERS).worldwide()).isFalse();
        assertThat(ExposureParameters.read(AddressReader.lenient(Map.of("country", List.of("IN"),
                "worldwide", List.of("true"))), SmallKnownValues.FILTERS).worldwide()).isTrue();
        assertThat(ExposureParameters.write(ExposureParameters.DEFAULT.withCountries(Set.of("IN")).withWorldwide(true)))
                .containsEntry("worldwide", List.of("true"));
        assertThat(ExposureParameters.write(ExposureParameters.DEFAULT.withCountries(Set.of("IN"))
                .withWorldwide(false))).doesNotContainKey("worldwide");
    }

    /** Links written before the views and the API shared their names keep working. */
    @Test
    void theViewsFormerNamesAndYesNoStillRead() {
        AddressReader reader = AddressReader.lenient(Map.of("per", List.of("population"),
                "worldwide", List.of("no")));

        ExposureFilter filter = ExposureParameters.read(reader, SmallKnownValues.FILTERS);

        assertThat(filter.denominator()).isEqualTo(Denominator.POPULATION);
        assertThat(filter.worldwide()).isFalse();
        assertThat(reader.ignored()).isEmpty();
    }

    @Test
    void aViewShowsWhatItCouldReadAndSaysWhatItLeftOut() {
        AddressReader reader = AddressReader.lenient(Map.of("kind", List.of("rumour"),
                "country", List.of("IN", "ZZ", "India"), "from", List.of("1850")));

        ExposureFilter filter = ExposureParameters.read(reader, SmallKnownValues.FILTERS);

        assertThat(filter).isEqualTo(ExposureParameters.DEFAULT.withCountries(Set.of("IN")).withWorldwide(false));
        assertThat(reader.ignored()).hasSize(4).anySatisfy(message -> assertThat(message).startsWith("kind must be"))
                .contains("There is no country ZZ in ISO 3166-1");
    }
}
