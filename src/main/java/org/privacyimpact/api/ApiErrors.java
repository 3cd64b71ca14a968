package org.privacyimpact.api;

import org.privacyimpact.common.address.BadParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every foreseen failure of the data API into its JSON error with the right status. Not limited to the
 * API's controllers: a wrong method or an unacceptable type is found before any controller is chosen, and only
 * the API's controllers are served by Spring MVC (the dashboard's pages are Vaadin's). Ordered before
 * {@link ApiUnexpectedErrors}, whose catch-all would otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

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
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.GET)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("method_not_allowed", null, "The data API is read-only: use GET."));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return json(HttpStatus.NOT_ACCEPTABLE, new ApiError("not_acceptable", "Accept",
                "The data API answers in application/json or text/csv."));
    }

    static ResponseEntity<ApiError> json(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
