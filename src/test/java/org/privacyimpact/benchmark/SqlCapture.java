package org.privacyimpact.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records each statement our code sends, grouped by the transaction it ran in (a baseline that does the same work
 * opens as many): its SQL with placeholders together with the very calls that bound its values, and its SQL with
 * the values inlined, so a baseline can send exactly the same either way.
 *
 * <p>It records on the JDBC connection, beneath jOOQ: since issue 16's twelfth part the hot queries run their
 * SQL, rendered once per shape, on the connection themselves (ShapedSelect), which jOOQ's execute listeners
 * never see. Each connection the application takes from the pool while recording is one transaction: Spring
 * takes one per transaction and keeps it for the transaction's statements.
 */
final class SqlCapture implements BeanPostProcessor {

    /** One {@code PreparedStatement.setXxx(index, value, …)} call, to be made again on another statement. */
    record Bind(Method method, Object[] arguments) {

        void on(PreparedStatement statement) throws Exception {
            try {
                method.invoke(statement, arguments);
            } catch (InvocationTargetException e) {
                throw (Exception) e.getCause();
            }
        }

        /** The value bound, for writing it into the SQL. */
        Object value() throws SQLException {
            if (method.getName().equals("setNull")) {
                return null;
            }
            return arguments[1] instanceof Array array ? array.getArray() : arguments[1];
        }
    }

    /**
     * @param inlined the statement with its values written into the SQL
     * @param sql     the statement as it was prepared, with {@code ?} for each value
     * @param binds   the values as they were bound, in order
     */
    record Captured(String inlined, String sql, List<Bind> binds) {
    }

    private final List<List<Captured>> transactions = new ArrayList<>();
    private volatile boolean recording;

    synchronized void start() {
        transactions.clear();
        recording = true;
    }

    /** The statements in the order they ran, one list per transaction. */
    synchronized List<List<Captured>> stop() {
        recording = false;
        return transactions.stream().map(List::copyOf).toList();
    }

    /** Puts the recorder between the application and its data source. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource) || !beanName.equals("dataSource")) {
            return bean;
        }
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return recording ? recorded(connection) : connection;
            }
        };
    }

    private synchronized Connection recorded(Connection connection) {
        List<Captured> transaction = new ArrayList<>();
        transactions.add(transaction);
        return (Connection) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    Object result = invoke(connection, method, arguments);
                    if (method.getName().equals("prepareStatement") && recording) {
                        return recorded((PreparedStatement) result, (String) arguments[0], transaction);
                    }
                    return result;
                });
    }

    private PreparedStatement recorded(PreparedStatement statement, String sql, List<Captured> transaction) {
        List<Bind> binds = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                    if (method.getName().startsWith("set") && arguments != null && arguments.length >= 2
                            && arguments[0] instanceof Integer) {
                        binds.add(new Bind(method, arguments.clone()));
                    }
                    if (method.getName().startsWith("execute") && (arguments == null || arguments.length == 0)) {
                        record(transaction, new Captured(inlined(sql, binds), sql, List.copyOf(binds)));
                    }
                    return invoke(statement, method, arguments);
                });
    }

    private synchronized void record(List<Captured> transaction, Captured statement) {
        if (recording) {
            transaction.add(statement);
        }
    }

    private static String inlined(String sql, List<Bind> binds) throws SQLException {
        Object[] values = new Object[binds.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = binds.get(i).value();
        }
        return DSL.using(SQLDialect.POSTGRES).renderInlined(DSL.query(sql, values));
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
