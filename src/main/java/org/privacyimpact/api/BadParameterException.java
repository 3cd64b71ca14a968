package org.privacyimpact.api;

/** A query parameter the API cannot use: answered with 400 and a message naming the parameter. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
