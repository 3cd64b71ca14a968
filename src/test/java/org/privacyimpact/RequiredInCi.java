package org.privacyimpact;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that need something outside the JVM (a browser, a PostgreSQL server): on a developer's laptop they
 * skip with a message when it is missing; in CI (CI=true) they fail, so a missing tool can never pass as green.
 */
public final class RequiredInCi {

    private RequiredInCi() {
    }

    public static void require(boolean available, String whatIsMissing) {
        if (available) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("Required in CI but missing: " + whatIsMissing);
        }
        assumeTrue(false, "Skipped: " + whatIsMissing + " (required when CI=true)");
    }
}
