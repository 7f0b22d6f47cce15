package cn.ruralcommerce.stations.sales;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** The last day a station sold anything (最近销售日), kept by {@link SummaryWriter}. */
@MappedEntity("station_last_sale")
public record StationLastSale(@Id String stationCode, LocalDate lastSaleDate) {
}
