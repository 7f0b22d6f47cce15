package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.catalog.CatalogService;
import cn.ruralcommerce.stations.catalog.Category;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.sales.SalesChannel;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Sales statistics from the summary tables (销售统计): grouped rows with reversals netted, and their totals. */
@Singleton
public class SalesStatsService {
    private final SalesQueries queries;
    private final CatalogService catalog;
    private final RegionRepository regions;

    public SalesStatsService(SalesQueries queries, CatalogService catalog, RegionRepository regions) {
        this.queries = queries;
        this.catalog = catalog;
        this.regions = regions;
    }

    public StatsView stats(SalesFilter filter, GroupBy groupBy) {
        Map<String, Category> categories = groupBy == GroupBy.CATEGORY || groupBy == GroupBy.LARGE_CATEGORY ? catalog.byCode() : Map.of();
        Map<String, SalesQueries.Sums> sums = new TreeMap<>();
        queries.sums(groupBy.column(), filter).forEach((value, s) -> sums.merge(groupBy.keyOf(value, categories), s, SalesQueries.Sums::plus));
        Map<String, Set<Long>> households = new HashMap<>();
        Set<Long> allHouseholds = new HashSet<>();
        queries.households(groupBy.column(), filter).forEach((value, ids) -> {
            households.computeIfAbsent(groupBy.keyOf(value, categories), k -> new HashSet<>()).addAll(ids);
        });
        queries.households("county_code", filter).values().forEach(allHouseholds::addAll);
        Map<String, String> names = names(groupBy, sums.keySet(), categories);
        List<StatsRow> rows = sums.entrySet().stream()
                .map(e -> row(e.getKey(), names.get(e.getKey()), e.getValue(), households.getOrDefault(e.getKey(), Set.of()).size()))
                .toList();
        SalesQueries.Sums total = sums.values().stream().reduce(SalesQueries.Sums.NONE, SalesQueries.Sums::plus);
        return new StatsView(groupBy.parameter(), filter.from(), filter.to(), rows, row("total", null, total, allHouseholds.size()),
                StatsView.partialMonths(filter.from(), filter.to()));
    }

    private Map<String, String> names(GroupBy groupBy, Set<String> keys, Map<String, Category> categories) {
        Map<String, String> names = new HashMap<>();
        switch (groupBy) {
            case CATEGORY, LARGE_CATEGORY -> keys.forEach(k -> names.put(k, categories.containsKey(k) ? categories.get(k).name() : null));
            case MONTH -> keys.forEach(k -> names.put(k, k));
            case CHANNEL -> keys.forEach(k -> names.put(k, SalesChannel.parse(k).map(SalesChannel::label).orElse(k)));
            default -> {
                Set<String> codes = new HashSet<>(keys);
                codes.remove("");
                if (!codes.isEmpty()) {
                    regions.findByCodeIn(codes).forEach(r -> names.put(r.code(), r.name()));
                }
            }
        }
        return names;
    }

    static StatsRow row(String key, String name, SalesQueries.Sums s, long households) {
        return new StatsRow(key, name, s.amountFen(), s.quantityList(), s.entries(), households);
    }
}
