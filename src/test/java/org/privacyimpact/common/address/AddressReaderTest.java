package org.privacyimpact.common.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class AddressReaderTest {

    private static final AddressParameter<Integer> NUMBER = AddressParameter.of("number", "a whole number such as 3",
            Integer::valueOf, String::valueOf).formerly("n");

    @Test
    void aLenientReaderLeavesOutWhatItCannotReadAndSaysWhy() {
        AddressReader reader = AddressReader.lenient(Map.of("number", List.of("three")));

        assertThat(reader.one(NUMBER, 7)).isEqualTo(7);
        assertThat(reader.ignored()).containsExactly("number must be a whole number such as 3, not \"three\"");
    }

    @Test
    void aStrictReaderRefusesWhatItCannotReadNamingTheParameter() {
        AddressReader reader = AddressReader.strict(Map.of("number", new String[] {"three"}));

        assertThatThrownBy(() -> reader.one(NUMBER))
                .isInstanceOfSatisfying(BadParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("number");
                    assertThat(e.getMessage()).isEqualTo("number must be a whole number such as 3, not \"three\"");
                });
    }

    @Test
    void aStrictReaderTakesASingleValueOnce() {
        AddressReader reader = AddressReader.strict(Map.of("number", new String[] {"1", "2"}));

        assertThatThrownBy(() -> reader.one(NUMBER)).isInstanceOf(BadParameterException.class)
                .hasMessage("number may be given once");
    }

    @Test
    void aFormerNameIsReadWhenTheCurrentOneIsAbsent() {
        assertThat(AddressReader.lenient(Map.of("n", List.of("4"))).one(NUMBER)).isEqualTo(4);
        assertThat(AddressReader.lenient(Map.of("n", List.of("4"), "number", List.of("5"))).one(NUMBER))
                .isEqualTo(5);
    }

    @Test
    void blankValuesFilterNothingAndRepeatedOnesAreSorted() {
        AddressReader reader = AddressReader.strict(Map.of("number", new String[] {"9", " ", "2", ""}));

        assertThat(reader.each(NUMBER)).containsExactly(2, 9);
        assertThat(AddressReader.strict(Map.of("number", new String[] {" "})).one(NUMBER)).isNull();
    }

    @Test
    void aValueTheDatasetDoesNotHaveIsReportedInItsOwnWords() {
        AddressParameter<String> known = AddressParameter.of("code", "two letters", Function.identity(),
                Function.identity()).checked(code -> {
                    throw new AddressParameter.NotInDataset("There is no " + code);
                });

        AddressReader reader = AddressReader.lenient(Map.of("code", List.of("XX")));

        assertThat(reader.one(known)).isNull();
        assertThat(reader.ignored()).containsExactly("There is no XX");
    }

    @Test
    void aRejectionIsReportedLenientlyAndThrownStrictly() {
        AddressReader lenient = AddressReader.lenient(Map.of());
        lenient.reject("to", "to is before from");
        assertThat(lenient.ignored()).containsExactly("to is before from");

        assertThatThrownBy(() -> AddressReader.strict(Map.of()).reject("to", "to is before from"))
                .isInstanceOf(BadParameterException.class);
    }

    @Test
    void aVisitorsValueIsEchoedOnlyAsShortPlainText() {
        assertThat(AddressParameter.printable("a\u0000b")).isEqualTo("a?b");
        assertThat(AddressParameter.printable("x".repeat(50))).hasSize(41).endsWith("…");
    }

    @Test
    void theWriterLeavesOutDefaultsAndKeepsTheOrderGiven() {
        assertThat(AddressReader.writer().one(NUMBER, null).one(NUMBER, 3).each(NUMBER, List.of()).values())
                .containsExactly(Map.entry("number", List.of("3")));
    }
}
