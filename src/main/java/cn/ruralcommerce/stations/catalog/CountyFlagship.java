package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A county's flagship category (拳头产品), LARGE or MEDIUM. */
@Serdeable
@MappedEntity("county_flagship")
public record CountyFlagship(
        @Id @GeneratedValue @Nullable Long id,
        String countyCode,
        String categoryCode,
        String designatedBy,
        @UtcMillis Instant designatedAt) {
}
