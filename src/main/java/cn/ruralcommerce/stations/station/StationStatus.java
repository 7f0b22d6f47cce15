package cn.ruralcommerce.stations.station;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Station lifecycle: PLANNED → ACTIVE ⇄ SUSPENDED, and ACTIVE or SUSPENDED → CLOSED; a plan may also be
 * dropped (PLANNED → CLOSED). CLOSED is final.
 */
public enum StationStatus {
    PLANNED, ACTIVE, SUSPENDED, CLOSED;

    /** The statuses a station in this status may move to. */
    public Set<StationStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(SUSPENDED, CLOSED);
            case SUSPENDED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(StationStatus.class);
        };
    }

    public boolean canBecome(StationStatus target) {
        return next().contains(target);
    }

    /** Whether the station has opened at some point (it has an opening date). */
    public boolean opened() {
        return this == ACTIVE || this == SUSPENDED;
    }

    public static StationStatus parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("状态 '" + value + "' 不在可选范围：" + Arrays.toString(values()));
        }
    }
}
