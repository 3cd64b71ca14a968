package org.privacyimpact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.DATASET_RELEASE;
import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyimpact.ServedIntegrationTest;
import org.privacyimpact.common.address.ApiAddresses;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The data API over real HTTP: each endpoint's contract, its CSV, and every kind of bad parameter. */
@ServedIntegrationTest
class DataApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TargetedPerMillionQuery query;

    @Autowired
    DSLContext db;

    @Autowired
    DatasetQuery datasetQuery;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery, null);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    List<CSVRecord> csv(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery, "text/csv");
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(response.body())).getRecords();
    }

    @Test
    void exposureForIndia2019IsTheFoundingCase() throws Exception {
        JsonNode page = json("/api/v1/exposure?incident=WA2019&year=2019&country=IN&worldwide=false");

        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode india = page.get("items").get(0);
        assertThat(india.get("people_targeted").asInt()).isEqualTo(121);
        assertThat(india.get("count_kind").asString()).isEqualTo("notified_by_platform");
        assertThat(india.get("denominator").get("users").asLong()).isEqualTo(400_000_000L);
        assertThat(india.get("denominator").get("as_of").asString()).isEqualTo("2019-11");
        assertThat(india.get("targeted_per_million").decimalValue()).isEqualByComparingTo("0.3025");
        assertThat(india.get("figure_source").get("quote").asString()).contains("121 Indian users");
        assertThat(india.get("other_reported_figures").get(0).get("people_targeted").asInt()).isEqualTo(100);
    }

    /** platform= is resolved by the query: the same rows as naming every incident through the platform. */
    @Test
    void aPlatformGivesTheRowsOfTheIncidentsThroughIt() throws Exception {
        JsonNode throughWhatsApp = json("/api/v1/incidents?platform=whatsapp&size=500").get("items");
        StringBuilder byId = new StringBuilder("/api/v1/exposure?worldwide=true");
        throughWhatsApp.forEach(incident -> byId.append("&incident=").append(incident.get("id").asString()));

        int total = json("/api/v1/exposure?platform=WhatsApp").get("total").asInt();

        assertThat(throughWhatsApp.size()).isGreaterThan(1);
        assertThat(total).isPositive().isEqualTo(json(byId.toString()).get("total").asInt())
                .isLessThan(json("/api/v1/exposure").get("total").asInt());
    }

    /** One query behind the view, its CSV and the API: the India 2019 numbers agree in all of them. */
    @Test
    void theSameFilterGivesTheSameNumbersInTheViewsQueryTheApiAndItsCsv() throws Exception {
        TargetedPerMillion shown = query.find(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST, 0,
                Integer.MAX_VALUE)
                .stream().filter(row -> "IN".equals(row.area().countryIso2())).findFirst().orElseThrow();
        String india = "/api/v1/exposure?incident=WA2019&year=2019&country=IN&worldwide=false";
        JsonNode api = json(india).get("items").get(0);
        CSVRecord csv = csv(india).stream().filter(row -> row.get("country_iso2").equals("IN")).findFirst()
                .orElseThrow();

        assertThat(api.get("people_targeted").asInt()).isEqualTo(shown.targetedCount()).isEqualTo(121);
        assertThat(csv.get("people_targeted")).isEqualTo("121");
        assertThat(api.get("denominator").get("users").asLong()).isEqualTo(shown.userBase().users());
        assertThat(csv.get("users")).isEqualTo(String.valueOf(shown.userBase().users()));
        assertThat(api.get("targeted_per_million").decimalValue()).isEqualByComparingTo(shown.perMillion());
        assertThat(csv.get("targeted_per_million_users")).isEqualTo(shown.perMillion().toPlainString())
                .isEqualTo("0.302500");
        // 121 over "about 400 million": the rate is approximate, and every exit says so as a code
        assertThat(api.get("rate_bound").asString()).isEqualTo(shown.rateBound().code()).isEqualTo("approximate");
        assertThat(csv.get("rate_bound")).isEqualTo("approximate");
    }

    @Test
    void aRateOnAnUpperBoundSaysSoInTheApiAndItsCsv() throws Exception {
        String worldwide = "/api/v1/exposure?incident=WA2019&year=2019&worldwide=true";
        JsonNode api = java.util.stream.StreamSupport.stream(json(worldwide + "&size=100").get("items").spliterator(),
                false).filter(item -> item.get("country_iso2").isNull()).findFirst().orElseThrow();
        CSVRecord csv = csv(worldwide).stream().filter(row -> row.get("country_iso2").isEmpty()).findFirst()
                .orElseThrow();

        assertThat(api.get("people_targeted").asInt()).isEqualTo(1400);
        assertThat(api.get("rate_bound").asString()).isEqualTo("at_most_approximate");
        assertThat(csv.get("rate_bound")).isEqualTo("at_most_approximate");
        // a row without a rate has no bound
        assertThat(csv(worldwide)).filteredOn(row -> row.get("targeted_per_million_users").isEmpty())
                .isNotEmpty().allSatisfy(row -> assertThat(row.get("rate_bound")).isEmpty());
    }

    @Test
    void incidentsAreListedAPageAtATimeAndEachHasItsFiguresAndReply() throws Exception {
        int incidents = db.fetchCount(INCIDENT);
        int lastPage = (incidents - 1) / 10;
        JsonNode first = json("/api/v1/incidents?size=10");
        JsonNode last = json("/api/v1/incidents?size=10&page=" + lastPage);

        assertThat(first.get("total").asInt()).isEqualTo(incidents).isGreaterThan(60);
        assertThat(first.get("items")).hasSize(10);
        assertThat(last.get("items")).hasSize(incidents - lastPage * 10);
        JsonNode whatsApp = json("/api/v1/incidents/WA2019");
        assertThat(whatsApp.get("short_name").asString()).isEqualTo("Pegasus via WhatsApp, 2019");
        assertThat(whatsApp.get("right_of_reply").asString()).contains("taken out of context");
        assertThat(whatsApp.get("figures")).anySatisfy(figure -> {
            assertThat(figure.get("country_iso2").asString()).isEqualTo("MA");
            assertThat(figure.get("people_targeted").asInt()).isEqualTo(69);
            assertThat(figure.get("competing").get(0).get("people_targeted").asInt()).isEqualTo(60);
        });
        assertThat(get("/api/v1/incidents/NOPE", null).statusCode()).isEqualTo(404);
    }

    @Test
    void figuresFilterByCountryKindYearsAndVerifiedFlag() throws Exception {
        int india = db.fetchCount(TARGET_FIGURE, TARGET_FIGURE.COUNTRY_ISO2.eq("IN"));
        assertThat(json("/api/v1/figures?country=IN").get("total").asInt()).isEqualTo(india).isGreaterThan(8);
        assertThat(json("/api/v1/figures?verified=false").get("total").asInt())
                .isEqualTo(db.fetchCount(TARGET_FIGURE, TARGET_FIGURE.VERIFIED.isFalse())).isGreaterThan(4);
        // a count says what it counts: North Macedonia's 4,286 are phone numbers, India's 121 are people
        assertThat(json("/api/v1/figures?country=MK&kind=official_disclosure").get("items"))
                .anySatisfy(figure -> assertThat(figure.get("counted_unit").asString()).isEqualTo("phone_numbers"));
        assertThat(json("/api/v1/exposure?incident=WA2019&year=2019&country=IN&worldwide=false").get("items")
                .get(0).get("counted_unit").asString()).isEqualTo("people");
        JsonNode alleged = json("/api/v1/figures?kind=alleged&size=100").get("items");
        assertThat(alleged).isNotEmpty().allSatisfy(figure -> assertThat(figure.get("count_kind").asString())
                .isEqualTo("alleged"));
        assertThat(alleged).extracting(figure -> figure.get("reference_id").asString())
                .contains("ILPOL2022-IL-CALCALIST", "PRD2022-GR-87");
        assertThat(json("/api/v1/figures?incident=EXL2024&from=2020&to=2023").get("total").asInt()).isEqualTo(3);
        List<CSVRecord> rows = csv("/api/v1/figures?country=IN");
        assertThat(rows).hasSize(india).allSatisfy(row -> assertThat(row.get("country_iso2")).isEqualTo("IN"));
    }

    @Test
    void userBasesFilterByPlatformCountryAndMetric() throws Exception {
        JsonNode whatsAppIndia = json("/api/v1/user-bases?platform=whatsapp&country=IN");
        assertThat(whatsAppIndia.get("total").asInt()).isEqualTo(db.fetchCount(PLATFORM_USER_BASE
                .join(PLATFORM).on(PLATFORM.ID.eq(PLATFORM_USER_BASE.PLATFORM_ID)),
                PLATFORM.NAME.eq("WhatsApp").and(PLATFORM_USER_BASE.COUNTRY_ISO2.eq("IN")))).isGreaterThan(4);
        // every country and year 2010-2025 (V14) beside the 35 of 2024 released before
        assertThat(json("/api/v1/user-bases?metric=population").get("total").asInt())
                .isEqualTo(db.fetchCount(PLATFORM_USER_BASE, PLATFORM_USER_BASE.METRIC.eq(UserBaseMetric.POPULATION)))
                .isGreaterThan(200 * 16);
        assertThat(csv("/api/v1/user-bases?metric=internet_users&country=RS"))
                .filteredOn(row -> row.get("as_of").equals("2021")).singleElement()
                .satisfies(serbia -> assertThat(serbia.get("users")).isEqualTo("5548001"));
    }

    @Test
    void sourcesAndTheDatasetVersionAreListed() throws Exception {
        assertThat(json("/api/v1/sources?size=500").get("total").asInt()).isEqualTo(db.fetchCount(SOURCE))
                .isGreaterThan(82);
        JsonNode dataset = json("/api/v1/dataset");
        assertThat(dataset.get("version").asString()).isEqualTo(datasetQuery.currentRelease().version());
        List<String> versions = db.select(DATASET_RELEASE.VERSION).from(DATASET_RELEASE).fetch(Record1::value1);
        assertThat(versions).hasSizeGreaterThanOrEqualTo(4);
        assertThat(dataset.get("releases")).hasSize(versions.size());
        assertThat(csv("/api/v1/dataset")).extracting(row -> row.get("version"))
                .containsOnly(versions.toArray(String[]::new)); // a row per change, each release's at least once
    }

    @Test
    void csvIsChosenByAcceptHeaderOrFormatAndExcelAddsAByteOrderMark() throws Exception {
        HttpResponse<String> byParameter = get("/api/v1/sources?format=csv", null);
        assertThat(byParameter.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(byParameter.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"sources.csv\"");
        assertThat(byParameter.body()).startsWith("id,title,publisher,url,published_on,target_figures,user_bases\r\n");

        HttpResponse<String> forExcel = get("/api/v1/sources?format=csv&excel=true", null);
        assertThat(forExcel.body()).startsWith("\uFEFFid,title");
    }

    @Test
    void theAddressesThePagesLinkToAnswer() throws Exception {
        assertThat(get(ApiAddresses.OPENAPI, null).statusCode()).isEqualTo(200);
        HttpResponse<String> figures = get(ApiAddresses.FIGURES_CSV, null);
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).startsWith("reference_id,");
    }

    @Test
    void theOpenApiDescriptionListsEveryEndpoint() throws Exception {
        JsonNode openapi = json(ApiAddresses.OPENAPI);

        assertThat(openapi.get("openapi").asString()).startsWith("3.");
        assertThat(openapi.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/incidents",
                "/api/v1/incidents/{id}", "/api/v1/figures", "/api/v1/user-bases", "/api/v1/exposure",
                "/api/v1/sources", "/api/v1/dataset", "/api/v1/countries/{iso2}/brief.pdf", "/api/v1/world/brief.pdf");
        // the described names are the ones the API sends
        JsonNode figure = openapi.get("components").get("schemas").get("Figure").get("properties");
        JsonNode sent = json("/api/v1/figures?size=1").get("items").get(0);
        assertThat(figure.propertyNames()).containsExactlyInAnyOrderElementsOf(sent.propertyNames())
                .contains("people_targeted", "count_kind", "source");
        for (String path : openapi.get("paths").propertyNames()) {
            JsonNode responses = openapi.get("paths").get(path).get("get").get("responses");
            assertThat(responses.propertyNames()).as(path).contains("200", "400");
            JsonNode ok = responses.get("200").get("content");
            if (path.endsWith("/brief.pdf")) {
                assertThat(ok.propertyNames()).as(path).containsExactly("application/pdf");
                continue;
            }
            // JSON in the schema each endpoint names, or CSV
            assertThat(ok.propertyNames()).as(path).containsExactlyInAnyOrder("application/json", "text/csv");
            assertThat(ok.get("application/json").get("schema").get("$ref").asString()).as(path)
                    .contains("/components/schemas/");
            assertThat(ok.get("text/csv").get("schema").get("type").asString()).as(path).isEqualTo("string");
            assertThat(responses.get("400").get("content").get("application/json").get("schema").get("$ref")
                    .asString()).as(path).endsWith("/ApiError");
        }
        // each filter parameter is described with what it must be, and no filter object stands in for them
        JsonNode exposureParameters = openapi.get("paths").get("/api/v1/exposure").get("get").get("parameters");
        java.util.Map<String, String> described = new java.util.TreeMap<>();
        exposureParameters.forEach(p -> described.put(p.get("name").asString(), p.path("description").asString()));
        assertThat(described.keySet()).containsExactlyInAnyOrder("kind", "denominator", "platform", "incident",
                "country", "year", "from", "to", "worldwide", "page", "size", "format", "excel", "Accept");
        assertThat(described.get("from")).isEqualTo("A year from 1990 to 2100 such as 2019");
        assertThat(described.get("denominator")).startsWith("One of platform_users");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/figures?country=ZZ|country",
            "/api/v1/figures?country=India|country",
            "/api/v1/figures?from=abc|from",
            "/api/v1/figures?from=2021&to=2019|to",
            "/api/v1/figures?kind=rumour|kind",
            "/api/v1/figures?incident=NOPE|incident",
            "/api/v1/figures?verified=maybe|verified",
            "/api/v1/figures?page=-1|page",
            "/api/v1/figures?size=100000|size",
            "/api/v1/figures?contry=IN|contry",
            "/api/v1/dataset?country=IN|country",
            "/api/v1/figures?format=xml|format",
            "/api/v1/exposure?year=abc|year",
            "/api/v1/exposure?denominator=dollars|denominator",
            "/api/v1/exposure?platform=MySpace|platform",
            "/api/v1/exposure?year=2019&from=2019|year",
            "/api/v1/user-bases?metric=likes|metric",
            "/api/v1/incidents?kind=%3Cscript%3E|kind",
            "/api/v1/incidents?country=%27%3B%20drop%20table%20country%3B--|country"})
    void aBadParameterIsA400NamingItNeverA500(String pathAndQuery, String parameter) throws Exception {
        HttpResponse<String> response = get(pathAndQuery, null);

        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asString()).isEqualTo("bad_parameter");
        assertThat(error.get("parameter").asString()).isEqualTo(parameter);
        assertThat(error.get("message").asString()).isNotBlank().doesNotContain("Exception", "at org.");
    }

    static Stream<Arguments> everyWriteToEveryPath() {
        return Stream.of("/incidents", "/incidents/WA2019", "/figures", "/user-bases", "/exposure",
                        "/sources", "/dataset", "/countries/IN/brief.pdf", "/world/brief.pdf")
                .flatMap(path -> Stream.of("POST", "PUT", "PATCH", "DELETE")
                        .map(method -> Arguments.of(method, path)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyWriteToEveryPath")
    void theApiIsReadOnly(String method, String path) throws Exception {
        long figuresBefore = db.fetchCount(TARGET_FIGURE);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1" + path))
                .method(method, HttpRequest.BodyPublishers.ofString("{\"targeted_count\": 0}"))
                .header("Content-Type", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("method_not_allowed");
        assertThat(db.fetchCount(TARGET_FIGURE)).isEqualTo(figuresBefore);
    }

    /**
     * Sends the address exactly as written, as a client may: java.net.URI refuses some of these ("%G1"), and a
     * browser would correct them before sending.
     */
    RawAnswer raw(String method, String pathAndQuery) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write((method + " " + pathAndQuery + " HTTP/1.0\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, headersEnd);
            return new RawAnswer(Integer.parseInt(head.substring(9, 12)), head.toLowerCase(java.util.Locale.ROOT),
                    answer.substring(headersEnd + 4));
        }
    }

    record RawAnswer(int status, String headers, String body) {
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/exposure?%FF|not UTF-8",
            "/api/v1/exposure?%C0%AF|not UTF-8",
            "/api/v1/exposure?country=%E0%A4|not UTF-8",
            "/api/v1/exposure?%G1|two hexadecimal digits",
            "/api/v1/figures?country=IN%|two hexadecimal digits",
            "/api/v1/exposure?=x|without a parameter name",
            "/api/v1/exposure?incident=%00|control character",
            "/api/v1/figures?country=I%0AN|control character",
            "/api/v1/incidents/%FF|could not be read",
            "/api/v1/incidents/%00|could not be read",
            "/api/v1/figures/%2e%2e/x|could not be read"})
    void anAddressThatCannotBeReadIsA400InTheApisOwnShapeWithoutASession(String address, String said)
            throws Exception {
        RawAnswer answer = raw("GET", address);

        assertThat(answer.status()).as(address).isEqualTo(400);
        assertThat(answer.headers()).as(address).contains("content-type: application/json")
                .doesNotContain("set-cookie");
        JsonNode error = JSON.readTree(answer.body());
        assertThat(error.propertyNames()).as(address).containsAnyOf("error").doesNotContain("timestamp", "path");
        assertThat(error.get("message").asString()).as(address).contains(said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET|/api/v1/nothing|404|not_found",
            "GET|/api/v1/nothing?country=IN|404|not_found",
            "GET|/api/v2/figures|404|not_found",
            "GET|/api/|404|not_found",
            "DELETE|/api/v1/nothing|405|method_not_allowed",
            "POST|/api/v1/figures|405|method_not_allowed",
            "PUT|/api/v1/incidents/WA2019|405|method_not_allowed"})
    void anUnknownAddressOrAWrongMethodIsAnsweredInTheApisShapeWithoutASession(String method, String path,
                                                                               int status, String code)
            throws Exception {
        RawAnswer answer = raw(method, path);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers()).contains("content-type: application/json").doesNotContain("set-cookie");
        assertThat(JSON.readTree(answer.body()).get("error").asString()).isEqualTo(code);
        if (status == 405) {
            assertThat(answer.headers()).contains("allow: get");
        }
    }

    @Test
    void aTypeTheApiDoesNotWriteIsA406() throws Exception {
        HttpResponse<String> response = get("/api/v1/figures", "image/png");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("not_acceptable");
    }

    /** Five million pages of 500 is past any int offset: an empty page, as for any page after the last. */
    @Test
    void aPageFarPastTheLastIsEmpty() throws Exception {
        JsonNode page = json("/api/v1/exposure?page=5000000&size=500");

        assertThat(page.get("items").size()).isZero();
        assertThat(page.get("total").asInt()).isPositive();
        assertThat(page.get("page").asInt()).isEqualTo(5_000_000);
    }

    /** An empty value filters nothing, whether given once or among others ("+" is a space). */
    @Test
    void anEmptyRepeatedFilterFiltersNothing() throws Exception {
        int all = json("/api/v1/exposure").get("total").asInt();

        assertThat(json("/api/v1/exposure?country=+").get("total").asInt()).isEqualTo(all);
        assertThat(json("/api/v1/exposure?incident=").get("total").asInt()).isEqualTo(all);
        assertThat(json("/api/v1/exposure?country=IN&country=").get("total").asInt())
                .isEqualTo(json("/api/v1/exposure?country=IN").get("total").asInt());
    }

    static Stream<Arguments> hostileValuesForEveryParameter() {
        List<String> values = List.of("", "+", "%20", "%00", "%FF", "-1", "0", "2147483648", "99999999999999999999",
                "1e9", "IN%27--", "%3Cscript%3E", "a".repeat(5000), "%E2%80%AE", "null", "..%2F..%2Fetc",
                "true", "2019", "IN", "WA2019", "csv");
        return Stream.of(
                        Arguments.of("/api/v1/incidents", List.of("q", "vendor", "platform", "kind", "country", "from",
                                "to", "page", "size", "format", "excel")),
                        Arguments.of("/api/v1/figures", List.of("country", "incident", "kind", "from", "to",
                                "verified", "page", "size", "format")),
                        Arguments.of("/api/v1/user-bases", List.of("platform", "country", "metric", "page", "size")),
                        Arguments.of("/api/v1/exposure", List.of("kind", "denominator", "platform", "incident",
                                "country", "year", "from", "to", "worldwide", "page", "size")),
                        Arguments.of("/api/v1/sources", List.of("page", "size")),
                        Arguments.of("/api/v1/dataset", List.of("format")))
                .flatMap(endpoint -> {
                    @SuppressWarnings("unchecked")
                    List<String> names = (List<String>) endpoint.get()[1];
                    return names.stream().flatMap(name -> values.stream()
                            .map(value -> Arguments.of(endpoint.get()[0] + "?" + name + "=" + value)));
                });
    }

    /** Every parameter of every endpoint with values meant to break it: a clear answer, never a 500. */
    @ParameterizedTest
    @MethodSource("hostileValuesForEveryParameter")
    void aHostileValueIsAnsweredNeverA500(String address) throws Exception {
        RawAnswer answer = raw("GET", address);

        assertThat(answer.status()).as(address).isIn(200, 400, 404);
        assertThat(answer.headers()).as(address).doesNotContain("set-cookie");
        if (answer.status() != 200) {
            assertThat(answer.headers()).as(address).contains("content-type: application/json");
            assertThat(answer.body()).as(address).doesNotContain("Exception", "at org.");
        }
    }
}
