package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** One lifecycle change of a station: the status it entered, from which (bureau-local) date, and why. */
@Serdeable
@MappedEntity("station_status_change")
public record StationStatusChange(
        @Id @GeneratedValue @Nullable Long id,
        String stationCode,
        StationStatus status,
        LocalDate effectiveOn,
        @Nullable String reason,
        String username,
        @UtcMillis Instant recordedAt) {
}
