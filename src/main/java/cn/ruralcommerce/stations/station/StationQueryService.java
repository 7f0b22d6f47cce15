package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.region.RegionCodes;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Reads of the station network: paged listings by region, tier and status, and the stations that were
 * ACTIVE on any date, past or present, as the coverage analysis needs them.
 */
@Singleton
public class StationQueryService {
    public static final int MAX_PAGE_SIZE = 500;

    private final StationRepository stations;

    public StationQueryService(StationRepository stations) {
        this.stations = stations;
    }

    /**
     * Stations in a region (any ancestor code: county, township or village; empty prefix = everywhere)
     * whose status history makes them ACTIVE on {@code day}, with any of the given tiers (empty or null
     * set = all tiers), ordered by code. One query, whatever the number of stations.
     */
    public List<Station> activeOn(LocalDate day, String regionPrefix, @Nullable Set<StationTier> tiers) {
        Set<StationTier> wanted = tiers == null || tiers.isEmpty() ? Set.of(StationTier.values()) : tiers;
        return stations.findActiveOn(day, regionPrefix == null ? "" : regionPrefix, wanted.stream().map(Enum::name).toList());
    }

    /** A page of stations filtered by region prefix, tier and either current status or "active on" a date. */
    public PageView<Station> search(@Nullable String region, @Nullable String tier, @Nullable String status,
                                    @Nullable LocalDate activeOn, int page, int size) {
        if (page < 0) {
            throw ApiException.badField("page", "不能为负数", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badField("size", "须为 1 至 " + MAX_PAGE_SIZE, "must be 1.." + MAX_PAGE_SIZE);
        }
        String prefix = region == null || region.isBlank() ? "" : RegionCodes.normalize(region)
                .orElseThrow(() -> ApiException.badField("region", "'" + region + "' 不是行政区划代码", "'" + region + "' is not a division code"));
        String tierName = tier == null || tier.isBlank() ? "" : name("tier", () -> StationTier.parse(tier).name());
        String statusName = status == null || status.isBlank() ? "" : name("status", () -> StationStatus.parse(status).name());
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("code")));
        Page<Station> found;
        if (activeOn != null) {
            if (!statusName.isEmpty()) {
                throw ApiException.badField("status", "不能与 activeOn 同用（activeOn 已表示当日在运营）", "cannot be combined with activeOn (which already means ACTIVE on that date)");
            }
            found = stations.searchActiveOn(prefix, tierName, activeOn, pageable);
        } else {
            found = stations.search(prefix, tierName, statusName, pageable);
        }
        return PageView.of(found.getContent(), page, size, found.getTotalSize());
    }

    private static String name(String field, java.util.function.Supplier<String> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badField(field, e.getMessage());
        }
    }
}
