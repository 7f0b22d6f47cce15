package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.station.StationStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Station lifecycle statistics (站点生命周期统计) from status histories: status on a day and changes within a period. */
public final class LifecycleTally {
    /** One status change: the status entered from {@code on}; {@code seq} orders changes of the same day. */
    public record Change(StationStatus status, LocalDate on, long seq) {
    }

    /** Counts of stations that opened (first ACTIVE), closed and were suspended within a period. */
    public record PeriodCounts(int opened, int closed, int suspended) {
    }

    private LifecycleTally() {
    }

    /** The status in force on {@code day}, or null when the history has not started by then. */
    public static StationStatus statusOn(List<Change> history, LocalDate day) {
        StationStatus status = null;
        for (Change c : sorted(history)) {
            if (c.on().isAfter(day)) {
                break;
            }
            status = c.status();
        }
        return status;
    }

    /** Per-period counts over many stations' histories; a station counts at most once per kind. */
    public static PeriodCounts changesBetween(List<List<Change>> histories, LocalDate from, LocalDate to) {
        int opened = 0;
        int closed = 0;
        int suspended = 0;
        for (List<Change> history : histories) {
            List<Change> h = sorted(history);
            Change firstActive = h.stream().filter(c -> c.status() == StationStatus.ACTIVE).findFirst().orElse(null);
            if (firstActive != null && within(firstActive.on(), from, to)) {
                opened++;
            }
            if (h.stream().anyMatch(c -> c.status() == StationStatus.CLOSED && within(c.on(), from, to))) {
                closed++;
            }
            if (h.stream().anyMatch(c -> c.status() == StationStatus.SUSPENDED && within(c.on(), from, to))) {
                suspended++;
            }
        }
        return new PeriodCounts(opened, closed, suspended);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static List<Change> sorted(List<Change> history) {
        List<Change> copy = new ArrayList<>(history);
        copy.sort(Comparator.comparing(Change::on).thenComparingLong(Change::seq));
        return copy;
    }
}
