package cn.ruralcommerce.stations.sales.stats;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** Sales statistics for a query (销售统计): the grouped rows and their totals. */
@Serdeable
public record StatsView(String groupBy, LocalDate from, LocalDate to, List<StatsRow> rows, StatsRow totals,
                        List<String> partialMonths) {
    /**
     * The months (YYYY-MM) that the period [from, to] covers only in part, e.g. the current month up to today: their
     * rows are not whole months and must not be compared with whole ones (docs/indicators.md#partial-month).
     */
    public static List<String> partialMonths(LocalDate from, LocalDate to) {
        List<String> partial = new java.util.ArrayList<>();
        if (from.getDayOfMonth() != 1) {
            partial.add(java.time.YearMonth.from(from).toString());
        }
        String last = java.time.YearMonth.from(to).toString();
        if (!to.equals(java.time.YearMonth.from(to).atEndOfMonth()) && !partial.contains(last)) {
            partial.add(last);
        }
        return List.copyOf(partial);
    }
}
