package cn.ruralcommerce.stations.sales;

import java.sql.SQLException;

/** Classifies database failures by SQLSTATE (数据库错误分类): unique-key violations (write conflicts: {@code tx.WriteConflicts}). */
final class DatabaseErrors {
    private DatabaseErrors() {
    }

    /** SQLSTATE class 23 (integrity constraint), e.g. a duplicate idempotency key. */
    static boolean isDuplicateKey(Throwable error) {
        return sqlState(error).startsWith("23");
    }

    private static String sqlState(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        return e.getSQLState();
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "";
    }
}
