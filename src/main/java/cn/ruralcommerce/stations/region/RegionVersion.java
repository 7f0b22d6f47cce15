package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A superseded name and parent of a division code, valid from one date until another. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("region_version")
public record RegionVersion(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        @Nullable String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        @UtcMillis Instant recordedAt) {
}
