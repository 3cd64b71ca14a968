package org.privacyimpact.benchmark;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.CallbackExecuteListener;

/**
 * Where our code's time goes in each statement jOOQ runs on the benchmark's thread: rendering the SQL, preparing
 * and binding it, executing it (until PostgreSQL's first answer) and fetching its rows into records. What a call
 * takes beyond its statements (the pool, the transaction, mapping records into the dashboard's own) is its total
 * less these.
 */
final class PhaseClock {

    /** Nanoseconds summed over the statements run since {@link #start()}. */
    record Parts(long render, long prepareAndBind, long execute, long fetch, long statements) {
    }

    private volatile Thread timed;
    private long render;
    private long prepareAndBind;
    private long execute;
    private long fetch;
    private long statements;

    private long statementStart;
    private long phaseStart;

    void start() {
        render = prepareAndBind = execute = fetch = statements = 0;
        timed = Thread.currentThread();
    }

    Parts stop() {
        timed = null;
        return new Parts(render, prepareAndBind, execute, fetch, statements);
    }

    /** What jOOQ calls at each phase of a statement; only the timed thread's statements count. */
    ExecuteListener listener() {
        return new CallbackExecuteListener()
                .onStart(context -> statementStart = now(statementStart))
                .onRenderStart(this::phaseStarts)
                .onRenderEnd(context -> render += sincePhaseStart())
                .onPrepareStart(this::phaseStarts)
                .onBindEnd(context -> prepareAndBind += sincePhaseStart())
                .onExecuteStart(this::phaseStarts)
                .onExecuteEnd(context -> execute += sincePhaseStart())
                .onFetchStart(this::phaseStarts)
                .onFetchEnd(context -> fetch += sincePhaseStart())
                .onEnd(context -> statements += now(statementStart) - statementStart);
    }

    private boolean timing() {
        return Thread.currentThread() == timed;
    }

    /** The time on the timed thread; on another, the time given, so that nothing it measures counts. */
    private long now(long elsewhere) {
        return timing() ? System.nanoTime() : elsewhere;
    }

    private void phaseStarts(ExecuteContext context) {
        phaseStart = now(phaseStart);
    }

    private long sincePhaseStart() {
        return now(phaseStart) - phaseStart;
    }
}
