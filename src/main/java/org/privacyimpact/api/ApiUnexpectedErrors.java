package org.privacyimpact.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Any other failure of an API endpoint: a 500 in the API's JSON, the details in the log only. */
@RestControllerAdvice(assignableTypes = {DataApiController.class, UnknownApiAddress.class})
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiUnexpectedErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiUnexpectedErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        LOG.error("Data API request failed", e);
        return ApiErrors.json(HttpStatus.INTERNAL_SERVER_ERROR, new ApiError("internal_error", null,
                "Something went wrong on our side; the error has been logged."));
    }
}
