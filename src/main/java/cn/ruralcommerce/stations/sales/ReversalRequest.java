package cn.ruralcommerce.stations.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Why a sales entry is reversed (冲销原因). */
@Serdeable
public record ReversalRequest(@Nullable String reason) {
}
