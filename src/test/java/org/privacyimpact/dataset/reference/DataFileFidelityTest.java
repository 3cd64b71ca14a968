package org.privacyimpact.dataset.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.COUNTRY;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.reference.DataFileMigrationWriter.DataLine;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Population and internet users from the World Bank data files are in the database as the files state them:
 * each row's quote is a line of its file, and each internet-user figure is the quoted share of the population
 * line its notes name — worked out here again, independently of the writer, from the committed files.
 */
@IntegrationTest
class DataFileFidelityTest {

    private static final Pattern POPULATION_LINE_IN_NOTES = Pattern.compile("\\(line \"(.+?)\" of its population file\\)");

    @Autowired
    DSLContext db;

    private final Map<String, DataLine> populationLines = byLine(DataFileMigrationWriter.populationLines());
    private final Map<String, DataLine> shareLines = byLine(DataFileMigrationWriter.shareLines());

    @Test
    void everyPopulationRowQuotesALineOfTheFileWithItsNumberAndYear() {
        var rows = db.select(PLATFORM_USER_BASE.REFERENCE_ID, PLATFORM_USER_BASE.USERS,
                        PLATFORM_USER_BASE.AS_OF_YEAR, PLATFORM_USER_BASE.SOURCE_QUOTE)
                .from(PLATFORM_USER_BASE).join(SOURCE).on(SOURCE.ID.eq(PLATFORM_USER_BASE.SOURCE_ID))
                .where(SOURCE.URL.eq(DataFileMigrationWriter.POPULATION_URL))
                .fetch();

        assertThat(rows).hasSizeGreaterThan(3_000).allSatisfy(row -> {
            DataLine line = populationLines.get(row.value4());
            assertThat(line).as("%s quotes a line of %s", row.value1(), DataFileMigrationWriter.POPULATION_FILE)
                    .isNotNull();
            assertThat(row.value2()).as(row.value1()).isEqualTo(line.value().longValueExact());
            assertThat(row.value3()).as(row.value1()).isEqualTo(line.year());
        });
    }

    @Test
    void everyInternetUserFigureIsItsQuotedShareOfTheNamedPopulationLine() {
        var rows = db.select(PLATFORM_USER_BASE.REFERENCE_ID, PLATFORM_USER_BASE.USERS,
                        PLATFORM_USER_BASE.AS_OF_YEAR, PLATFORM_USER_BASE.SOURCE_QUOTE, PLATFORM_USER_BASE.NOTES,
                        PLATFORM_USER_BASE.METRIC, PLATFORM.NAME)
                .from(PLATFORM_USER_BASE).join(SOURCE).on(SOURCE.ID.eq(PLATFORM_USER_BASE.SOURCE_ID))
                .join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID))
                .where(SOURCE.URL.eq(DerivedInternetUsers.SHARE_SOURCE_URL))
                .fetch();

        assertThat(rows).hasSizeGreaterThan(2_000).allSatisfy(row -> {
            String id = row.value1();
            assertThat(row.value6()).as(id).isEqualTo(UserBaseMetric.INTERNET_USERS);
            assertThat(row.value7()).as(id).isEqualTo(DataFileMigrationWriter.INTERNET_PLATFORM);
            DataLine share = shareLines.get(row.value4());
            assertThat(share).as("%s quotes a line of %s", id, DataFileMigrationWriter.SHARE_FILE).isNotNull();
            Matcher named = POPULATION_LINE_IN_NOTES.matcher(row.value5());
            assertThat(named.find()).as("%s names its population line: %s", id, row.value5()).isTrue();
            DataLine population = populationLines.get(named.group(1));
            assertThat(population).as("%s multiplies a line of the population file", id).isNotNull();
            assertThat(population.code()).as(id).isEqualTo(share.code());
            assertThat(population.year()).as(id).isEqualTo(share.year()).isEqualTo(row.value3());
            long expected = share.value().multiply(population.value())
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            assertThat(row.value2()).as("%s: %s%% of %s", id, share.value(), population.value())
                    .isEqualTo(expected);
        });
    }

    /** Every country and year the file has a line for is loaded, whichever release loaded it. */
    @Test
    void everyCountryAndYearOfThePopulationFileIsLoaded() {
        Set<String> loaded = db.select(COUNTRY.ISO3, PLATFORM_USER_BASE.AS_OF_YEAR)
                .from(PLATFORM_USER_BASE).join(COUNTRY).on(COUNTRY.ISO2.eq(PLATFORM_USER_BASE.COUNTRY_ISO2))
                .where(PLATFORM_USER_BASE.METRIC.eq(UserBaseMetric.POPULATION))
                .fetchSet(row -> row.value1() + "/" + row.value2());
        Set<String> countries = db.select(COUNTRY.ISO3).from(COUNTRY).fetchSet(COUNTRY.ISO3);
        Set<String> inFile = populationLines.values().stream()
                .filter(line -> countries.contains(line.code()))
                .map(line -> line.code() + "/" + line.year())
                .collect(Collectors.toSet());

        assertThat(inFile).hasSizeGreaterThan(200 * 16);
        assertThat(loaded).containsAll(inFile);
    }

    private static Map<String, DataLine> byLine(List<DataLine> lines) {
        return lines.stream().collect(Collectors.toMap(DataLine::line, line -> line));
    }
}
