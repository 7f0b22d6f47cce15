package cn.ruralcommerce.stations.catalog;

import io.micronaut.core.annotation.Nullable;

/** One parsed line (CSV) or row (XLSX) of a category import; {@code position} is the line or row number. */
public record CategoryRow(int position, String code, String name, CategoryLevel level, @Nullable String parentCode) {
}
