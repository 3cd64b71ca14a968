package org.privacyimpact;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that need something outside the JVM (a browser, a PostgreSQL server). On a developer's laptop
 * without it they are reported as skipped, with the reason, before any Spring context starts; in CI
 * (CI=true) they run and fail, so a missing tool can never pass as green.
 */
public abstract class RequiredInCi implements ExecutionCondition {

    /** Whether the tool is there. */
    protected abstract boolean available();

    /** What is missing and how to get it, for the skip or failure message. */
    protected abstract String whatIsMissing();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available()) {
            return ConditionEvaluationResult.enabled("available");
        }
        if (isCi()) {
            return ConditionEvaluationResult.enabled("CI=true: runs, and fails in require()");
        }
        return ConditionEvaluationResult.disabled("Skipped: " + whatIsMissing() + " (required when CI=true)");
    }

    /** Call before using the tool: fails with the reason when it is missing (only reachable in CI). */
    public void require() {
        if (!available()) {
            fail("Required in CI but missing: " + whatIsMissing());
        }
    }

    static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
