package org.privacyimpact.security;

import java.nio.charset.StandardCharsets;

/**
 * How long a user name and a password may be: a name is at most what the accounts table holds, a password at
 * most what bcrypt reads (72 bytes; Spring's encoder refuses longer ones). A sign-in attempt beyond either is
 * refused before anything is checked or remembered; an account cannot be given such a password.
 */
final class SignInLimits {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_PASSWORD_BYTES = 72;

    private SignInLimits() {
    }

    static boolean nameFits(String username) {
        return username != null && username.length() <= MAX_NAME_LENGTH;
    }

    static boolean passwordFits(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }
}
