package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.common.address.BadParameterException;

/** The shared filter rules, without a database ({@link SmallKnownValues}). */
class FilterParametersTest {

    private final FilterParameters filters = SmallKnownValues.FILTERS;

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

    @Test
    void aCountryIsReadInEitherCaseAndMustBeKnown() {
        assertThat(filters.country().read("in")).isEqualTo("IN");
        assertThatThrownBy(() -> filters.country().read("ZZ")).hasMessage("There is no country ZZ in ISO 3166-1");
        assertThatThrownBy(() -> filters.country().read("India"))
                .hasMessage("country must be an ISO 3166-1 alpha-2 code such as IN, not \"India\"");
    }

    @Test
    void anIncidentMustBePublished() {
        assertThat(filters.incident().read("WA2019")).isEqualTo("WA2019");
        assertThatThrownBy(() -> filters.incident().read("DRAFT1"))
                .hasMessage("There is no incident \"DRAFT1\" in the dataset");
        assertThatThrownBy(() -> filters.incident().read("a b")).isInstanceOf(BadParameterException.class);
    }

    @Test
    void aPlatformIsReadAsItsStoredName() {
        assertThat(filters.platform().read("whatsapp")).isEqualTo("WhatsApp");
        assertThatThrownBy(() -> filters.platform().read("MySpace"))
                .hasMessage("platform must be one of Internet (all), WhatsApp, not \"MySpace\"");
    }

    /** Incidents and their rates are filtered by a platform an incident went through; another would match nothing. */
    @Test
    void anIncidentsPlatformIsOneAnIncidentWentThrough() {
        assertThat(filters.incidentPlatform().read("WHATSAPP")).isEqualTo("WhatsApp");
        assertThatThrownBy(() -> filters.incidentPlatform().read("Internet (all)"))
                .hasMessage("platform must be one that an incident in the dataset went through (WhatsApp), not "
                        + "\"Internet (all)\"");
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
