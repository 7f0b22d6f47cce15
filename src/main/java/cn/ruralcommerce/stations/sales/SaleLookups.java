package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.catalog.Category;
import cn.ruralcommerce.stations.catalog.PovertyCertificate;
import cn.ruralcommerce.stations.household.Household;
import cn.ruralcommerce.stations.region.Region;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Reference data one batch of sales is checked against (批量校验缓存), loaded once per batch so that
 * 500 entries cost a handful of queries: categories, origin villages, households, certificates, and
 * station facts and activity memoised per station and day.
 */
public final class SaleLookups {
    private final Map<String, Category> categories;
    private final Map<String, Region> villages;
    private final Map<Long, Household> households;
    private final List<PovertyCertificate> certificates;
    private final Function<String, Optional<StationFacts>> stationSource;
    private final BiPredicate<String, LocalDate> activeSource;
    private final Map<String, Optional<StationFacts>> stations = new HashMap<>();
    private final Map<String, Boolean> active = new HashMap<>();

    public SaleLookups(Map<String, Category> categories, Map<String, Region> villages, Map<Long, Household> households,
                       List<PovertyCertificate> certificates, Function<String, Optional<StationFacts>> stationSource,
                       BiPredicate<String, LocalDate> activeSource) {
        this.categories = categories;
        this.villages = villages;
        this.households = households;
        this.certificates = certificates;
        this.stationSource = stationSource;
        this.activeSource = activeSource;
    }

    public Optional<StationFacts> station(String code) {
        return stations.computeIfAbsent(code, stationSource);
    }

    public boolean activeOn(String code, LocalDate day) {
        return active.computeIfAbsent(code + "|" + day, k -> activeSource.test(code, day));
    }

    public Category category(String code) {
        return categories.get(code);
    }

    public Region village(String code) {
        return villages.get(code);
    }

    public Household household(Long id) {
        return households.get(id);
    }

    public List<PovertyCertificate> certificates() {
        return certificates;
    }
}
