package org.privacyimpact.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the SQL our jOOQ code sends, with its values inlined, so a baseline can send exactly the same, grouped
 * by the transaction each statement ran in: a baseline that does the same work opens as many.
 */
final class SqlCapture implements ExecuteListener {

    private final List<List<String>> transactions = new ArrayList<>();
    private Object currentTransaction;
    private volatile boolean recording;

    synchronized void start() {
        transactions.clear();
        currentTransaction = null;
        recording = true;
    }

    /** The statements in the order they ran, one list per transaction. */
    synchronized List<List<String>> stop() {
        recording = false;
        return transactions.stream().map(List::copyOf).toList();
    }

    @Override
    public synchronized void executeStart(ExecuteContext context) {
        if (!recording) {
            return;
        }
        // Spring binds a new ConnectionHolder to the thread for each transaction it begins
        Object transaction = TransactionSynchronizationManager.getResourceMap().values().stream()
                .filter(ConnectionHolder.class::isInstance).findFirst().orElse(null);
        if (transactions.isEmpty() || transaction == null || transaction != currentTransaction) {
            transactions.add(new ArrayList<>());
        }
        currentTransaction = transaction;
        transactions.getLast().add(context.query() != null ? context.query().getSQL(ParamType.INLINED)
                : context.sql());
    }
}
