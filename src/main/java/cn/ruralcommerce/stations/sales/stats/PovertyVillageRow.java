package cn.ruralcommerce.stations.sales.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Poverty-alleviation sales of one village (村级扶贫销售); {@code rank} orders former poverty villages (贫困村) by amount. */
@Serdeable
public record PovertyVillageRow(String villageCode, @Nullable String name, boolean formerPoverty, long amountFen,
                                List<UnitQuantity> quantities, long entries, long households, @Nullable Integer rank) {
}
