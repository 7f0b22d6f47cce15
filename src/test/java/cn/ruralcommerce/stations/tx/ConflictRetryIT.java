package cn.ruralcommerce.stations.tx;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RetryWriteConflicts} on a real transaction (H2): the retry wraps the transaction, so each run starts a
 * new one and the rows of a conflicted run are rolled back — one committed row in the end, not one per run;
 * inside a transaction already begun it passes the conflict on to the outermost boundary.
 */
@MicronautTest(transactional = false)
@Property(name = "test.conflict-probe", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictRetryIT {
    @Inject
    ConflictProbe probe;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    ConflictRetry retry;

    @BeforeAll
    void table() {
        transactions.executeWrite(status -> {
            try (Statement s = status.getConnection().createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS retry_probe (id BIGINT AUTO_INCREMENT PRIMARY KEY, tag VARCHAR(40) NOT NULL)");
            }
            return null;
        });
    }

    @Test
    void eachRunIsANewTransactionAndOnlyTheLastOneCommits() {
        probe.conflictTimes(3);
        probe.write("three-conflicts");
        assertEquals(4, probe.runs.get(), "run again after each conflict");
        assertEquals(1, rows("three-conflicts"), "the conflicted runs were rolled back: the row is stored once");
    }

    @Test
    void aConflictThatDoesNotGoAwayPropagatesAfterTheLastAttempt() {
        probe.conflictTimes(Integer.MAX_VALUE);
        RuntimeException e = assertThrows(RuntimeException.class, () -> probe.write("always"));
        assertTrue(WriteConflicts.isConflict(e));
        assertEquals(8, probe.runs.get(), "the configured bound (app.write-conflict.attempts, default 8)");
        assertEquals(0, rows("always"));
    }

    @Test
    void insideAnOuterTransactionTheWholeOuterTransactionRunsAgain() {
        probe.conflictTimes(1);
        probe.writeTwice("nested", probe);
        // run 1: "-a" conflicts → the outer transaction rolls back and runs again: "-a", "-b" (runs 2 and 3)
        assertEquals(3, probe.runs.get(), "the inner call did not retry on its own inside the outer transaction");
        assertEquals(1, rows("nested-a"));
        assertEquals(1, rows("nested-b"));
    }

    private long rows(String tag) {
        return transactions.executeRead(status -> {
            try (Statement s = status.getConnection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM retry_probe WHERE tag = '" + tag + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
