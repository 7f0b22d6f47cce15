package cn.ruralcommerce.stations.sales;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes prepared sales with their household links, summaries and audit rows in one JDBC transaction (同一事务). */
@Singleton
public class SaleTransactions {
    private final TransactionOperations<Connection> transactions;
    private final SaleAudit audit;

    public SaleTransactions(TransactionOperations<Connection> transactions, SaleAudit audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The generated ids in order; a duplicate key or deadlock rolls everything back and propagates. */
    public List<Long> write(List<PreparedSale> sales) {
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                List<Long> ids = SaleWriter.insert(connection, sales);
                SummaryWriter.apply(connection, sales);
                audit.record(connection, sales, ids);
                return ids;
            } catch (SQLException e) {
                throw new SaleWriteException(e);
            }
        });
    }

    /** A failed sales write, keeping the SQL error (and its SQLSTATE) as cause. */
    static final class SaleWriteException extends RuntimeException {
        SaleWriteException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
