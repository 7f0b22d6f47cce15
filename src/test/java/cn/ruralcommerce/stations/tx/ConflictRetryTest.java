package cn.ruralcommerce.stations.tx;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The write-conflict retry with a fake transaction that fails with MariaDB's error 1213 a given number of times. */
class ConflictRetryTest {
    private final List<Long> pauses = new ArrayList<>();
    private final ConflictRetry retry = new ConflictRetry(5, Duration.ofMillis(10), Duration.ofMillis(50), pauses::add);

    /** A transaction that conflicts {@code conflicts} times (as Connector/J reports a Galera certification failure), then commits. */
    private static final class FakeTransaction implements Supplier<String> {
        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger commits = new AtomicInteger();
        private final int conflicts;

        FakeTransaction(int conflicts) {
            this.conflicts = conflicts;
        }

        @Override
        public String get() {
            if (runs.incrementAndGet() <= conflicts) {
                throw new IllegalStateException("commit failed", new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
            }
            commits.incrementAndGet();
            return "committed on run " + runs.get();
        }
    }

    @Test
    void aConflictedTransactionRunsAgainUntilItCommitsOnce() {
        FakeTransaction tx = new FakeTransaction(3);
        assertEquals("committed on run 4", retry.run(tx));
        assertEquals(4, tx.runs.get());
        assertEquals(1, tx.commits.get(), "committed once: nothing counted twice");
        assertEquals(3, pauses.size(), "a pause before each new run");
        assertEquals(3, retry.retried());
    }

    @Test
    void pausesAreRandomAndBoundedByAnExponentialCap() {
        assertEquals(10, retry.delayCap(2));
        assertEquals(20, retry.delayCap(3));
        assertEquals(40, retry.delayCap(4));
        assertEquals(50, retry.delayCap(5), "never above the maximum");
        assertEquals(50, retry.delayCap(40));
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pauses.clear();
            retry.run(new FakeTransaction(1));
            long pause = pauses.get(0);
            assertTrue(pause >= 0 && pause <= 10, "first pause within [0, 10] ms: " + pause);
            seen.add(pause);
        }
        assertTrue(seen.stream().distinct().count() > 3, "jitter: the pauses differ " + seen);
    }

    @Test
    void theLastConflictPropagatesAfterTheBoundedAttempts() {
        FakeTransaction tx = new FakeTransaction(Integer.MAX_VALUE);
        RuntimeException e = assertThrows(RuntimeException.class, () -> retry.run(tx));
        assertTrue(WriteConflicts.isConflict(e));
        assertEquals(5, tx.runs.get());
        assertEquals(0, tx.commits.get());
        assertEquals(1, retry.exhausted());
    }

    @Test
    void otherFailuresAreNotRetriedUnlessTheCallerSaysSo() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException duplicate = new RuntimeException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
        Supplier<String> failing = () -> {
            runs.incrementAndGet();
            throw duplicate;
        };
        assertSame(duplicate, assertThrows(RuntimeException.class, () -> retry.run(failing)));
        assertEquals(1, runs.get());

        runs.set(0);
        Supplier<String> duplicateOnce = () -> {
            if (runs.incrementAndGet() == 1) {
                throw duplicate;
            }
            return "replayed";
        };
        assertEquals("replayed", retry.run(duplicateOnce, e -> e == duplicate));
        assertEquals(2, runs.get());
        assertTrue(pauses.isEmpty(), "a duplicate key re-runs at once (the row is there to be found)");
    }

    @Test
    void conflictsAreRecognisedByErrorCodeOrSqlStateAnywhereInTheChain() {
        assertTrue(WriteConflicts.isConflict(new SQLException("Deadlock found", "40001", 1213)));
        assertTrue(WriteConflicts.isConflict(new SQLException("WSREP detected deadlock/conflict and aborted the transaction", "HY000", 1213)));
        assertTrue(WriteConflicts.isConflict(new RuntimeException(new RuntimeException(new SQLException("serialization failure", "40001")))));
        SQLException batch = new SQLException("batch failed", "HY000", 0);
        batch.setNextException(new SQLException("Deadlock found", "40001", 1213));
        assertTrue(WriteConflicts.isConflict(batch));
        assertFalse(WriteConflicts.isConflict(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(WriteConflicts.isConflict(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertFalse(WriteConflicts.isConflict(new IllegalStateException("no SQL here")));
    }
}
