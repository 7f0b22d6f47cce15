package cn.ruralcommerce.stations.sales;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** A household linked to a sales entry with its share (利益联结明细); sign is -1 on a reversal. */
@MappedEntity("sale_household")
public record SaleHousehold(
        @Id Long id,
        long saleId,
        long householdId,
        int sharePercent,
        int sign,
        String countyCode,
        String townshipCode,
        String villageCode,
        String stationCode,
        LocalDate day,
        String categoryCode,
        Direction direction,
        boolean poverty,
        SalesChannel channel) {
}
