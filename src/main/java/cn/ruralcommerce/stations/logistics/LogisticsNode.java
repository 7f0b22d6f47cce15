package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Objects;

/**
 * A logistics node (CGCS2000 lon/lat) with the carriers sharing it (共同配送, ';'-separated), an optional
 * co-located station, and its upstream node one tier up (none for a hub, or not yet known).
 */
@Serdeable
@MappedEntity("logistics_node")
public record LogisticsNode(
        @Id String code,
        @Nullable String name,
        LogisticsTier tier,
        String regionCode,
        String countyCode,
        double lon,
        double lat,
        @Nullable String carriers,
        @Nullable String stationCode,
        @Nullable String parentCode,
        boolean crossCounty,
        @UtcMillis Instant createdAt,
        @UtcMillis Instant updatedAt) {

    /** Whether every attribute but the timestamps equals the other's. */
    public boolean sameAs(LogisticsNode o) {
        return code.equals(o.code) && Objects.equals(name, o.name) && tier == o.tier && regionCode.equals(o.regionCode)
                && lon == o.lon && lat == o.lat && Objects.equals(carriers, o.carriers)
                && Objects.equals(stationCode, o.stationCode) && Objects.equals(parentCode, o.parentCode)
                && crossCounty == o.crossCounty;
    }

    public LogisticsNode withTimes(Instant created, Instant updated) {
        return new LogisticsNode(code, name, tier, regionCode, countyCode, lon, lat, carriers, stationCode, parentCode,
                crossCounty, created, updated);
    }
}
