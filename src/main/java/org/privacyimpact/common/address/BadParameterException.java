package org.privacyimpact.common.address;

/**
 * A parameter of an address that cannot be used, named with what is wrong. The data API answers it with 400; a
 * view reading leniently reports the message beside the page instead of throwing.
 */
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
