package org.privacyimpact.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and rules of the data API in its OpenAPI description (/api/v1/openapi); springdoc adds the paths. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI dataApiDescription() {
        return new OpenAPI().info(new Info()
                .title("Privacy Impact Dashboard — data API")
                .version("v1")
                .description("""
                        Read-only and anonymous. Every figure of people targeted comes with its source and a \
                        verbatim quote; counts of different kinds (count_kind) are never added together, and \
                        counted_unit says what a count counts (people, phone_numbers, phones, accounts, devices, \
                        ip_addresses, customers) in the JSON of figures and exposure rows. A figure counted \
                        from a list with one row per person has counted_from_list (the list's version and \
                        SHA-256, the rows counted and their own sources). JSON by \
                        default, a page at a time (page, size ≤ 500); CSV with the header Accept: text/csv or \
                        ?format=csv — every row, streamed; &excel=true adds a UTF-8 byte order mark. Text cells a \
                        spreadsheet would run as a formula are prefixed with an apostrophe; numbers are never \
                        altered. A parameter the API cannot use (unknown name, country, incident, count kind or \
                        a year that is not a year) is answered with 400 and {"error", "parameter", "message"}.""")
                .license(new License().name("Data: see each source; code: the project's licence")));
    }

    /**
     * An endpoint's filter and answer form are read from several query parameters ({@link ApiArguments}); the
     * description lists each of them, with what it must be, instead of the argument's type.
     */
    @Bean
    OperationCustomizer argumentsAsQueryParameters() {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ApiFilters.types());
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ApiAnswer.class, ApiAnswer.Listed.class);
        return (operation, handler) -> {
            for (MethodParameter argument : handler.getMethodParameters()) {
                ApiArguments.parametersOf(argument.getParameterType()).forEach(parameter ->
                        operation.addParametersItem(new QueryParameter()
                                .name(parameter.name())
                                .required(false)
                                .description(Character.toUpperCase(parameter.expected().charAt(0))
                                        + parameter.expected().substring(1))
                                .schema(new StringSchema())));
                if (argument.getParameterType() == ApiAnswer.class
                        || argument.getParameterType() == ApiAnswer.Listed.class) {
                    answersInJsonOrCsv(operation);
                }
            }
            return operation;
        };
    }

    /**
     * An endpoint with an {@link ApiAnswer} answers JSON (the schema its {@code @ApiResponse} names) or CSV, as
     * the Accept header or {@code ?format=csv} asks.
     */
    private static void answersInJsonOrCsv(Operation operation) {
        operation.addParametersItem(new HeaderParameter().name(HttpHeaders.ACCEPT).required(false)
                .description("text/csv for CSV instead of JSON").schema(new StringSchema()));
        ApiResponse ok = operation.getResponses().get("200");
        ok.description("JSON, or CSV with Accept: text/csv or ?format=csv");
        ok.getContent().addMediaType("text/csv", new MediaType().schema(new StringSchema()));
    }

    /**
     * The API writes snake_case names (Jackson 3's {@code @JsonNaming} on {@link ApiModel}); springdoc reads the
     * records with its own Jackson 2 and would describe camelCase ones, so the described names are converted to
     * what the API actually sends.
     */
    @Bean
    OpenApiCustomizer snakeCasePropertyNames() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            openApi.getComponents().getSchemas().values().forEach(OpenApiDescription::snakeCase);
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void snakeCase(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        properties.forEach((name, property) -> renamed.put(SNAKE_CASE.matcher(name).replaceAll("$1_$2")
                .toLowerCase(Locale.ROOT), property));
        schema.setProperties(renamed);
        if (schema.getRequired() != null) {
            schema.setRequired(((List<String>) schema.getRequired()).stream()
                    .map(name -> SNAKE_CASE.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static final Pattern SNAKE_CASE = Pattern.compile("([a-z0-9])([A-Z])");
}
