package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.common.address.BadParameterException;

/** The shared filter rules, without a database ({@link SmallKnownValues}). */
class FilterParametersTest {

    @Test
    void aYearIsFourDigitsWithinTheDatasetsYears() {
        assertThat(FilterParameters.FROM.read("2019")).isEqualTo(2019);
        assertThat(FilterParameters.FROM.read(String.valueOf(DatasetYears.FIRST))).isEqualTo(DatasetYears.FIRST);
        for (String notAYear : List.of("1989", "2101", "19", "20190", "2019.0", "abcd", "-2019")) {
            assertThatThrownBy(() -> FilterParameters.FROM.read(notAYear)).as(notAYear)
                    .isInstanceOf(BadParameterException.class)
                    .hasMessage("from must be a year from 1990 to 2100 such as 2019, not \"" + notAYear + "\"");
        }
    }

    /**
     * The parameters read against the dataset: what each reads a known value as, and what it says of one it does not
     * know. Incidents and their rates are filtered by a platform an incident went through; another would match
     * nothing, so "Internet (all)" is a platform but not an incident's platform.
     */
    static Stream<Arguments> knownValues() {
        FilterParameters filters = SmallKnownValues.FILTERS;
        return Stream.of(
                arguments(filters.country(), "in", "IN", "ZZ", "There is no country ZZ in ISO 3166-1"),
                arguments(filters.country(), "IN", "IN", "India",
                        "country must be an ISO 3166-1 alpha-2 code such as IN, not \"India\""),
                arguments(filters.incident(), "WA2019", "WA2019", "DRAFT1",
                        "There is no incident \"DRAFT1\" in the dataset"),
                arguments(filters.incident(), "WA2019", "WA2019", "a b",
                        "incident must be an incident's id such as WA2019, not \"a b\""),
                arguments(filters.platform(), "whatsapp", "WhatsApp", "MySpace",
                        "platform must be one of Internet (all), WhatsApp, not \"MySpace\""),
                arguments(filters.incidentPlatform(), "WHATSAPP", "WhatsApp", "Internet (all)",
                        "platform must be one that an incident in the dataset went through (WhatsApp), not "
                                + "\"Internet (all)\""));
    }

    @ParameterizedTest
    @MethodSource("knownValues")
    void aValueMustBeOneTheDatasetHas(AddressParameter<String> parameter, String known, String readAs,
                                      String unknown, String refusal) {
        assertThat(parameter.read(known)).isEqualTo(readAs);
        assertThatThrownBy(() -> parameter.read(unknown)).isInstanceOf(BadParameterException.class)
                .hasMessage(refusal);
    }

    @Test
    void aKindIsOneOfTheStoredCodes() {
        assertThat(FilterParameters.KIND.read("notified_by_platform")).isEqualTo(CountKind.NOTIFIED_BY_PLATFORM);
        assertThat(FilterParameters.KIND.write(CountKind.CONFIRMED_FORENSIC)).isEqualTo("confirmed_forensic");
        assertThatThrownBy(() -> FilterParameters.KIND.read("rumour"))
                .hasMessageStartingWith("kind must be one of ").hasMessageContaining("notified_by_platform");
    }

    @Test
    void trueOrFalseAlsoReadsTheYesAndNoOfOlderLinks() {
        assertThat(FilterParameters.VERIFIED.read("TRUE")).isTrue();
        assertThat(FilterParameters.VERIFIED.read("no")).isFalse();
        assertThat(FilterParameters.VERIFIED.write(false)).isEqualTo("false");
        assertThatThrownBy(() -> FilterParameters.VERIFIED.read("maybe")).isInstanceOf(BadParameterException.class);
    }

    @Test
    void oneYearIsTheSameAsFromAndToBothSetToIt() {
        assertThat(FilterParameters.years(AddressReader.lenient(Map.of("year", List.of("2019")))))
                .isEqualTo(new FilterParameters.Years(2019, 2019));
        assertThat(FilterParameters.years(AddressReader.lenient(Map.of("from", List.of("2016")))))
                .isEqualTo(new FilterParameters.Years(2016, null));
    }

    @Test
    void yearsThatContradictEachOtherAreDroppedByAViewAndRefusedByTheApi() {
        Map<String, List<String>> backwards = Map.of("from", List.of("2021"), "to", List.of("2019"));
        AddressReader lenient = AddressReader.lenient(backwards);
        assertThat(FilterParameters.years(lenient)).isEqualTo(FilterParameters.Years.OPEN);
        assertThat(lenient.ignored()).containsExactly("to (2019) must not be before from (2021)");

        assertThatThrownBy(() -> FilterParameters.years(AddressReader.strict(Map.of("from", new String[] {"2021"},
                "to", new String[] {"2019"})))).isInstanceOfSatisfying(BadParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("to"));
        assertThatThrownBy(() -> FilterParameters.years(AddressReader.strict(Map.of("year", new String[] {"2019"},
                "from", new String[] {"2019"})))).isInstanceOfSatisfying(BadParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("year"));
    }
}
