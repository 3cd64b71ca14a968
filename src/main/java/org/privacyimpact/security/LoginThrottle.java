package org.privacyimpact.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #ALLOWED_FAILURES} wrong passwords for a user name, that name is
 * locked for {@link #LOCK} whatever password is given, and every further failure starts the lock again.
 */
@Component
public class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last) {
    }

    public boolean isLocked(String username) {
        Failures seen = failures.get(key(username));
        return seen != null && seen.count() >= ALLOWED_FAILURES
                && seen.last().plus(LOCK).isAfter(Instant.now(clock));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failures.merge(key(event.getAuthentication().getName()), new Failures(1, Instant.now(clock)),
                (before, now) -> new Failures(before.count() + 1, now.last()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
