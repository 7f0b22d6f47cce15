package cn.ruralcommerce.stations.sales;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A checked sale ready to be written (待写入销售): the station resolved, the village it is attributed
 * to (origin village, else the station's village, else "") and the poverty basis derived.
 */
public record PreparedSale(
        @Nullable String idempotencyKey,
        @Nullable String requestHash,
        StationFacts station,
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
        boolean poverty,
        PovertyBasis povertyBasis,
        @Nullable String povertyReason,
        @Nullable Long certificateId,
        List<Share> households,
        @Nullable Long reversesId,
        @Nullable String reversalReason,
        String recordedBy,
        boolean onBehalf,
        Instant recordedAt) {

    /** A household with its share of this sale. */
    public record Share(long householdId, int sharePercent) {
    }

    /** +1 for a sale, -1 for a reversal. */
    public int sign() {
        return reversesId == null ? 1 : -1;
    }
}
