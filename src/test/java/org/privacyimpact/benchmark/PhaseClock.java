package org.privacyimpact.benchmark;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Where our code's time goes in each statement jOOQ runs on the benchmark's thread: rendering the SQL, preparing
 * and binding it, executing it (until PostgreSQL's first answer) and fetching its rows into records. What a call
 * takes beyond its statements (the pool, the transaction, mapping records into the dashboard's own) is its total
 * less these.
 */
final class PhaseClock implements ExecuteListener {

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

    private boolean timing() {
        return Thread.currentThread() == timed;
    }

    @Override
    public void start(ExecuteContext context) {
        if (timing()) {
            statementStart = System.nanoTime();
        }
    }

    @Override
    public void renderStart(ExecuteContext context) {
        if (timing()) {
            phaseStart = System.nanoTime();
        }
    }

    @Override
    public void renderEnd(ExecuteContext context) {
        if (timing()) {
            render += System.nanoTime() - phaseStart;
        }
    }

    @Override
    public void prepareStart(ExecuteContext context) {
        if (timing()) {
            phaseStart = System.nanoTime();
        }
    }

    @Override
    public void bindEnd(ExecuteContext context) {
        if (timing()) {
            prepareAndBind += System.nanoTime() - phaseStart;
        }
    }

    @Override
    public void executeStart(ExecuteContext context) {
        if (timing()) {
            phaseStart = System.nanoTime();
        }
    }

    @Override
    public void executeEnd(ExecuteContext context) {
        if (timing()) {
            execute += System.nanoTime() - phaseStart;
        }
    }

    @Override
    public void fetchStart(ExecuteContext context) {
        if (timing()) {
            phaseStart = System.nanoTime();
        }
    }

    @Override
    public void fetchEnd(ExecuteContext context) {
        if (timing()) {
            fetch += System.nanoTime() - phaseStart;
        }
    }

    @Override
    public void end(ExecuteContext context) {
        if (timing()) {
            statements += System.nanoTime() - statementStart;
        }
    }
}
