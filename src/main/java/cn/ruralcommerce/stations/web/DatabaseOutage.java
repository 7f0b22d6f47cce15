package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.tx.WriteConflicts;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure to reach the database (数据库不可用) anywhere in a cause chain: no pooled connection
 * within the timeout, a refused or broken connection, SQLSTATE class 08 (connection exception), a server
 * shutting down, or Micronaut Data failing to open or reset a connection (a pooled connection closed under
 * it), or a write conflict that still conflicted after {@code ConflictRetry}'s attempts (a busy row on a
 * Galera cluster). Such a request may be retried unchanged once the database is back.
 */
public final class DatabaseOutage {
    /** ER_SERVER_SHUTDOWN (1053) and ER_CONNECTION_KILLED (1927): the server went away mid-request. */
    private static final int SERVER_SHUTDOWN = 1053;
    private static final int CONNECTION_KILLED = 1927;

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable error) {
        return isCause(error, 0);
    }

    /** Walks causes and suppressed exceptions (a failed query's error may hide behind the connection clean-up's). */
    private static boolean isCause(Throwable error, int depth) {
        if (error == null || depth > 16) {
            return false;
        }
        if (error instanceof SQLException sql && connectionLevel(sql) || error instanceof ConnectException
                || error instanceof CannotGetJdbcConnectionException
                || error instanceof ConnectionException && !(error instanceof NoConnectionException)
                || error instanceof SQLException sql && WriteConflicts.isConflict(sql)) {
            return true;
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (isCause(suppressed, depth + 1)) {
                return true;
            }
        }
        return error.getCause() != error && isCause(error.getCause(), depth + 1);
    }

    private static boolean connectionLevel(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLRecoverableException
                    || (e.getSQLState() != null && e.getSQLState().startsWith("08"))
                    || e.getErrorCode() == SERVER_SHUTDOWN || e.getErrorCode() == CONNECTION_KILLED) {
                return true;
            }
        }
        return false;
    }
}
