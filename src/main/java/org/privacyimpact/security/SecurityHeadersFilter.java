package org.privacyimpact.security;

import java.io.IOException;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, written by us rather than by Spring Security's header writer, whose
 * configuration Vaadin's security configurer takes over. MIME types are not sniffed, other sites get only our
 * origin as referrer, the page says what it may load and who may frame it, and a request that reached us over
 * HTTPS (directly, or through a proxy named in DASHBOARD_TRUSTED_PROXIES) tells the browser to keep to HTTPS.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * Vaadin Flow needs inline and evaluated scripts (its bootstrap is an inline script and its client builds
     * functions from what the server sends) and inline styles; see vaadin.com/docs/latest/flow/security/
     * advanced-topics/frequent-issues. Everything else comes from our own origin; chart images are exported
     * through data: and blob: addresses. Pages may be framed by this site only; the embeddable charts have
     * their own rule.
     */
    static final String PAGE_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** The data API returns data, never something to run or to show in a frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Its PDF documents (the briefs) are read in the browser's own viewer, which Chrome builds as a page of its
     * own under the document's policy: "default-src 'none'" leaves it blank (crbug.com/271452). Still never framed.
     */
    static final String API_DOCUMENT_POLICY = "frame-ancestors 'none'";

    /**
     * The embeddable charts: a page of our own scripts and styles (ECharts writes its tooltips' styles inline)
     * that any site may frame, the only pages that may be. No X-Frame-Options for them: it cannot say "any".
     */
    static final String EMBED_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors *");

    static final String ONE_YEAR_OF_HTTPS = "max-age=31536000; includeSubDomains";

    private final Function<HttpServletRequest, String> contentSecurityPolicy;
    private final String frameOptions;

    private SecurityHeadersFilter(Function<HttpServletRequest, String> contentSecurityPolicy, String frameOptions) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.frameOptions = frameOptions;
    }

    static SecurityHeadersFilter forPages() {
        return new SecurityHeadersFilter(request -> PAGE_POLICY, "SAMEORIGIN");
    }

    static SecurityHeadersFilter forEmbeds() {
        return new SecurityHeadersFilter(request -> EMBED_POLICY, null);
    }

    static SecurityHeadersFilter forApi() {
        return new SecurityHeadersFilter(request -> request.getRequestURI().endsWith(".pdf") ? API_DOCUMENT_POLICY
                : API_POLICY, "DENY");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (frameOptions != null) {
            response.setHeader("X-Frame-Options", frameOptions);
        }
        response.setHeader("Content-Security-Policy", contentSecurityPolicy.apply(request));
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", ONE_YEAR_OF_HTTPS);
        }
        chain.doFilter(request, response);
    }
}
