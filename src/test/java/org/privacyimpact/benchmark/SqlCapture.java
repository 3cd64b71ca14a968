package org.privacyimpact.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;

/** Records the SQL our jOOQ code sends, with its values inlined, so a baseline can send exactly the same. */
final class SqlCapture implements ExecuteListener {

    private final List<String> statements = new ArrayList<>();
    private volatile boolean recording;

    synchronized void start() {
        statements.clear();
        recording = true;
    }

    synchronized List<String> stop() {
        recording = false;
        return List.copyOf(statements);
    }

    @Override
    public synchronized void executeStart(ExecuteContext context) {
        if (recording) {
            statements.add(context.query() != null ? context.query().getSQL(ParamType.INLINED) : context.sql());
        }
    }
}
