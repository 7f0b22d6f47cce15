package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A division's boundary as GeoJSON geometry text (CGCS2000 lon/lat) with its bounding box. */
@MappedEntity("region_boundary")
public record RegionBoundary(
        @Id String code,
        String geometry,
        double minLon,
        double minLat,
        double maxLon,
        double maxLat,
        @UtcMillis Instant updatedAt) {
}
