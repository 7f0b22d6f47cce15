package cn.ruralcommerce.stations.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Up to 500 sales synced at once by an offline phone (离线同步), each with its own idempotency key. */
@Serdeable
public record SaleBatchRequest(@Nullable List<SaleRequest> entries) {
}
