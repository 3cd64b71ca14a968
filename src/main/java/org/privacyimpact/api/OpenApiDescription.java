package org.privacyimpact.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
                        verbatim quote; counts of different kinds (count_kind) are never added together. JSON by \
                        default, a page at a time (page, size ≤ 500); CSV with the header Accept: text/csv or \
                        ?format=csv — every row, streamed; &excel=true adds a UTF-8 byte order mark. Text cells a \
                        spreadsheet would run as a formula are prefixed with an apostrophe; numbers are never \
                        altered. A parameter the API cannot use (unknown name, country, incident, count kind or \
                        a year that is not a year) is answered with 400 and {"error", "parameter", "message"}.""")
                .license(new License().name("Data: see each source; code: the project's licence")));
    }
}
