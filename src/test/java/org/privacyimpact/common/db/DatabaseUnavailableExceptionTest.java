package org.privacyimpact.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are "the database cannot be reached", as the layers between pgjdbc and a page wrap them. */
class DatabaseUnavailableExceptionTest {

    @Test
    void poolTimeoutOverARefusedConnectionMeansUnavailable() {
        assertThat(DatabaseUnavailableException.explains(new DataAccessResourceFailureException("jOOQ",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms",
                        new SQLException("Connection to localhost:5432 refused", "08001",
                                new ConnectException("Connection refused")))))).isTrue();
    }

    @Test
    void connectionLostHalfWayThroughAQueryMeansUnavailable() {
        assertThat(DatabaseUnavailableException.explains(new DataAccessResourceFailureException("jOOQ",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
    }

    @Test
    void serverShuttingDownOrStartingUpMeansUnavailable() {
        assertThat(DatabaseUnavailableException.explains(
                new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseUnavailableException.explains(
                new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
    }

    @Test
    void failedRollbackAfterALostConnectionMeansUnavailable() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("jOOQ",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(DatabaseUnavailableException.explains(rollback)).isTrue();
    }

    @Test
    void aRefusedRowOrABugIsSomethingElse() {
        assertThat(DatabaseUnavailableException.explains(new DuplicateKeyException("jOOQ",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailableException.explains(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailableException.explains(new TransactionSystemException("JDBC commit failed",
                new SQLException("could not serialize access", "40001")))).isFalse();
    }
}
