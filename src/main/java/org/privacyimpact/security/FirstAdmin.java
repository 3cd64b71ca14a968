package org.privacyimpact.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first admin, when the database has none: with the password in DASHBOARD_ADMIN_PASSWORD if set, else a
 * one-time random password printed once to the log. There is never a default password.
 */
@Component
class FirstAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserQuery users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    FirstAdmin(UserQuery users, PasswordEncoder encoder,
               @Value("${dashboard.admin.password:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfNone() {
        if (users.anyAdmin()) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            if (configuredPassword.length() < AccountService.MIN_PASSWORD_LENGTH
                    || !SignInLimits.passwordFits(configuredPassword)) {
                throw new IllegalStateException("DASHBOARD_ADMIN_PASSWORD must have at least "
                        + AccountService.MIN_PASSWORD_LENGTH + " characters and at most "
                        + SignInLimits.MAX_PASSWORD_BYTES + " bytes");
            }
            users.create(USERNAME, encoder.encode(configuredPassword), UserQuery.Role.ADMIN);
            LOG.info("Created the first admin \"{}\" with the password from DASHBOARD_ADMIN_PASSWORD", USERNAME);
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String oneTime = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        users.create(USERNAME, encoder.encode(oneTime), UserQuery.Role.ADMIN);
        LOG.warn("Created the first admin. Sign in at /login as \"{}\" with the one-time password {} "
                + "(shown only now; set DASHBOARD_ADMIN_PASSWORD before the first start to choose it)",
                USERNAME, oneTime);
    }
}
