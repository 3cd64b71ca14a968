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
            Map.entry("UB-WHATSAPP-US-2024-07", language("100 miljoen", 100_000_000, "Dutch: million")),

            // dataset release 2026.12.2
            Map.entry("PAR2025J-XX", words("two European journalists", 2)),
            Map.entry("PAR2025J-XX-3", words("at least three prominent journalists", 3)),
            Map.entry("KE2025-KE", words("two of the detained reporters", 2)),
            Map.entry("KE2025-KE-CPJ", words("installed on the two phones", 2)),
            Map.entry("NICK2025-XX", words("six iPhones", 6)),
            Map.entry("NICK2025-XX-CRASH", words("Three of the phones", 3)),
            Map.entry("JOCEL2026-JO", language("quattro telefoni", 4, "Italian: four phones")),
            Map.entry("JOCEL2026-JO-GL", words("the phones of four activists", 4)),
            Map.entry("AO2026-AO", language("pelo menos, uma infeção", 1, "Portuguese: at least one infection")),
            Map.entry("APL2025-XX", words("only two people", 2)),
            Map.entry("IR2025-XX-ESP", language("Dodici cittadini iraniani", 12, "Italian: twelve Iranian citizens")),
            Map.entry("IR2025-XX-3", language("tre individui", 3, "Italian: three individuals")),
            Map.entry("IR2025-IR-2", language("due residenti in Iran", 2, "Italian: two living in Iran")),
            Map.entry("EP2024-BE", words("two phones of Members of the European Parliament", 2)),
            Map.entry("APL2024-IN", words("at least two Indian citizens", 2)),
            Map.entry("NOVISPY2024-RS", words("In two cases", 2)),
            Map.entry("PAR2025-IT-GOV", language("appaiono essere sette", 7, "Italian: appear to be seven")),
            Map.entry("PAR2025-IT-CPS", language("sette delle quali in Italia", 7,
                    "Italian: seven of them in Italy")),
            Map.entry("OF-USSD21-UG-9", words("at least nine", 9)),
            Map.entry("OF-UGJ21-UG-3", words("the three Ugandans", 3)),
            Map.entry("OF-INAMN23-IN-2", words("two Indian journalists", 2)),
            Map.entry("OF-PRODH23-MX-2", language("dos personas integrantes", 2, "Spanish: two members")),
            Map.entry("OF-MAHRD19-MA-2", words("Two prominent human rights defenders", 2)),
            Map.entry("OF-ESAT14-XX-2", words("two ESAT employees", 2)),
            Map.entry("OF-FM23-BR-1800", language("1,8 mil números de telefone", 1800,
                    "Portuguese: 1.8 thousand phone numbers")),
            Map.entry("OF-CHR17-XX-36", words("about three dozen installations", 36)),
            Map.entry("OF-OL21-XX-2", words("two prominent Vietnamese human rights defenders", 2)),
            Map.entry("OF-DOJ23-DO-1", words("One of the Dominican Republic", 1)),
            Map.entry("R2-APL2021-GH-2", words("at least two persons", 2)),
            Map.entry("R2-UBK-MK-5827", language("najmanje 5.827", 5_827,
                    "Bosnian: at least, dot as the thousands separator")),
            Map.entry("R2-CELL-MM-2", words("two journalists", 2)),
            Map.entry("R2-HUR-CL-8", language("los ocho comuneros", 8, "Spanish: the eight community members")),
            Map.entry("UB-WHATSAPP-TR-2019-09", language("43 milyon 464 bin", 43_464_000,
                    "Turkish: 43 million 464 thousand")),
            Map.entry("UB-WHATSAPP-TR-2020", language("59.500.000", 59_500_000, "dots as thousands separators")),
            Map.entry("UB-WHATSAPP-PK-2023", language("4کروڑ 62لاکھ", 46_200_000, "Urdu: 4 crore 62 lakh")),
            Map.entry("UB-WHATSAPP-PK-2025-08", language("9 کروڑ 17 لاکھ 50 ہزار", 91_750_000,
                    "Urdu: 9 crore 17 lakh 50 thousand")),
            Map.entry("UB-WHATSAPP-MX-2019-06", language("casi 77 millones", 77_000_000,
                    "Spanish: almost 77 million")),
            Map.entry("UB-WHATSAPP-MX-2020", language("80.900.000", 80_900_000, "dots as thousands separators")),
            Map.entry("UB-WHATSAPP-NL-2017", language("meer dan elf miljoen", 11_000_000,
                    "Dutch: more than eleven million")),
            Map.entry("UB-WHATSAPP-NL-2020", language("12.000.000", 12_000_000, "dots as thousands separators")),
            Map.entry("UB-WHATSAPP-NL-2020-01", language("12,1 miljoen", 12_100_000,
                    "Dutch: million, comma is the decimal mark")),
            Map.entry("UB-WHATSAPP-NL-2025", language("13,7 miljoen", 13_700_000,
                    "Dutch: million, comma is the decimal mark")),
            Map.entry("UB-WHATSAPP-IL-2020", language("6.700.000", 6_700_000, "dots as thousands separators")),
            Map.entry("UB-WHATSAPP-MA-2026", language("أكثر من 26 مليون", 26_000_000,
                    "Arabic: more than 26 million")),
            Map.entry("UB-WHATSAPP-IT-2022", language("33,8 milioni", 33_800_000,
                    "Italian: million, comma is the decimal mark")),
            Map.entry("UB-WHATSAPP-IT-2023-07", language("luglio 2023 di 35 milioni", 35_000_000,
                    "Italian: 35 million in July 2023")),
            Map.entry("UB-WHATSAPP-IT-2024-07", language("35,7 milioni", 35_700_000,
                    "Italian: million, comma is the decimal mark")),
            Map.entry("UB-WHATSAPP-ES-2018-04", language("20 millones", 20_000_000, "Spanish: millions")),
            Map.entry("UB-WHATSAPP-FR-2019", language("9,9 millions", 9_900_000,
                    "French: millions, comma is the decimal mark")),
            Map.entry("UB-FACEBOOK-GB-2022-10", language("Facebook 47,748", 47_748_000,
                    "a table in thousands of visitors")),
            Map.entry("UB-FACEBOOK-IT-2025", language("36,2 M", 36_200_000,
                    "Italian: M is million, comma is the decimal mark")),
            Map.entry("UB-GOOGLE-WORKSPACE-XX-2021-06", words("Three billion people", 3_000_000_000L)),
            Map.entry("UB-GMAIL-KR-2022-02", language("약 1294만명", 12_940_000,
                    "Korean: about 1,294 man (ten thousands) people")),
            Map.entry("UB-IPHONE-IN-2017-12", language("8.9 mn", 8_900_000, "mn is million")));
}
