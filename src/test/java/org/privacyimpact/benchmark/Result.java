package org.privacyimpact.benchmark;

/**
 * One line of the results table.
 *
 * @param verdict "met", "missed: …" or "—" where there is no target
 */
record Result(String measure, String value, String target, String verdict) {

    static Result info(String measure, String value) {
        return new Result(measure, value, "", "—");
    }

    /** A measure where lower is better. */
    static Result atMost(String measure, double value, double limit, String unit, String format) {
        String shown = format.formatted(value) + " " + unit;
        String target = "≤ " + format.formatted(limit) + " " + unit;
        return new Result(measure, shown, target, value <= limit ? "met"
                : "missed by %.0f%% (%.2f× the target)".formatted((value / limit - 1) * 100, value / limit));
    }

    /** A measure where higher is better. */
    static Result atLeast(String measure, double value, double limit, String unit, String format) {
        String shown = format.formatted(value) + " " + unit;
        String target = "≥ " + format.formatted(limit) + " " + unit;
        return new Result(measure, shown, target, value >= limit ? "met"
                : "missed by %.0f%% (%.2f× the target)".formatted((1 - value / limit) * 100, value / limit));
    }
}
