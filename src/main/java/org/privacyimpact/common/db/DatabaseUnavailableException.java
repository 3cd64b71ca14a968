package org.privacyimpact.common.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached just now: its server is down or being restarted, or no connection could be had
 * in time. Pages and the data API answer "try again shortly" (HTTP 503) for it, not "something went wrong".
 */
public class DatabaseUnavailableException extends SQLTransientConnectionException {

    /** PostgreSQL's "shutting down", "crashed" and "starting up or recovering": the server is coming back. */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    /** SQLSTATE class 08, "connection exception", in the SQL standard and PostgreSQL. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /** Exceptions wrap one another; a real chain is a handful deep, and a deeper one is not followed. */
    private static final int DEEPEST_CAUSE = 32;

    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** For a failure that {@link #explains(Throwable) means} the database could not be reached. */
    public DatabaseUnavailableException(Throwable cause) {
        this("The database cannot be reached: " + cause.getMessage(), cause);
    }

    /**
     * Whether a failure, or anything that caused it, means that the database could not be reached, whichever
     * layer wrapped it (the pool, jOOQ, Spring's translation). The one rule every exit of the dashboard uses.
     */
    public static boolean explains(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            // a query that lost its connection, then a rollback that failed on it: Spring reports the rollback
            // and keeps the query's failure aside
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && explains(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                    || SERVER_GOING_OR_COMING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
