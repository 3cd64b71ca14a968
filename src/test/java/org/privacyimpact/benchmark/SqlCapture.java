package org.privacyimpact.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records each statement our jOOQ code sends, grouped by the transaction it ran in (a baseline that does the same
 * work opens as many): its SQL with the values inlined, and its SQL with placeholders together with the very
 * calls jOOQ made to bind them, so a baseline can send exactly the same either way.
 */
final class SqlCapture implements ExecuteListener {

    /** One {@code PreparedStatement.setXxx(index, value, …)} call, to be made again on another statement. */
    record Bind(Method method, Object[] arguments) {

        void on(PreparedStatement statement) throws Exception {
            try {
                method.invoke(statement, arguments);
            } catch (InvocationTargetException e) {
                throw (Exception) e.getCause();
            }
        }
    }

    /**
     * @param inlined the statement with its values written into the SQL
     * @param sql     the statement as jOOQ prepared it, with {@code ?} for each value
     * @param binds   the values as jOOQ bound them, in order
     */
    record Captured(String inlined, String sql, List<Bind> binds) {
    }

    private final List<List<Captured>> transactions = new ArrayList<>();
    private Object currentTransaction;
    private List<Bind> pendingBinds = List.of();
    private volatile boolean recording;

    synchronized void start() {
        transactions.clear();
        currentTransaction = null;
        recording = true;
    }

    /** The statements in the order they ran, one list per transaction. */
    synchronized List<List<Captured>> stop() {
        recording = false;
        return transactions.stream().map(List::copyOf).toList();
    }

    /** Puts a recorder between jOOQ and the statement it is about to bind. */
    @Override
    public synchronized void prepareEnd(ExecuteContext context) {
        if (!recording || !(context.statement() instanceof PreparedStatement statement)) {
            return;
        }
        List<Bind> binds = new ArrayList<>();
        pendingBinds = binds;
        context.statement((PreparedStatement) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                    if (method.getName().startsWith("set") && arguments != null && arguments.length >= 2
                            && arguments[0] instanceof Integer) {
                        binds.add(new Bind(method, arguments.clone()));
                    }
                    try {
                        return method.invoke(statement, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
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
        String inlined = context.query() != null ? context.query().getSQL(ParamType.INLINED) : context.sql();
        transactions.getLast().add(new Captured(inlined, context.sql(), List.copyOf(pendingBinds)));
        pendingBinds = List.of();
    }
}
