package cn.ruralcommerce.stations.report;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;

/**
 * Finished reports (报告缓存) for a few minutes, keyed by region, year, as-of day and a data version read
 * from the tables the report uses, so any new sale, status change or node makes a fresh report.
 */
@Singleton
public class ReportCache {
    private static final int MAX_ENTRIES = 64;
    /**
     * Primary-key maxima only (no COUNT(*), which scans a whole InnoDB table: seconds on a national sale_entry).
     * Sale entries are never deleted; every other write the report reads (stations, nodes, divisions, flagships,
     * restores) adds an audit row, and station and node writes a change-log row.
     */
    private static final String VERSION = "SELECT (SELECT COALESCE(MAX(id), 0) FROM sale_entry),"
            + " (SELECT COALESCE(MAX(id), 0) FROM station_status_change), (SELECT COALESCE(MAX(id), 0) FROM audit_log),"
            + " (SELECT COALESCE(MAX(id), 0) FROM change_log), (SELECT COUNT(*) FROM county_flagship)";
    private static final int VERSION_COLUMNS = 5;

    private record Entry(Map<String, Object> report, Instant at) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Map<String, Object>>> computing = new ConcurrentHashMap<>();
    private final AnnualReportService reports;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Duration ttl;

    public ReportCache(AnnualReportService reports, TransactionOperations<Connection> tx, Clock clock,
                       @Value("${app.report.cache-ttl:5m}") Duration ttl) {
        this.ttl = ttl;
        this.reports = reports;
        this.tx = tx;
        this.clock = clock;
    }

    public Map<String, Object> get(ReportRequest r, DoubleConsumer progress) {
        String key = r.region() + "/" + r.year() + "/" + r.yearStart() + "/" + r.asOf() + "/" + dataVersion();
        Instant now = clock.instant();
        Entry hit = entries.get(key);
        if (hit != null && hit.at().plus(ttl).isAfter(now)) {
            progress.accept(1.0);
            return hit.report();
        }
        CompletableFuture<Map<String, Object>> mine = new CompletableFuture<>();
        CompletableFuture<Map<String, Object>> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            // the same report on the same data is being computed for another request: share its result
            try {
                Map<String, Object> report = running.join();
                progress.accept(1.0);
                return report;
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            Map<String, Object> report = reports.build(r, progress);
            entries.values().removeIf(e -> !e.at().plus(ttl).isAfter(now));
            if (entries.size() < MAX_ENTRIES) {
                entries.put(key, new Entry(report, now));
            }
            mine.complete(report);
            progress.accept(1.0);
            return report;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    String dataVersion() {
        return tx.executeRead(status -> {
            try (Statement st = status.getConnection().createStatement(); ResultSet rs = st.executeQuery(VERSION)) {
                rs.next();
                StringBuilder v = new StringBuilder();
                for (int i = 1; i <= VERSION_COLUMNS; i++) {
                    v.append(rs.getLong(i)).append('.');
                }
                return v.toString();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the data version: " + e.getMessage(), e);
            }
        });
    }
}
