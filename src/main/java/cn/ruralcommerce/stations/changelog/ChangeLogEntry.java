package cn.ruralcommerce.stations.changelog;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One write to a network entity (station or logistics node), for other instances to notice by polling ids. */
@Serdeable
@MappedEntity("change_log")
public record ChangeLogEntry(
        @Id @GeneratedValue @Nullable Long id,
        String entityType,
        String entityId,
        @Nullable String countyCode,
        @UtcMillis Instant changedAt) {
}
