package cn.ruralcommerce.stations.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A product category (品类) as the API shows it. */
@Serdeable
public record CategoryView(String code, String name, CategoryLevel level, @Nullable String parentCode, @Nullable String initials) {
    public static CategoryView of(Category c) {
        return new CategoryView(c.code(), c.name(), c.level(), c.parentCode(), c.initials());
    }
}
