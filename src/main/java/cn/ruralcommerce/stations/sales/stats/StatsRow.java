package cn.ruralcommerce.stations.sales.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One group of netted sales (统计行): amount in fen, quantities per unit, entries (reversals subtract) and distinct households benefited. */
@Serdeable
public record StatsRow(String key, @Nullable String name, long amountFen, List<UnitQuantity> quantities, long entries, long households) {
}
