package org.privacyimpact.dataset;

import java.util.Map;

/**
 * Figures whose quote states the number in a form {@link QuotedNumberForms} does not accept: in words, in
 * another language, with another thousands separator, or as parts that add up. Each entry names the exact
 * words that must appear in the quote and the number they mean, so a changed quote or number still fails.
 * Keyed by reference_id (target figures) or the user base's reference_id.
 */
final class StatedNumberExceptions {

    record StatedAs(String wording, long number, String why) {
    }

    private StatedNumberExceptions() {
    }

    private static StatedAs words(String wording, long number) {
        return new StatedAs(wording, number, "number in words");
    }

    private static StatedAs sum(String wording, long number, String parts) {
        return new StatedAs(wording, number, "sum of parts the quote states: " + parts);
    }

    private static StatedAs language(String wording, long number, String meaning) {
        return new StatedAs(wording, number, meaning);
    }

    static final Map<String, StatedAs> BY_REFERENCE_ID = Map.ofEntries(
            Map.entry("WA2019CE-TR", words("Twenty-six persons were targeted in Turkey", 26)),
            Map.entry("WA2019CE-FR", words("seven in France", 7)),
            Map.entry("WA2019CE-GB", words("two in Canada and the United Kingdom", 2)),
            Map.entry("WA2019CE-CA", words("two in Canada and the United Kingdom", 2)),
            Map.entry("WA2019CE-US", words("At least one person in the US", 1)),
            Map.entry("PP2021-XX-FOR", sum("23 were successfully infected and 14 showed signs of attempted "
                    + "penetration", 37, "23 infected + 14 attempted")),
            Map.entry("PP2021-HU-FOR", sum("three had been infected with Pegasus spyware, a tool marketed to "
                    + "governments by NSO. Two other phones showed signs of attempted targeting", 5,
                    "three infected + two attempted")),
            Map.entry("PP2021-DZ", language("quelque 6.000 numéros", 6_000, "French thousands separator")),
            Map.entry("PS2021-PS", words("six people", 6)),
            Map.entry("PAR2025-IT", words("seven Italian users", 7)),
            Map.entry("QD2023-XX", words("At least five civil society victims", 5)),
            Map.entry("PRD2021-EG", words("two Egyptians", 2)),
            Map.entry("MX2022-MX", language("três vítimas", 3, "Portuguese: three victims")),
            Map.entry("PL2021-FOR", words("three people", 3)),
            Map.entry("RS2023-CS", words("two members of Serbian civil society", 2)),
            Map.entry("RS2025-BIRN", words("two investigative journalists", 2)),
            Map.entry("BH2021-CL", words("nine human activists", 9)),
            Map.entry("BH2022-AI", language("tres activistas", 3, "Spanish: three activists")),
            Map.entry("FF2014-GB", words("three Bahraini activists", 3)),
            Map.entry("WA2019-TG", words("among six targets", 6)),
            Map.entry("TG2024-RSF", words("the first two that have been proven", 2)),
            Map.entry("KZ2021-AI", words("four of them had their devices infected", 4)),
            Map.entry("INSC2022-IN", words("malware was found in five", 5)),
            Map.entry("EC2021-BE", sum("Didier Reynders, the EU’s Justice Commissioner, was among those said to "
                    + "be targeted with Pegasus, in addition to at least four other staffers", 5,
                    "the Commissioner + at least four other staff")),
            Map.entry("EC2021-BE-INCYBER", words("Four members of the European Commission", 4)),
            Map.entry("ESGOV2022-ES", language("due politici", 2, "Italian: two politicians")),
            Map.entry("EXL2024-LV", words("Three of them are based in Latvia", 3)),
            Map.entry("EXL2024-PL", words("two are living in Warsaw", 2)),
            Map.entry("EXL2024-LT", words("another two are based in Lithuania", 2)),
            Map.entry("PAR2025-IT-CL", language("tre figure chiave", 3, "Italian: three key figures")),
            Map.entry("PAR2026-IT-PROS", words("those three devices", 3)),
            Map.entry("ILPOL2022-IL", words("three of the 26 names", 3)),
            Map.entry("PRD2022-GR-FOR", words("All three", 3)),
            Map.entry("APL2023-IN-HINDU", words("Over a dozen", 12)),
            Map.entry("APL2021-TH-REUTERS", words("at least six activists", 6)),

            Map.entry("UB-WHATSAPP-XX-2020-02", words("more than two billion users", 2_000_000_000L)),
            Map.entry("UB-WHATSAPP-MX-2014-02", language("32 milhões", 32_000_000, "Portuguese: millions")),
            Map.entry("UB-WHATSAPP-ES-2014-02", language("25 milhões na Espanha", 25_000_000,
                    "Portuguese: millions")),
            Map.entry("UB-WHATSAPP-GB-2014-02", language("17 milhões no Reino Unido", 17_000_000,
                    "Portuguese: millions")),
            Map.entry("UB-WHATSAPP-FR-2014-02", language("franceses (3 milhões)", 3_000_000,
                    "Portuguese: millions")),
            Map.entry("UB-WHATSAPP-ID-2021-06", language("84,8 juta", 84_800_000,
                    "Indonesian: juta is million, comma is the decimal mark")),
            Map.entry("UB-WHATSAPP-IN-2021-06", language("487,5 juta", 487_500_000,
                    "Indonesian: juta is million, comma is the decimal mark")),
            Map.entry("UB-WHATSAPP-BR-2021-06", language("118,5 juta", 118_500_000,
                    "Indonesian: juta is million, comma is the decimal mark")),
            Map.entry("UB-WHATSAPP-US-2021-06", language("79,6 juta", 79_600_000,
                    "Indonesian: juta is million, comma is the decimal mark")),
            Map.entry("UB-WHATSAPP-ID-2019-11", language("adalah 143 juta pengguna", 143_000_000,
                    "Indonesian: juta is million")),
            Map.entry("UB-WHATSAPP-MX-2025", language("77 millones", 77_000_000, "Spanish: millions")),
            Map.entry("UB-WHATSAPP-US-2024-07", language("100 miljoen", 100_000_000, "Dutch: million")));
}
