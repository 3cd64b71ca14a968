package org.privacyimpact.security;

/** Input a curator or admin typed that cannot be saved, with the field it concerns. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
