package org.privacyimpact.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetStamp;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.FilterParameters;
import org.privacyimpact.dataset.RecordsCsv;
import org.privacyimpact.dataset.RecordsQuery;
import org.privacyimpact.dataset.SmallKnownValues;
import org.privacyimpact.dataset.UserBaseFilter;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureParameters;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillionCsv;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.incident.IncidentCsv;
import org.privacyimpact.incident.IncidentFilter;
import org.privacyimpact.incident.IncidentQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The data API's parameter rules on the MVC layer alone: from the address to the filter the queries are given, and
 * a 400 naming the parameter for each rule broken. The queries are stand-ins here, asked only which filter they were
 * given; DataApiTest runs the same API against the curated data in PostgreSQL.
 */
@WebMvcTest(DataApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(ApiParameterRulesTest.SmallDataset.class)
class ApiParameterRulesTest {

    /** Two countries (IN, MX), one published incident (WA2019), two platforms. */
    @TestConfiguration
    static class SmallDataset {

        @Bean
        FilterParameters filterParameters() {
            return SmallKnownValues.FILTERS;
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TargetedPerMillionQuery exposure;
    @MockitoBean
    IncidentQuery incidents;
    @MockitoBean
    RecordsQuery records;
    @MockitoBean
    DatasetQuery dataset;
    @MockitoBean
    TargetedPerMillionCsv exposureCsv;
    @MockitoBean
    RecordsCsv csv;
    @MockitoBean
    IncidentCsv incidentCsv;
    @MockitoBean
    DatasetStamp stamp;

    @BeforeEach
    void aFileNameAsTheRealOneWouldGive() {
        when(exposureCsv.fileName(any())).thenReturn("people-targeted.csv");
    }

    @Test
    void everyExposureParameterReachesTheQuery() throws Exception {
        mvc.perform(get("/api/v1/exposure?kind=confirmed_forensic&denominator=population&platform=whatsapp"
                        + "&incident=WA2019&country=mx&country=IN&from=2018&to=2020&worldwide=false"))
                .andExpect(status().isOk());

        verify(exposure).count(new ExposureFilter(CountKind.CONFIRMED_FORENSIC, Denominator.POPULATION, "WhatsApp",
                Set.of("WA2019"), Set.of("IN", "MX"), 2018, 2020, false));
    }

    @Test
    void anAddressWithoutFiltersAsksForTheDefaults() throws Exception {
        when(exposure.count(any())).thenReturn(150);

        mvc.perform(get("/api/v1/exposure?page=1")).andExpect(status().isOk());

        verify(exposure).count(ExposureParameters.DEFAULT);
        verify(exposure).find(ExposureParameters.DEFAULT, ExposureSort.HIGHEST_RATE_FIRST, 100, 100);
    }

    @Test
    void oneYearIsFromAndToBothSetToIt() throws Exception {
        mvc.perform(get("/api/v1/exposure?year=2019")).andExpect(status().isOk());

        verify(exposure).count(ExposureParameters.DEFAULT.withYears(2019, 2019));
    }

    @Test
    void theIncidentListsFilterReachesTheQuery() throws Exception {
        mvc.perform(get("/api/v1/incidents?q=pegasus&vendor=NSO&platform=WHATSAPP&kind=notified_by_platform"
                + "&country=in&from=2019")).andExpect(status().isOk());

        verify(incidents).count(new IncidentFilter("pegasus", "NSO", "WhatsApp", CountKind.NOTIFIED_BY_PLATFORM,
                "IN", 2019, null));
    }

    @Test
    void theFiguresAndUserBasesFiltersReachTheirQueries() throws Exception {
        mvc.perform(get("/api/v1/figures?country=IN&incident=WA2019&kind=alleged&year=2019&verified=false"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/user-bases?platform=whatsapp&country=MX&metric=internet_users"))
                .andExpect(status().isOk());

        verify(records).countFigures(new FigureFilter("IN", "WA2019", CountKind.ALLEGED, 2019, 2019, false));
        verify(records).countUserBases(new UserBaseFilter("WhatsApp", "MX", UserBaseMetric.INTERNET_USERS));
    }

    /** Each rule, broken once: the answer names the parameter, and nothing is counted or fetched. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/exposure?from=1989|from",
            "/api/v1/exposure?to=2101|to",
            "/api/v1/exposure?from=2021&to=2019|to",
            "/api/v1/exposure?year=2019&to=2019|year",
            "/api/v1/exposure?kind=rumour|kind",
            "/api/v1/exposure?kind=alleged&kind=estimated|kind",
            "/api/v1/exposure?denominator=dollars|denominator",
            "/api/v1/exposure?per=population|per",
            "/api/v1/exposure?country=India|country",
            "/api/v1/exposure?country=ZZ|country",
            "/api/v1/exposure?country=IN&country=ZZ|country",
            "/api/v1/exposure?incident=NOPE|incident",
            "/api/v1/exposure?platform=MySpace|platform",
            "/api/v1/exposure?worldwide=maybe|worldwide",
            "/api/v1/exposure?page=-1|page",
            "/api/v1/exposure?size=501|size",
            "/api/v1/exposure?format=xml|format",
            "/api/v1/figures?format=csv&excel=maybe|excel",
            "/api/v1/figures?verified=maybe|verified",
            "/api/v1/figures?worldwide=false|worldwide",
            "/api/v1/user-bases?metric=likes|metric",
            "/api/v1/incidents?contry=IN|contry",
            "/api/v1/sources?kind=alleged|kind"})
    void aBrokenRuleIsA400NamingTheParameter(String address, String parameter) throws Exception {
        mvc.perform(get(address))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_parameter"))
                .andExpect(jsonPath("$.parameter").value(parameter));

        verify(exposure, never()).count(any());
        verify(exposure, never()).find(any(), any(), anyInt(), anyInt());
        verify(records, never()).countFigures(any());
        verify(records, never()).countUserBases(any());
        verify(incidents, never()).count(any());
    }
}
