package cn.ruralcommerce.stations.tx;

import java.sql.SQLException;

/**
 * Recognises a write conflict (写冲突) anywhere in a cause chain: MariaDB/MySQL error 1213 (ER_LOCK_DEADLOCK)
 * or SQLSTATE 40001. A single server reports it for a deadlock; Galera reports it at commit when another node
 * certified a write to the same row first (a certification conflict, or a brute-force abort of a local
 * transaction by a replicated one). The transaction was rolled back as a whole and may be run again.
 */
public final class WriteConflicts {
    /** ER_LOCK_DEADLOCK: "Deadlock found when trying to get lock; try restarting transaction". */
    public static final int DEADLOCK = 1213;
    public static final String SERIALIZATION_FAILURE = "40001";

    private WriteConflicts() {
    }

    public static boolean isConflict(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getErrorCode() == DEADLOCK || SERIALIZATION_FAILURE.equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
