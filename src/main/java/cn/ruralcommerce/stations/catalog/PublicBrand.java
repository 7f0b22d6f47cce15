package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A regional public brand (区域公用品牌), e.g. 巴味渝珍. */
@Serdeable
@MappedEntity("public_brand")
public record PublicBrand(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String owner, @UtcMillis Instant createdAt) {
}
