package cn.ruralcommerce.stations.sales.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** One group of netted sales (统计行): amount in fen, quantity, entries (reversals subtract) and distinct households benefited. */
@Serdeable
public record StatsRow(String key, @Nullable String name, long amountFen, BigDecimal quantity, long entries, long households) {
}
