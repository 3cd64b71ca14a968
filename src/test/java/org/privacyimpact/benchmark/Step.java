package org.privacyimpact.benchmark;

/** One timed piece of work in a benchmark's round: our call or a baseline's. */
@FunctionalInterface
interface Step {
    void run() throws Exception;
}
