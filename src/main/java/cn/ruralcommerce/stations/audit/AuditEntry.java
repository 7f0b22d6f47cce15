package cn.ruralcommerce.stations.audit;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One recorded write: who, when, what, and the entity before and after as JSON. */
@Serdeable
@MappedEntity("audit_log")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        @UtcMillis Instant occurredAt,
        String username,
        String action,
        String entityType,
        String entityId,
        @Nullable String countyCode,
        @Nullable String beforeJson,
        @Nullable String afterJson) {
}
