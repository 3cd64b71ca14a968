package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A number is followed by what it counts: people only where its source counted people. */
class CountedUnitTest {

    @Test
    void theWordsAfterANumberSayWhatItCountsAndHowItWasCounted() {
        assertThat(CountKind.OFFICIAL_DISCLOSURE.counted(4_286, CountedUnit.PHONE_NUMBERS))
                .isEqualTo("phone numbers in an official disclosure");
        assertThat(CountKind.NOTIFIED_BY_PLATFORM.counted(1, CountedUnit.PEOPLE))
                .isEqualTo("person notified by the platform");
        assertThat(CountKind.CONFIRMED_FORENSIC.counted(218, CountedUnit.ACCOUNTS))
                .isEqualTo("accounts confirmed targeted by forensic analysis");
        assertThat(CountKind.ESTIMATED.counted(1, CountedUnit.IP_ADDRESSES))
                .isEqualTo("IP address targeted, by an estimate");
    }

    @Test
    void aLeakedListHoldsPhoneNumbersAndEveryOtherKindCountsPeopleUnlessItsSourceSaysOtherwise() {
        assertThat(CountKind.LEAKED_LIST_ENTRIES.usualUnit()).isEqualTo(CountedUnit.PHONE_NUMBERS);
        assertThat(CountKind.values()).filteredOn(kind -> kind != CountKind.LEAKED_LIST_ENTRIES)
                .allSatisfy(kind -> assertThat(kind.usualUnit()).isEqualTo(CountedUnit.PEOPLE));
    }

    @Test
    void everyStoredCodeReadsBack() {
        for (CountedUnit unit : CountedUnit.values()) {
            assertThat(StoredCode.fromCode(CountedUnit.class, unit.code())).isSameAs(unit);
        }
    }
}
