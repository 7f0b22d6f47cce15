package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.sales.Direction;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause shared by the summary and household queries (统计筛选): a day range, an optional
 * region (county prefix, county, township or village), station, direction and poverty-only flag.
 */
public record SalesFilter(LocalDate from, LocalDate to, @Nullable String regionCode, @Nullable String stationCode,
                          @Nullable Direction direction, boolean povertyOnly) {

    /** The SQL conditions, with their parameters appended to {@code params} in order. */
    String where(List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (regionCode != null) {
            switch (regionCode.length()) {
                case 2, 4 -> {
                    conditions.add("county_code LIKE ?");
                    params.add(regionCode + "%");
                }
                case 6 -> {
                    conditions.add("county_code = ?");
                    params.add(regionCode);
                }
                case 9 -> {
                    conditions.add("county_code = ? AND township_code = ?");
                    params.add(regionCode.substring(0, 6));
                    params.add(regionCode);
                }
                default -> {
                    conditions.add("county_code = ? AND village_code = ?");
                    params.add(regionCode.substring(0, 6));
                    params.add(regionCode);
                }
            }
        }
        conditions.add("day BETWEEN ? AND ?");
        params.add(from);
        params.add(to);
        if (stationCode != null) {
            conditions.add("station_code = ?");
            params.add(stationCode);
        }
        if (direction != null) {
            conditions.add("direction = ?");
            params.add(direction.name());
        }
        if (povertyOnly) {
            conditions.add("poverty = TRUE");
        }
        return String.join(" AND ", conditions);
    }
}
