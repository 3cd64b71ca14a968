package org.privacyimpact.common.address;

/**
 * Data API addresses that pages link to, from the dashboard's root. The OpenAPI description's is springdoc's
 * setting ({@code springdoc.api-docs.path} in application.properties); a test follows each link.
 */
public final class ApiAddresses {

    public static final String OPENAPI = "/api/v1/openapi";
    public static final String FIGURES_CSV = "/api/v1/figures?format=csv";

    private ApiAddresses() {
    }
}
