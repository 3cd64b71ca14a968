package org.privacyimpact.dataset;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * What a number of people targeted actually counts. Kinds are never added together or compared as if they
 * were the same thing: a phone number on a leaked list is not a forensically confirmed infection.
 */
@RequiredArgsConstructor
public enum CountKind implements ExplainedCode {
    LEAKED_LIST_ENTRIES(new Term("leaked_list_entries", "Leaked-list entries",
            "Phone numbers on a leaked list of possible targets selected by a client of the vendor. "
                    + "Being on the list does not prove an attack."), "on a leaked list"),
    CONFIRMED_FORENSIC(new Term("confirmed_forensic", "Confirmed by forensic analysis",
            "People, phones or accounts that a lab's technical analysis confirmed as targeted: most by examining "
                    + "the phones, some by tracing the attack links sent to them, which confirms the targeting but "
                    + "not an infection (the figure's notes say which). A lower bound: only what someone chose to "
                    + "have examined, or what the links revealed, is counted."),
            "confirmed targeted by forensic analysis"),
    NOTIFIED_BY_PLATFORM(new Term("notified_by_platform", "Notified by the platform",
            "Accounts or people the platform (for example WhatsApp) detected as targeted and told so."),
            "notified by the platform"),
    OFFICIAL_DISCLOSURE(new Term("official_disclosure", "Official disclosure",
            "A number a state authority released itself, without independent forensic checks."),
            "in an official disclosure"),
    ALLEGED(new Term("alleged", "Alleged", "A number claimed by a party and not independently checked."),
            "allegedly targeted"),
    ESTIMATED(new Term("estimated", "Estimated", "An estimate, not a count."), "targeted, by an estimate");

    @Getter
    private final Term term;
    private final String counted;

    /**
     * What a number of this kind counts, in words that follow the number: "phone numbers on a leaked list",
     * "person notified by the platform", "accounts notified by the platform" — so that "13" never reads as people
     * when it counts figures, phone numbers or accounts.
     */
    public String counted(long count, CountedUnit unit) {
        return unit.words(count) + " " + counted;
    }

    /** The unit a figure of this kind counts unless its source says otherwise: leaked lists hold phone numbers. */
    public CountedUnit usualUnit() {
        return this == LEAKED_LIST_ENTRIES ? CountedUnit.PHONE_NUMBERS : CountedUnit.PEOPLE;
    }

    /**
     * Whether a number of this kind is a minimum by its nature, whatever its source's wording: a forensic count
     * covers only the phones someone had examined.
     */
    public boolean countsAMinimum() {
        return this == CONFIRMED_FORENSIC;
    }
}
