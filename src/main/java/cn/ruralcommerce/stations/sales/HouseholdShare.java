package cn.ruralcommerce.stations.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A linked household's share of a sale (利益联结份额) in whole percent. */
@Serdeable
public record HouseholdShare(@Nullable Long householdId, @Nullable Integer sharePercent) {
}
