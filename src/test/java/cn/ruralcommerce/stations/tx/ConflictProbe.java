package cn.ruralcommerce.stations.tx;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.transaction.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

/** Test bean: a transactional write that inserts a row and then fails with error 1213 a given number of times. */
@Singleton
@Requires(property = "test.conflict-probe", value = "true")
public class ConflictProbe {
    final AtomicInteger runs = new AtomicInteger();
    private final TransactionOperations<Connection> transactions;
    private volatile int conflictsLeft;

    public ConflictProbe(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    void conflictTimes(int times) {
        conflictsLeft = times;
        runs.set(0);
    }

    @Transactional
    @RetryWriteConflicts
    public void write(String tag) {
        runs.incrementAndGet();
        Connection connection = (Connection) transactions.findTransactionStatus().orElseThrow().getConnection();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO retry_probe (tag) VALUES (?)")) {
            ps.setString(1, tag);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (conflictsLeft > 0) {
            conflictsLeft--;
            throw new IllegalStateException("commit failed", new SQLTransactionRollbackException(
                    "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        }
    }

    /** Two writes in one outer transaction: a conflict in the inner one must not re-run the inner one alone. */
    @Transactional
    @RetryWriteConflicts
    public void writeTwice(String tag, ConflictProbe self) {
        self.write(tag + "-a");
        self.write(tag + "-b");
    }
}
