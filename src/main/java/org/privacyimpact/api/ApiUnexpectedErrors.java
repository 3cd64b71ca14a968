package org.privacyimpact.api;

import org.privacyimpact.common.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Any other failure of an API endpoint: a database that cannot be reached is a 503 the client may retry,
 * anything else a 500; both in the API's JSON, the details in the log only.
 */
@RestControllerAdvice(assignableTypes = {DataApiController.class, BriefController.class, UnknownApiAddress.class})
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiUnexpectedErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiUnexpectedErrors.class);

    /** The embedded server is started again within seconds of going away. */
    private static final String RETRY_AFTER_SECONDS = "10";

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DatabaseUnavailableException.explains(e)) {
            return unavailable(e);
        }
        LOG.error("Data API request failed", e);
        return ApiErrors.json(HttpStatus.INTERNAL_SERVER_ERROR, new ApiError("internal_error", null,
                "Something went wrong on our side; the error has been logged."));
    }

    /** Whichever layer wrapped it, a database that cannot be reached is a 503 the client may retry. */
    private static ResponseEntity<ApiError> unavailable(Exception e) {
        LOG.warn("Data API request failed: the database cannot be reached ({})", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("unavailable", null, "The data is unavailable for a moment; try again shortly."));
    }
}
