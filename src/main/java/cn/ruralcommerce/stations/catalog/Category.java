package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Objects;

/** A product category of the "528" programme (528工程品类) with its pinyin initials for search. */
@MappedEntity("product_category")
public record Category(
        @Id String code,
        String name,
        CategoryLevel level,
        @Nullable String parentCode,
        @Nullable String initials,
        @UtcMillis Instant updatedAt) {

    /** Whether the stored attributes equal those of an import row. */
    public boolean sameAs(CategoryRow row) {
        return name.equals(row.name()) && level == row.level() && Objects.equals(parentCode, row.parentCode());
    }
}
