package org.privacyimpact.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;

/**
 * On an API controller: every operation answers a parameter it cannot use with 400 and an {@link ApiError} naming
 * it, and a database it cannot reach with 503, as the OpenAPI description says.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "A parameter the API cannot use, named in the answer",
        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "503", description = "The data is unavailable for a moment; try again shortly "
        + "(Retry-After gives the seconds)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(implementation = ApiError.class)))
@interface AnswersErrorsInJson {
}
