package cn.ruralcommerce.stations.sales.stats;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** Sales statistics for a query (销售统计): the grouped rows and their totals. */
@Serdeable
public record StatsView(String groupBy, LocalDate from, LocalDate to, List<StatsRow> rows, StatsRow totals) {
}
