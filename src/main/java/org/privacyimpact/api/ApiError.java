package org.privacyimpact.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the API answers when it cannot answer: a short code, the parameter at fault if any, and a sentence.
 * Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String parameter, String message) {
}
