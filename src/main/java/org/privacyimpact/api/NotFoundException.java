package org.privacyimpact.api;

/** A resource the API does not have: answered with 404 and a message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
