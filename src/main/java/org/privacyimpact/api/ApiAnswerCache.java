package org.privacyimpact.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.Sha256;
import org.privacyimpact.common.db.DatabaseUnavailableException;
import org.privacyimpact.dataset.DatasetStamp;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The data API's answers depend only on the dataset and the request, so they are named by both: an ETag made of
 * the dataset's stamp and the normalised request (address, path, parameters in order, Accept). A client or CDN
 * that sends it back in If-None-Match gets 304 Not Modified; "Cache-Control: public, no-cache" lets a shared cache
 * keep an answer and ask again each time, which costs a 304. Answers up to {@link #LARGEST_KEPT} bytes are also kept
 * here, in a cache bounded by {@link #BYTES_KEPT}, so the same request does not compute the same page twice. A
 * curator's change moves the stamp as its transaction commits, so the next request sees it. Only successful answers
 * get an ETag or are kept; errors and outages are marked no-store.
 */
@RequiredArgsConstructor
final class ApiAnswerCache extends OncePerRequestFilter {

    static final int LARGEST_KEPT = 512 * 1024;
    static final long BYTES_KEPT = 32L * 1024 * 1024;
    static final String CACHE_CONTROL = "public, no-cache";

    /** The request attribute holding why the dataset's stamp could not be read, when the database is away. */
    static final String DATABASE_AWAY = ApiAnswerCache.class.getName() + ".databaseAway";

    private final DatasetStamp stamp;
    private final Cache<String, CachedAnswer> answers = Caffeine.newBuilder()
            .maximumWeight(BYTES_KEPT)
            .weigher((String key, CachedAnswer answer) -> key.length() + answer.body().length)
            .recordStats()
            .build();

    /** How many requests were answered from the cache (for tests). */
    long hits() {
        return answers.stats().hitCount();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/")
                // a query string the container cannot read is refused by QueryStringCheck, not read here
                || QueryStringCheck.problem(request.getQueryString()).isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String current;
        try {
            current = stamp.current();
        } catch (DataAccessException | TransactionException failure) {
            // nothing can be named while the database is away; the API answers for itself (503, Retry-After), and
            // at once (DatabaseAwayCheck) rather than after a second wait for a connection
            if (DatabaseUnavailableException.explains(failure)) {
                request.setAttribute(DATABASE_AWAY, failure);
            }
            chain.doFilter(request, response);
            return;
        }
        String key = current + "\n" + normalised(request);
        // the first 20 hexadecimal digits of its SHA-256 name an answer well enough
        String etag = "W/\"" + Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 20) + "\"";
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            cachingHeaders(response, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        CachedAnswer kept = answers.getIfPresent(key);
        if (kept != null) {
            cachingHeaders(response, etag);
            response.setContentType(kept.contentType());
            if (kept.contentDisposition() != null) {
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, kept.contentDisposition());
            }
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        CapturingResponse capturing = new CapturingResponse(response, LARGEST_KEPT, () -> {
            if (response.getStatus() == HttpServletResponse.SC_OK) {
                cachingHeaders(response, etag);
            } else {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        chain.doFilter(request, capturing);
        capturing.start();
        byte[] body = capturing.captured();
        if (response.getStatus() == HttpServletResponse.SC_OK && body != null && response.getContentType() != null) {
            answers.put(key, new CachedAnswer(response.getContentType(),
                    response.getHeader(HttpHeaders.CONTENT_DISPOSITION), body));
        }
    }

    private static void cachingHeaders(HttpServletResponse response, String etag) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** The path, each parameter with its values in order of name, and the Accept header without spaces. */
    static String normalised(HttpServletRequest request) {
        // the address it was asked at too: a brief links to the dashboard it came from
        StringBuilder key = new StringBuilder(request.getScheme()).append("://").append(request.getServerName())
                .append(':').append(request.getServerPort()).append(request.getRequestURI());
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        parameters.forEach((name, values) -> {
            String[] sorted = values.clone();
            Arrays.sort(sorted);
            for (String value : sorted) {
                key.append('\n').append(name).append('=').append(value);
            }
        });
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        key.append("\nAccept: ").append(accept == null ? "" : accept.replace(" ", "").toLowerCase(Locale.ROOT));
        return key.toString();
    }

    /** If-None-Match holds this ETag (compared weakly, as RFC 9110 asks for GET) or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
