package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.sales.Direction;
import cn.ruralcommerce.stations.sales.SalesChannel;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The WHERE clause shared by the summary and household queries (统计筛选): a day range, an optional
 * region (county prefix, county, township or village), station, direction, poverty-only flag and a set of
 * channels (null: all). Poverty-alleviation sales (电商扶贫 / 消费帮扶) are upward only, so {@code povertyOnly}
 * also restricts to UP: entries flagged before that rule with direction DOWN are not counted.
 */
public record SalesFilter(LocalDate from, LocalDate to, @Nullable String regionCode, @Nullable String stationCode,
                          @Nullable Direction direction, boolean povertyOnly, @Nullable Set<SalesChannel> channels) {

    public SalesFilter(LocalDate from, LocalDate to, String regionCode, String stationCode, Direction direction, boolean povertyOnly) {
        this(from, to, regionCode, stationCode, direction, povertyOnly, null);
    }

    /** The same filter for one direction. */
    public SalesFilter direction(Direction only) {
        return new SalesFilter(from, to, regionCode, stationCode, only, povertyOnly, channels);
    }

    /** The same filter for these channels (null: all). */
    public SalesFilter channels(Set<SalesChannel> only) {
        return new SalesFilter(from, to, regionCode, stationCode, direction, povertyOnly, only);
    }

    /** The same filter over another period. */
    public SalesFilter period(LocalDate start, LocalDate end) {
        return new SalesFilter(start, end, regionCode, stationCode, direction, povertyOnly, channels);
    }

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
            conditions.add("poverty = TRUE AND direction = 'UP'");
        }
        if (channels != null) {
            conditions.add(channels.isEmpty() ? "1 = 0" : "channel IN ("
                    + channels.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
            channels.stream().sorted().forEach(c -> params.add(c.name()));
        }
        return String.join(" AND ", conditions);
    }
}
