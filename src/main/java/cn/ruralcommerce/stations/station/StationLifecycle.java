package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.imports.RowException;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lifecycle arithmetic of a station: default dates for a new station, the history rows it starts with,
 * and checked transitions whose effective dates never go back before the last recorded change.
 */
public final class StationLifecycle {
    private StationLifecycle() {
    }

    /** Fills the dates a status implies: an opened station opened today unless told, a closed one closed today. */
    public static Station withDefaultDates(Station s, LocalDate today) {
        LocalDate opened = s.openedOn();
        LocalDate closed = s.closedOn();
        if (opened == null && s.status().opened()) {
            opened = today;
        }
        if (closed == null && s.status() == StationStatus.CLOSED) {
            closed = today;
        }
        return s.withStatus(s.status(), opened, closed, s.updatedAt());
    }

    /** The history of a newly registered station: it opened on openedOn, then entered its current status. */
    public static List<StationStatusChange> initialHistory(Station s, LocalDate today, String reason,
                                                           String username, Instant now) {
        List<StationStatusChange> changes = new ArrayList<>();
        switch (s.status()) {
            case PLANNED -> changes.add(change(s, StationStatus.PLANNED, today, reason, username, now));
            case ACTIVE -> changes.add(change(s, StationStatus.ACTIVE, s.openedOn(), reason, username, now));
            case SUSPENDED -> {
                changes.add(change(s, StationStatus.ACTIVE, s.openedOn(), reason, username, now));
                changes.add(change(s, StationStatus.SUSPENDED, today, reason, username, now));
            }
            case CLOSED -> {
                if (s.openedOn() != null) {
                    changes.add(change(s, StationStatus.ACTIVE, s.openedOn(), reason, username, now));
                }
                changes.add(change(s, StationStatus.CLOSED, s.closedOn(), reason, username, now));
            }
        }
        return changes;
    }

    /**
     * The station after moving to {@code target} from {@code effectiveOn}, or a RowException on "status" (not
     * allowed) or "effectiveOn" (in the future, or before the last change).
     */
    public static Station transition(Station current, StationStatus target, LocalDate effectiveOn,
                                     @Nullable LocalDate lastEffective, LocalDate today, Instant now) {
        if (!current.status().canBecome(target)) {
            throw new RowException("status", "状态为 " + current.status() + " 的站点不能变为 " + target + "（可变为：" + current.status().next() + "）", "a " + current.status() + " station cannot become " + target
                    + " (allowed: " + current.status().next() + ")");
        }
        if (effectiveOn.isAfter(today)) {
            throw new RowException("effectiveOn", "生效日期 " + effectiveOn + " 晚于今天", effectiveOn + " is in the future");
        }
        if (lastEffective != null && effectiveOn.isBefore(lastEffective)) {
            throw new RowException("effectiveOn", "生效日期 " + effectiveOn + " 早于站点上次变更的日期 " + lastEffective, effectiveOn + " is before the station's last change on " + lastEffective);
        }
        LocalDate opened = current.openedOn();
        if (target == StationStatus.ACTIVE && current.status() == StationStatus.PLANNED) {
            opened = effectiveOn;
        }
        if (target == StationStatus.CLOSED && current.status() == StationStatus.PLANNED) {
            opened = null;
        }
        LocalDate closed = target == StationStatus.CLOSED ? effectiveOn : null;
        return current.withStatus(target, opened, closed, now);
    }

    public static StationStatusChange change(Station s, StationStatus status, LocalDate effectiveOn,
                                             @Nullable String reason, String username, Instant now) {
        return new StationStatusChange(null, s.code(), status, effectiveOn, reason, username, now);
    }
}
