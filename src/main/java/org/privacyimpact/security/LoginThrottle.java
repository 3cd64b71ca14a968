package org.privacyimpact.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock the owner out. Wrong passwords are counted per
 * user name <em>and</em> client address: after {@value #ALLOWED_FAILURES} for one name from one address, that
 * address waits {@link #FIRST_WAIT} before it may try that name again, and each further failure doubles the
 * wait up to {@link #LONGEST_WAIT}. The owner, signing in from their own address, is not slowed. An address
 * that gets {@value #ALLOWED_FAILURES_PER_CLIENT} passwords wrong across any names within {@link #CLIENT_WINDOW}
 * waits until that much time has passed since its last failure.
 * <p>
 * Names that do not exist are counted like real ones (a guesser must not learn which exist), so the memory is
 * a cache bounded in entries and time rather than a map: {@value #MAX_ENTRIES} pairs and as many addresses at
 * most, each forgotten a day (an hour for addresses) after its last failure. Over-long names never get here
 * ({@link SignInLimits}).
 */
@Component
public class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final int ALLOWED_FAILURES_PER_CLIENT = 50;
    static final Duration CLIENT_WINDOW = Duration.ofHours(1);
    static final long MAX_ENTRIES = 10_000;
    private static final Duration REMEMBERED = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private record NameFromClient(String name, String client) {
    }

    private record Failures(int count, Instant last) {

        Failures plusOne(Instant now) {
            return new Failures(count + 1, now);
        }
    }

    private final InstantSource clock;
    private final Cache<NameFromClient, Failures> byNameAndClient;
    private final Cache<String, Failures> byClient;

    LoginThrottle() {
        this(InstantSource.system());
    }

    LoginThrottle(InstantSource clock) {
        this.clock = clock;
        Ticker ticker = () -> clock.instant().toEpochMilli() * 1_000_000;
        this.byNameAndClient = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(REMEMBERED)
                .ticker(ticker).build();
        this.byClient = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(CLIENT_WINDOW)
                .ticker(ticker).build();
    }

    /** How long this client must still wait before it may try this name, if at all. */
    public Optional<Duration> waitBefore(String username, String client) {
        Instant now = clock.instant();
        Optional<Duration> forName = Optional.ofNullable(byNameAndClient.getIfPresent(key(username, client)))
                .filter(failures -> failures.count() >= ALLOWED_FAILURES)
                .map(failures -> remaining(failures.last().plus(waitAfter(failures.count())), now));
        Optional<Duration> forClient = Optional.ofNullable(byClient.getIfPresent(client(client)))
                .filter(failures -> failures.count() >= ALLOWED_FAILURES_PER_CLIENT)
                .map(failures -> remaining(failures.last().plus(CLIENT_WINDOW), now));
        return forName.or(() -> forClient).filter(wait -> wait.isPositive());
    }

    /** 1 minute after the 5th failure, 2 after the 6th, 4 after the 7th … at most an hour. */
    static Duration waitAfter(int failures) {
        int doublings = Math.min(failures - ALLOWED_FAILURES, 30);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    void failed(String username, String client) {
        Instant now = clock.instant();
        Failures failures = byNameAndClient.asMap().merge(key(username, client), new Failures(1, now),
                (before, added) -> before.plusOne(now));
        byClient.asMap().merge(client(client), new Failures(1, now), (before, added) -> before.plusOne(now));
        if (failures.count() >= ALLOWED_FAILURES) {
            // the owner reads this in the log; the name is at most 100 characters (SignInLimits) and shown plain
            LOG.warn("{} wrong passwords for the user name \"{}\" from {}: that address waits {} min before "
                            + "trying this name again. Other addresses can still sign in with it.", failures.count(),
                    printable(username), client(client), waitAfter(failures.count()).toMinutes());
        }
    }

    void succeeded(String username, String client) {
        byNameAndClient.invalidate(key(username, client));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), clientOf(event.getAuthentication()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), clientOf(event.getAuthentication()));
    }

    /** How many names and addresses are remembered now, for tests of the bound. */
    long entries() {
        byNameAndClient.cleanUp();
        byClient.cleanUp();
        return byNameAndClient.estimatedSize() + byClient.estimatedSize();
    }

    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private static NameFromClient key(String username, String client) {
        return new NameFromClient(username == null ? "" : username.trim().toLowerCase(Locale.ROOT),
                client(client));
    }

    private static String client(String client) {
        return client == null ? "unknown" : client;
    }

    private static Duration remaining(Instant until, Instant now) {
        return Duration.between(now, until);
    }

    private static String printable(String username) {
        return username == null ? "" : username.replaceAll("[^\\p{Print}]", "?");
    }
}
