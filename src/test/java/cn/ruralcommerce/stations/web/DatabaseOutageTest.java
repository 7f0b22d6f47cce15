package cn.ruralcommerce.stations.web;

import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database is unreachable" (503) and which do not. */
class DatabaseOutageTest {

    @Test
    void poolTimeoutsAndBrokenConnectionsAnywhereInTheChainAreOutages() {
        assertTrue(DatabaseOutage.isCause(new DataAccessException("query failed",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLRecoverableException("Communications link failure"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("link failure", "08S01"))));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("Server shutdown in progress", "70100", 1053)));
        assertTrue(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("closed"))));
    }

    @Test
    void aWriteConflictLeftAfterTheRetriesIsA503NotA500() {
        // ConflictRetry runs the transaction again; only the last conflict of a still busy row reaches the handler
        assertTrue(DatabaseOutage.isCause(new SQLException("Deadlock found", "40001", 1213)));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("WSREP detected deadlock/conflict", "HY000", 1213))));
    }

    @Test
    void aFailedQueryHiddenBehindTheCleanUpErrorIsFoundInTheSuppressedOnes() {
        RuntimeException cleanUp = new RuntimeException("could not reset the connection", new SQLException("Connection is closed"));
        cleanUp.addSuppressed(new DataAccessException("insert failed", new SQLException("link failure", "08S01")));
        assertTrue(DatabaseOutage.isCause(cleanUp));
    }

    @Test
    void dataErrorsAndBugsAreNotOutages() {
        assertFalse(DatabaseOutage.isCause(new DataAccessException("dup", new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseOutage.isCause(new NullPointerException()));
        assertFalse(DatabaseOutage.isCause(new RuntimeException("Connection is closed")));
        assertFalse(DatabaseOutage.isCause(new NoConnectionException()), "no connection bound to the call is a bug, not an outage");
    }
}
