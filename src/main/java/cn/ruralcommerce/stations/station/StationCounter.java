package cn.ruralcommerce.stations.station;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts stations by tier and by the status each had on a day, in one grouped query over the status history
 * (the latest change effective on or before the day wins; ties: the later recorded), the same rule as
 * "active on" and the annual report's station section.
 */
@Singleton
public class StationCounter {
    private static final String SQL = "SELECT s.tier, c.status, COUNT(*) FROM station s"
            + " JOIN station_status_change c ON c.station_code = s.code"
            + " WHERE s.region_code LIKE CONCAT(?, '%') AND c.effective_on <= ?"
            + " AND NOT EXISTS (SELECT 1 FROM station_status_change l WHERE l.station_code = c.station_code"
            + " AND l.effective_on <= ? AND (l.effective_on > c.effective_on OR (l.effective_on = c.effective_on AND l.id > c.id)))"
            + " GROUP BY s.tier, c.status";

    private final TransactionOperations<Connection> transactions;

    public StationCounter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Counts within a region prefix ("" = everywhere) as of {@code day}. */
    public StationCountsView count(String regionPrefix, LocalDate day) {
        Map<StationTier, long[]> counts = new EnumMap<>(StationTier.class);
        for (StationTier tier : StationTier.values()) {
            counts.put(tier, new long[StationStatus.values().length]);
        }
        transactions.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(SQL)) {
                ps.setString(1, regionPrefix);
                ps.setDate(2, Date.valueOf(day));
                ps.setDate(3, Date.valueOf(day));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.get(StationTier.valueOf(rs.getString(1)))[StationStatus.valueOf(rs.getString(2)).ordinal()] += rs.getLong(3);
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("station count query failed: " + e.getMessage(), e);
            }
        });
        List<StationCountsView.Row> rows = new ArrayList<>();
        long[] all = new long[StationStatus.values().length];
        counts.forEach((tier, byStatus) -> {
            rows.add(StationCountsView.Row.of(tier.name(), byStatus));
            for (int i = 0; i < all.length; i++) {
                all[i] += byStatus[i];
            }
        });
        return new StationCountsView(regionPrefix, day, rows, StationCountsView.Row.of(null, all));
    }
}
