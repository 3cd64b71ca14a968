package org.privacyimpact.dataset.reference;

import static org.privacyimpact.dataset.reference.MigrationFields.platformId;
import static org.privacyimpact.dataset.reference.MigrationFields.section;
import static org.privacyimpact.dataset.reference.MigrationFields.sourceId;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep13;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;
import org.privacyimpact.db.tables.records.PlatformUserBaseRecord;

/**
 * Writes {@value #MIGRATION}: population and internet users for every country and every year 2010–2025, from two
 * World Bank data files copied line for line into {@value #FOLDER} (see the README there for where they come from
 * and how the copies were checked). Nothing is typed: each population row quotes its file line, and each
 * internet-user row quotes the line of the ITU share it is worked out from, naming the population line it
 * multiplies in its notes ({@link DerivedInternetUsers}). {@code GeneratedMigrationsTest} fails when the
 * committed migration differs from what this writer produces.
 * <p>
 * A country and year the released dataset (V6) already has for that measure keeps its released row, so each
 * measure has one row per country and year.
 */
public final class DataFileMigrationWriter {

    static final String MIGRATION = "sql/V14__population_and_internet_users_2010_2025.sql";
    static final String FOLDER = "reference/data-files/";
    static final int FIRST_YEAR = 2010;
    static final int LAST_YEAR = 2025;
    static final LocalDate COPIED_ON = LocalDate.of(2026, 12, 2);

    static final String POPULATION_FILE = "sp.pop.totl-2010-2025.csv";
    static final String POPULATION_URL = "https://raw.githubusercontent.com/datasets/world-development-indicators/"
            + "4ebec5a2273f531ba238a34dbe440394dc5a6c4b/indicators/sp.pop.totl/data.csv";
    static final String POPULATION_TITLE = "World Bank, World Development Indicators: Population, total "
            + "(SP.POP.TOTL), midyear estimates; CSV copy kept by the datasets/world-development-indicators project "
            + "on GitHub, commit 4ebec5a (CC BY 4.0)";

    static final String SHARE_FILE = "it_net_user_zs-2010-2025.csv";
    static final String SHARE_URL = DerivedInternetUsers.SHARE_SOURCE_URL;
    static final String SHARE_TITLE = "World Bank, World Development Indicators: Individuals using the Internet "
            + "(% of population, IT.NET.USER.ZS, from the ITU); CSV copy kept by Gapminder's Open Numbers project "
            + "on GitHub, commit 01a34e8";

    /** The sources this migration inserts, which later rows may cite again. */
    public static final Set<String> SOURCE_URLS = Set.of(POPULATION_URL, SHARE_URL);

    static final String POPULATION_PLATFORM = "Population (all)";
    static final String INTERNET_PLATFORM = "Internet (all)";
    private static final String WORLD_CODE = "WLD";
    private static final int ROWS_PER_INSERT = 400;

    private final ReferenceData released;
    private final Map<String, String> iso2ByIso3 = iso2ByIso3();
    private final DSLContext sql = MigrationFields.renderer();

    DataFileMigrationWriter(ReferenceData released) {
        this.released = released;
    }

    /** One line of a data file: the area's ISO 3166-1 alpha-3 code (or WLD), the year, the value, the line. */
    record DataLine(String code, int year, BigDecimal value, String line) {
    }

    String render() {
        List<DataLine> population = populationLines();
        List<DataLine> shares = shareLines();
        Map<String, DataLine> populationByCodeAndYear = population.stream()
                .collect(Collectors.toMap(line -> line.code() + "/" + line.year(), line -> line));
        Set<String> releasedKeys = released.userBases().stream().map(released::referenceIdOf)
                .collect(Collectors.toSet());

        Set<String> skippedCodes = new TreeSet<>();
        List<String> keptReleased = new ArrayList<>();
        List<Row> populationRows = new ArrayList<>();
        for (DataLine line : population) {
            String area = areaOf(line.code());
            if (area == null) {
                skippedCodes.add(line.code());
                continue;
            }
            long people = line.value().longValueExact();
            Row row = new Row("UB-POPULATION-" + area + "-" + line.year(), POPULATION_PLATFORM, area, people, "exact",
                    "population", line.year(), POPULATION_URL, line.line(), null);
            if (releasedKeys.contains(row.referenceId())) {
                keptReleased.add(row.referenceId());
            } else {
                populationRows.add(row);
            }
        }
        List<Row> internetRows = new ArrayList<>();
        List<String> withoutPopulation = new ArrayList<>();
        List<String> noUsers = new ArrayList<>();
        for (DataLine share : shares) {
            String area = areaOf(share.code());
            if (area == null || area.equals(ReferenceData.WORLDWIDE_CODE)) {
                skippedCodes.add(share.code());
                continue;
            }
            if (share.value().signum() == 0) {
                noUsers.add(share.code() + " " + share.year());
                continue;
            }
            DataLine people = populationByCodeAndYear.get(share.code() + "/" + share.year());
            if (people == null) {
                withoutPopulation.add(share.code() + " " + share.year());
                continue;
            }
            long users = DerivedInternetUsers.users(share.value(), people.value().longValueExact());
            Row row = new Row("UB-INTERNET-" + area + "-" + share.year(), INTERNET_PLATFORM, area, users, "approximate",
                    "internet_users", share.year(), SHARE_URL, share.line(),
                    DerivedInternetUsers.notes(share.value(), people.value().longValueExact(), share.year(),
                            people.line()));
            if (releasedKeys.contains(row.referenceId())) {
                keptReleased.add(row.referenceId());
            } else {
                internetRows.add(row);
            }
        }

        StringBuilder out = new StringBuilder(header(skippedCodes, withoutPopulation, noUsers, keptReleased));
        // jOOQ generates its classes from the migrations; rows are no part of the schema, and parsing thousands
        // of them would slow every build
        out.append("\n-- [jooq ignore start]\n");
        section(sql, out, "Sources: the two data files, at the commits copied", sources());
        section(sql, out, "Population, " + FIRST_YEAR + "-" + LAST_YEAR + ": " + populationRows.size() + " rows",
                inserts(populationRows));
        section(sql, out, "Internet users, worked out from the ITU share and the population of the same year: "
                + internetRows.size() + " rows", inserts(internetRows));
        return out.append("\n-- [jooq ignore stop]\n").toString();
    }

    /** @param qualifier population as the file states it; internet users "approximate", being worked out */
    private record Row(String referenceId, String platform, String area, long users, String qualifier,
                       String metric, int year, String sourceUrl, String quote, String notes) {
    }

    /** The dataset's area for a data file's code: an ISO alpha-2 code, XX for the world, null for the rest. */
    private String areaOf(String code) {
        return code.equals(WORLD_CODE) ? ReferenceData.WORLDWIDE_CODE : iso2ByIso3.get(code);
    }

    private static String header(Set<String> skippedCodes, List<String> withoutPopulation, List<String> noUsers,
                                 List<String> kept) {
        return comment("Population and internet users for every country, %d-%d: GENERATED by DataFileMigrationWriter "
                .formatted(FIRST_YEAR, LAST_YEAR)
                + "(src/test/java) from the data files in src/test/resources/" + FOLDER + " (their README says "
                + "where they come from), do not edit by hand.")
                + comment("Population: " + POPULATION_URL)
                + comment("Internet users: " + SHARE_URL + " gives the share of the population using the "
                + "internet; each row is that share times the population of the same country and year, rounded "
                + "to whole people. Its quote is the share's line; its notes name the population line.")
                + comment("Skipped, not an ISO 3166-1 country in the country table (World Bank aggregates, "
                + "Kosovo, the Channel Islands ...): " + String.join(" ", skippedCodes) + ".")
                + comment("Shares without a population line for their year: "
                + (withoutPopulation.isEmpty() ? "none" : String.join(", ", withoutPopulation)) + ".")
                + comment("Shares of 0%, which give no internet users to divide by: " + String.join(", ", noUsers)
                + ".")
                + comment("Kept as released in 2026.11.1 (that measure, country and year were already loaded): "
                + (kept.isEmpty() ? "none" : String.join(" ", kept)) + ".");
    }

    /** A comment wrapped at 116 characters, so the migration reads in a review. */
    private static String comment(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder("--");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > 116 && line.length() > 2) {
                out.append(line).append('\n');
                line = new StringBuilder("--   ");
            } else {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    private List<Query> sources() {
        return List.of(
                sql.insertInto(SOURCE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL, SOURCE.ACCESSED_ON)
                        .values(POPULATION_TITLE, "World Bank", POPULATION_URL, COPIED_ON),
                sql.insertInto(SOURCE, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL, SOURCE.ACCESSED_ON)
                        .values(SHARE_TITLE, "World Bank; International Telecommunication Union (ITU)", SHARE_URL,
                                COPIED_ON));
    }

    private List<Query> inserts(List<Row> rows) {
        List<Query> queries = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            InsertValuesStep13<PlatformUserBaseRecord, String, Long, String, String, Long, ValueQualifier,
                    UserBaseMetric, Integer, Long, String, Boolean, String, Integer> insert = sql.insertInto(
                    PLATFORM_USER_BASE,
                    PLATFORM_USER_BASE.REFERENCE_ID, PLATFORM_USER_BASE.PLATFORM_ID, PLATFORM_USER_BASE.AREA,
                    PLATFORM_USER_BASE.COUNTRY_ISO2, PLATFORM_USER_BASE.USERS, PLATFORM_USER_BASE.USERS_QUALIFIER,
                    PLATFORM_USER_BASE.METRIC, PLATFORM_USER_BASE.AS_OF_YEAR, PLATFORM_USER_BASE.SOURCE_ID,
                    PLATFORM_USER_BASE.SOURCE_QUOTE, PLATFORM_USER_BASE.VERIFIED, PLATFORM_USER_BASE.NOTES,
                    PLATFORM_USER_BASE.AS_OF_MONTH);
            for (Row row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT))) {
                boolean worldwide = row.area().equals(ReferenceData.WORLDWIDE_CODE);
                insert = insert.values(DSL.inline(row.referenceId()), platformId(row.platform()),
                        DSL.inline(worldwide ? "worldwide" : "country"),
                        DSL.inline(worldwide ? null : row.area()), DSL.inline(row.users()),
                        MigrationFields.code(PLATFORM_USER_BASE.USERS_QUALIFIER, row.qualifier()),
                        MigrationFields.code(PLATFORM_USER_BASE.METRIC, row.metric()), DSL.inline(row.year()),
                        sourceId(row.sourceUrl()), DSL.inline(row.quote()), DSL.inline(true),
                        DSL.inline(row.notes()), DSL.inline(null, Integer.class));
            }
            queries.add(insert);
        }
        return queries;
    }


    /** The same ISO 3166-1 list the country table is generated from (CountryMigrationWriter). */
    private static Map<String, String> iso2ByIso3() {
        Map<String, String> map = new HashMap<>();
        for (String iso2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            map.put(Locale.of("", iso2).getISO3Country(), iso2);
        }
        return map;
    }

    /** The population file's lines for the years loaded; codes are ISO 3166-1 alpha-3 or World Bank codes. */
    static List<DataLine> populationLines() {
        return read(POPULATION_FILE, record -> record.get("Country Code"), "Year", "Value");
    }

    /** The share file's lines for the years loaded, percent of the population; codes in upper case. */
    static List<DataLine> shareLines() {
        return read(SHARE_FILE, record -> record.get("geo").toUpperCase(Locale.ROOT), "time", "it_net_user_zs");
    }

    /** The lines of a data file for the years loaded, each with its text exactly as in the file. */
    private static List<DataLine> read(String file, Function<CSVRecord, String> code, String yearColumn,
                                       String valueColumn) {
        List<String> lines = lines(file);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(parse(lines.getFirst()).values()).get();
        Map<String, DataLine> byKey = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            CSVRecord record;
            try (var parser = format.parse(new StringReader(line))) {
                record = parser.getRecords().getFirst();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int year = Integer.parseInt(record.get(yearColumn));
            if (year < FIRST_YEAR || year > LAST_YEAR || record.get(valueColumn).isEmpty()) {
                continue;
            }
            DataLine parsed = new DataLine(code.apply(record), year, new BigDecimal(record.get(valueColumn)), line);
            if (byKey.put(parsed.code() + "/" + year, parsed) != null) {
                throw new IllegalStateException(file + " has two lines for " + parsed.code() + " " + year);
            }
        }
        return List.copyOf(byKey.values());
    }

    private static CSVRecord parse(String line) {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(line))) {
            return parser.getRecords().getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String file) {
        try (InputStream stream = DataFileMigrationWriter.class.getResourceAsStream("/" + FOLDER + file)) {
            if (stream == null) {
                throw new IllegalStateException("missing test resource " + FOLDER + file);
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
