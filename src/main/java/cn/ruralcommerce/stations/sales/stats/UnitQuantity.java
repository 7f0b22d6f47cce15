package cn.ruralcommerce.stations.sales.stats;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A quantity in one unit (按计量单位的数量): quantities of different units (kg, 瓶, 箱) are never added together. */
@Serdeable
public record UnitQuantity(String unit, BigDecimal quantity) {
}
