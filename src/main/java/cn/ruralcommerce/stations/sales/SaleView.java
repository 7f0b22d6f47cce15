package cn.ruralcommerce.stations.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A sales entry as the API shows it (销售记录); a reversal carries negative amounts and {@code reversesId}. */
@Serdeable
public record SaleView(
        Long id,
        @Nullable String idempotencyKey,
        String stationCode,
        String countyCode,
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
        List<HouseholdShare> households,
        @Nullable Long reversesId,
        @Nullable String reversalReason,
        String recordedBy,
        boolean onBehalf,
        Instant recordedAt) {

    /** Decimals of sale_entry.quantity (DECIMAL(13,3)); the validator refuses more. */
    static final int QUANTITY_SCALE = 3;

    public static SaleView of(SaleEntry e, List<SaleHousehold> links) {
        return new SaleView(e.id(), e.idempotencyKey(), e.stationCode(), e.countyCode(), e.villageCode(), e.originVillageCode(),
                e.dateSold(), e.categoryCode(), e.productName(), e.quantity(), e.unit(), e.amountFen(), e.direction(),
                e.channel(), e.channelOriginal(), e.poverty(), e.povertyBasis(), e.povertyReason(), e.certificateId(),
                links.stream().map(l -> new HouseholdShare(l.householdId(), l.sharePercent())).toList(),
                e.reversesId(), e.reversalReason(), e.recordedBy(), e.onBehalf(), e.recordedAt());
    }

    /** The entry as stored: quantity with the column's three decimals, the time to the millisecond. */
    public static SaleView of(long id, PreparedSale s) {
        return new SaleView(id, s.idempotencyKey(), s.station().code(), s.station().countyCode(), s.villageCode(),
                s.originVillageCode(), s.dateSold(), s.categoryCode(), s.productName(), s.quantity().setScale(QUANTITY_SCALE), s.unit(),
                s.amountFen(), s.direction(), s.channel(), null, s.poverty(), s.povertyBasis(), s.povertyReason(),
                s.certificateId(), s.households().stream().map(h -> new HouseholdShare(h.householdId(), h.sharePercent())).toList(),
                s.reversesId(), s.reversalReason(), s.recordedBy(), s.onBehalf(),
                s.recordedAt().truncatedTo(ChronoUnit.MILLIS));
    }
}
