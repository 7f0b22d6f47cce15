package cn.ruralcommerce.stations.report;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;

/**
 * Finished reports (报告缓存) for a few minutes, keyed by region, year, as-of day and a data version read
 * from the tables the report uses, so any new sale, status change or node makes a fresh report.
 */
@Singleton
public class ReportCache {
    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 64;
    private static final String VERSION = "SELECT (SELECT COUNT(*) FROM sale_entry), (SELECT COALESCE(MAX(id), 0) FROM sale_entry),"
            + " (SELECT COALESCE(MAX(id), 0) FROM station_status_change), (SELECT COUNT(*) FROM station),"
            + " (SELECT COUNT(*) FROM logistics_node), (SELECT COUNT(*) FROM region), (SELECT COUNT(*) FROM county_flagship)";

    private record Entry(Map<String, Object> report, Instant at) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AnnualReportService reports;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public ReportCache(AnnualReportService reports, TransactionOperations<Connection> tx, Clock clock) {
        this.reports = reports;
        this.tx = tx;
        this.clock = clock;
    }

    public Map<String, Object> get(ReportRequest r, DoubleConsumer progress) {
        String key = r.region() + "/" + r.year() + "/" + r.yearStart() + "/" + r.asOf() + "/" + dataVersion();
        Instant now = clock.instant();
        Entry hit = entries.get(key);
        if (hit != null && hit.at().plus(TTL).isAfter(now)) {
            progress.accept(1.0);
            return hit.report();
        }
        Map<String, Object> report = reports.build(r, progress);
        entries.values().removeIf(e -> !e.at().plus(TTL).isAfter(now));
        if (entries.size() < MAX_ENTRIES) {
            entries.put(key, new Entry(report, now));
        }
        progress.accept(1.0);
        return report;
    }

    String dataVersion() {
        return tx.executeRead(status -> {
            try (Statement st = status.getConnection().createStatement(); ResultSet rs = st.executeQuery(VERSION)) {
                rs.next();
                StringBuilder v = new StringBuilder();
                for (int i = 1; i <= 7; i++) {
                    v.append(rs.getLong(i)).append('.');
                }
                return v.toString();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the data version: " + e.getMessage(), e);
            }
        });
    }
}
