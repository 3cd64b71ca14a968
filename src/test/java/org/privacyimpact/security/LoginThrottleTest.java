package org.privacyimpact.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import org.junit.jupiter.api.Test;

/** Guessing is slowed per name and address, the owner elsewhere is not, and the memory stays bounded. */
class LoginThrottleTest {

    private static final String GUESSER = "203.0.113.7";
    private static final String OWNER = "198.51.100.2";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveWrongPasswordsMakeTheGuessersAddressWaitAMinuteAndNobodyElse() {
        failTimes("admin", GUESSER, LoginThrottle.ALLOWED_FAILURES - 1);
        assertThat(throttle.waitBefore("admin", GUESSER)).isEmpty();

        throttle.failed("admin", GUESSER);

        assertThat(throttle.waitBefore("admin", GUESSER)).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.waitBefore("ADMIN ", GUESSER)).as("the same name, typed differently").isPresent();
        assertThat(throttle.waitBefore("admin", OWNER)).as("the owner signs in from elsewhere").isEmpty();
        assertThat(throttle.waitBefore("curator-ana", GUESSER)).as("another name from the same address").isEmpty();
        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.waitBefore("admin", GUESSER)).isEmpty();
    }

    @Test
    void eachFurtherWrongPasswordDoublesTheWaitUpToAnHour() {
        failTimes("admin", GUESSER, LoginThrottle.ALLOWED_FAILURES);
        for (long minutes : new long[] {1, 2, 4, 8, 16, 32, 60, 60}) {
            assertThat(throttle.waitBefore("admin", GUESSER)).hasValue(Duration.ofMinutes(minutes));
            clock.pass(Duration.ofMinutes(minutes));
            throttle.failed("admin", GUESSER);
        }
    }

    @Test
    void theRightPasswordClearsTheCountForThatAddressOnly() {
        failTimes("admin", GUESSER, LoginThrottle.ALLOWED_FAILURES - 1);
        failTimes("admin", OWNER, LoginThrottle.ALLOWED_FAILURES - 1);

        throttle.succeeded("admin", OWNER);
        throttle.failed("admin", OWNER);
        throttle.failed("admin", GUESSER);

        assertThat(throttle.waitBefore("admin", OWNER)).isEmpty();
        assertThat(throttle.waitBefore("admin", GUESSER)).isPresent();
    }

    @Test
    void anAddressTryingManyNamesWaitsAnHourForAll() {
        for (int name = 0; name < LoginThrottle.ALLOWED_FAILURES_PER_CLIENT; name++) {
            throttle.failed("name-" + name, GUESSER);
        }

        assertThat(throttle.waitBefore("a-name-never-tried", GUESSER)).hasValue(LoginThrottle.CLIENT_WINDOW);
        assertThat(throttle.waitBefore("a-name-never-tried", OWNER)).isEmpty();
        clock.pass(LoginThrottle.CLIENT_WINDOW);
        assertThat(throttle.waitBefore("a-name-never-tried", GUESSER)).isEmpty();
    }

    /** The memory grows with the names tried only up to a fixed number of entries, and is then forgotten. */
    @Test
    void aFloodOfInventedNamesIsBoundedAndForgotten() {
        for (int name = 0; name < 3 * LoginThrottle.MAX_ENTRIES; name++) {
            throttle.failed("invented-" + name, "192.0.2." + (name % 250));
        }

        assertThat(throttle.entries()).isLessThanOrEqualTo(2 * LoginThrottle.MAX_ENTRIES);
        clock.pass(Duration.ofDays(1));
        assertThat(throttle.entries()).isZero();
    }

    private void failTimes(String name, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, client);
        }
    }

    private static final class MovableClock implements InstantSource {

        private Instant now = Instant.parse("2026-12-02T12:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
