package cn.ruralcommerce.stations.station;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * Station counts (站点数) of a region on a day: per tier, how many stations were in each status on {@code asOf}
 * by their status history; stations not yet registered by then are not counted. See docs/indicators.md#station-counts.
 */
@Serdeable
public record StationCountsView(String region, LocalDate asOf, List<Row> byTier, Row all) {
    /** Counts of one tier (or of all tiers: tier null) by the status in force on the day. */
    @Serdeable
    public record Row(String tier, long planned, long active, long suspended, long closed, long total) {
        static Row of(String tier, long[] byStatus) {
            return new Row(tier, byStatus[0], byStatus[1], byStatus[2], byStatus[3],
                    byStatus[0] + byStatus[1] + byStatus[2] + byStatus[3]);
        }
    }
}
