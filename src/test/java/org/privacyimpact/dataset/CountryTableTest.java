package org.privacyimpact.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.COUNTRY;

import java.util.Locale;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.db.tables.records.CountryRecord;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CountryTableTest {

    @Autowired
    DSLContext db;

    @Test
    void everyIsoCountryIsThereWithTheJdksAlpha3Code() {
        Map<String, CountryRecord> countries = db.selectFrom(COUNTRY).fetchMap(COUNTRY.ISO2);

        assertThat(countries.keySet()).containsAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        countries.values().forEach(country -> assertThat(country.getIso3())
                .as(country.getIso2()).isEqualTo(Locale.of("", country.getIso2()).getISO3Country()));
    }

    @Test
    void numericCodesAreThreeDigitsAsWorldMapDataUsesThem() {
        assertThat(db.selectFrom(COUNTRY).where(COUNTRY.ISO_NUMERIC.isNotNull()).fetch(COUNTRY.ISO_NUMERIC))
                .hasSizeGreaterThan(240)
                .allSatisfy(code -> assertThat(code).matches("\\d{3}"));
    }

    @Test
    void indiaIsInSouthernAsia() {
        CountryRecord india = db.fetchSingle(COUNTRY, COUNTRY.ISO2.eq("IN"));

        assertThat(india.getIso3()).isEqualTo("IND");
        assertThat(india.getIsoNumeric()).isEqualTo("356");
        assertThat(india.getName()).isEqualTo("India");
        assertThat(india.getUnRegion()).isEqualTo("Asia");
        assertThat(india.getUnSubregion()).isEqualTo("Southern Asia");
    }

    @Test
    void africanCountriesCarryTheIntermediateRegionUsedInPractice() {
        CountryRecord rwanda = db.fetchSingle(COUNTRY, COUNTRY.ISO2.eq("RW"));

        assertThat(rwanda.getUnSubregion()).isEqualTo("Sub-Saharan Africa");
        assertThat(rwanda.getUnIntermediateRegion()).isEqualTo("Eastern Africa");
    }
}
