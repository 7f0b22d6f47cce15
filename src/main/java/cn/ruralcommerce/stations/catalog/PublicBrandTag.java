package cn.ruralcommerce.stations.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A public brand's tag (品牌授权范围): a category code or a county code, by {@code kind}. */
@Serdeable
@MappedEntity("public_brand_tag")
public record PublicBrandTag(@Id @GeneratedValue @Nullable Long id, Long brandId, String kind, String code) {
    public static final String CATEGORY = "CATEGORY";
    public static final String COUNTY = "COUNTY";
}
