package cn.ruralcommerce.stations.household;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** A household linked to a station (利益联结); registeredPoor marks a 脱贫户 / 监测对象 (formerly 建档立卡贫困户). No national ID numbers are kept. */
@Serdeable
@MappedEntity("household")
public record Household(
        @Id @GeneratedValue @Nullable Long id,
        String referenceNo,
        String stationCode,
        String countyCode,
        String villageCode,
        String headName,
        int size,
        boolean registeredPoor,
        LocalDate linkedSince,
        @UtcMillis Instant createdAt,
        @UtcMillis Instant updatedAt) {
}
