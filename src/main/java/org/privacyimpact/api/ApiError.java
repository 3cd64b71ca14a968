package org.privacyimpact.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the API answers when it cannot answer: a short code, the parameter at fault if any, and a sentence.
 * Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String parameter, String message) {

    /**
     * For a request refused before the API saw it (by the servlet container or the security firewall): only its
     * status is known.
     */
    static ApiError refusedBeforeTheApi(int status) {
        return status == 400
                ? new ApiError("bad_address", null, "The address could not be read: it holds a \"%\" sequence that "
                + "is not UTF-8 text, or a character or path segment that is not allowed.")
                : new ApiError("http_" + status, null, "The request could not be served (HTTP " + status + ").");
    }
}
