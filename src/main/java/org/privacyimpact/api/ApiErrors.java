package org.privacyimpact.api;

import org.privacyimpact.common.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every failure of the data API into JSON with the right status; the log keeps the details. */
@RestControllerAdvice(assignableTypes = DataApiController.class)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** The embedded server is started again within seconds of going away. */
    private static final String RETRY_AFTER_SECONDS = "10";

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ApiError> badParameter(BadParameterException e) {
        return json(HttpStatus.BAD_REQUEST, new ApiError("bad_parameter", e.parameter(), e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return json(HttpStatus.NOT_FOUND, new ApiError("not_found", null, e.getMessage()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return json(HttpStatus.METHOD_NOT_ALLOWED, new ApiError("method_not_allowed", null,
                "The data API is read-only: use GET."));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return json(HttpStatus.NOT_ACCEPTABLE, new ApiError("not_acceptable", "Accept",
                "The data API answers in application/json or text/csv."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DatabaseUnavailableException.explains(e)) {
            return unavailable(e);
        }
        LOG.error("Data API request failed", e);
        return json(HttpStatus.INTERNAL_SERVER_ERROR, new ApiError("internal_error", null,
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

    private static ResponseEntity<ApiError> json(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
