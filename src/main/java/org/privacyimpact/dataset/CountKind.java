package org.privacyimpact.dataset;

/**
 * What a number of people targeted actually counts. Kinds are never added together or compared as if they
 * were the same thing: a phone number on a leaked list is not a forensically confirmed infection.
 */
public enum CountKind implements StoredCode {
    LEAKED_LIST_ENTRIES("leaked_list_entries", "Leaked-list entries", "on a leaked list",
            "Phone numbers on a leaked list of possible targets selected by a client of the vendor. "
                    + "Being on the list does not prove an attack."),
    CONFIRMED_FORENSIC("confirmed_forensic", "Confirmed by forensic analysis",
            "confirmed targeted by forensic analysis",
            "Phones that a lab examined and found infected or attacked. A lower bound: only phones someone "
                    + "chose to have examined are counted."),
    NOTIFIED_BY_PLATFORM("notified_by_platform", "Notified by the platform", "notified by the platform",
            "Accounts or people the platform (for example WhatsApp) detected as targeted and told so."),
    OFFICIAL_DISCLOSURE("official_disclosure", "Official disclosure", "in an official disclosure",
            "A number a state authority released itself, without independent forensic checks."),
    ALLEGED("alleged", "Alleged", "allegedly targeted",
            "A number claimed by a party and not independently checked."),
    ESTIMATED("estimated", "Estimated", "targeted, by an estimate", "An estimate, not a count.");

    private final String code;
    private final String label;
    private final String counted;
    private final String definition;

    CountKind(String code, String label, String counted, String definition) {
        this.code = code;
        this.label = label;
        this.counted = counted;
        this.definition = definition;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

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

    public static CountKind fromCode(String code) {
        return StoredCode.fromCode(CountKind.class, code);
    }
}
