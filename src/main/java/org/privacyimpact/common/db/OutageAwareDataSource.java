package org.privacyimpact.common.db;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool as the application sees it. When no connection can be had because the database cannot be reached,
 * the failure says so ({@link DatabaseUnavailableException}), so that pages and the API answer "try again
 * shortly" rather than "something went wrong", and the watchdog is told at once. While the embedded server is
 * known to be down, requests fail at once instead of each waiting out the pool's connection timeout.
 */
class OutageAwareDataSource extends DelegatingDataSource implements Closeable {

    private final BooleanSupplier knownDown;
    private final Runnable onUnavailable;

    OutageAwareDataSource(DataSource pool, BooleanSupplier knownDown, Runnable onUnavailable) {
        super(pool);
        this.knownDown = knownDown;
        this.onUnavailable = onUnavailable;
    }

    @Override
    public Connection getConnection() throws SQLException {
        failIfKnownDown();
        try {
            return super.getConnection();
        } catch (SQLException e) {
            throw unavailableIfSo(e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        failIfKnownDown();
        try {
            return super.getConnection(username, password);
        } catch (SQLException e) {
            throw unavailableIfSo(e);
        }
    }

    private void failIfKnownDown() throws DatabaseUnavailableException {
        if (knownDown.getAsBoolean()) {
            throw new DatabaseUnavailableException("The embedded database server is being started again", null);
        }
    }

    private SQLException unavailableIfSo(SQLException failure) {
        if (!DatabaseUnavailableException.explains(failure)) {
            return failure;
        }
        onUnavailable.run();
        return new DatabaseUnavailableException("No database connection: " + failure.getMessage(), failure);
    }

    /** Spring closes a bean by its close method: the pool's connections are given back to the server. */
    @Override
    public void close() throws IOException {
        if (getTargetDataSource() instanceof Closeable pool) {
            pool.close();
        }
    }
}
