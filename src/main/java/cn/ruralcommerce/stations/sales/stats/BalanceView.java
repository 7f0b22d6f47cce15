package cn.ruralcommerce.stations.sales.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** Upward and downward sales (上行/下行) and the out/in ratio against the municipal target of about 1.5 : 1. */
@Serdeable
public record BalanceView(LocalDate from, LocalDate to, long upFen, long downFen, @Nullable Double outInRatio, double target) {
    public static final double TARGET = 1.5;
}
