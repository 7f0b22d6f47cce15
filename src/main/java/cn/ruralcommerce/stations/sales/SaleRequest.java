package cn.ruralcommerce.stations.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sale to log (销售记录); every field is checked by {@link SaleValidator} so that each violation is a
 * 400 naming the field. {@code idempotencyKey} is used by batches only (a single POST takes the header).
 */
@Serdeable
public record SaleRequest(
        @Nullable String idempotencyKey,
        @Nullable String stationCode,
        @Nullable LocalDate dateSold,
        @Nullable String categoryCode,
        @Nullable String productName,
        @Nullable BigDecimal quantity,
        @Nullable String unit,
        @Nullable Long amountFen,
        @Nullable String direction,
        @Nullable String channel,
        @Nullable String originVillageCode,
        @Nullable String povertyReason,
        @Nullable List<HouseholdShare> households) {
}
