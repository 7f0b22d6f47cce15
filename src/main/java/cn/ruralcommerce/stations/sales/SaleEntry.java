package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stored sales entry (销售记录), read-only: entries are inserted by {@link SaleWriter} and never updated. */
@MappedEntity("sale_entry")
public record SaleEntry(
        @Id Long id,
        @Nullable String idempotencyKey,
        @Nullable String requestHash,
        String stationCode,
        String countyCode,
        String townshipCode,
        String villageCode,
        @Nullable String originVillageCode,
        LocalDate dateSold,
        String categoryCode,
        String productName,
        BigDecimal quantity,
        String unit,
        long amountFen,
        Direction direction,
        SalesChannel channel,
        @Nullable String channelOriginal,
        boolean poverty,
        PovertyBasis povertyBasis,
        @Nullable String povertyReason,
        @Nullable Long certificateId,
        @Nullable Long reversesId,
        @Nullable String reversalReason,
        String recordedBy,
        boolean onBehalf,
        @UtcMillis Instant recordedAt) {
}
