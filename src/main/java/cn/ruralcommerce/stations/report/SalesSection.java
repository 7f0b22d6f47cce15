package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.catalog.CatalogService;
import cn.ruralcommerce.stations.catalog.Category;
import cn.ruralcommerce.stations.catalog.CountyFlagship;
import cn.ruralcommerce.stations.catalog.FlagshipRepository;
import cn.ruralcommerce.stations.sales.Direction;
import cn.ruralcommerce.stations.sales.stats.InOutBalance;
import cn.ruralcommerce.stations.sales.stats.SalesFilter;
import cn.ruralcommerce.stations.sales.stats.SalesQueries;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The sales sections (销售情况) from {@code sales_daily_summary}: up/down and the 网络零售额进出比 (online 下行 : 上行),
 * growth on the same span of the previous year, 528 LARGE categories and the county's flagships (上行 only),
 * poverty-alleviation sales (上行 only). Definitions in docs/indicators.md.
 */
@Singleton
public class SalesSection {
    private final SalesQueries queries;
    private final CatalogService catalog;
    private final FlagshipRepository flagships;

    public SalesSection(SalesQueries queries, CatalogService catalog, FlagshipRepository flagships) {
        this.queries = queries;
        this.catalog = catalog;
        this.flagships = flagships;
    }

    static SalesFilter year(ReportRequest r, boolean povertyOnly) {
        return new SalesFilter(r.yearStart(), r.asOf(), r.region(), null, null, povertyOnly);
    }

    static long total(Map<String, SalesQueries.Sums> sums, String key) {
        SalesQueries.Sums s = sums.get(key);
        return s == null ? 0 : s.amountFen();
    }

    public Map<String, Object> balance(ReportRequest r, int activeStations) {
        LocalDate prevFrom = r.yearStart().minusYears(1);
        LocalDate prevTo = r.asOf().minusYears(1);
        Map<String, SalesQueries.Sums> nowSums = queries.sums(InOutBalance.GROUPING, year(r, false));
        Map<String, SalesQueries.Sums> beforeSums = queries.sums(InOutBalance.GROUPING, year(r, false).period(prevFrom, prevTo));
        InOutBalance now = InOutBalance.of(nowSums);
        InOutBalance before = InOutBalance.of(beforeSums);
        long up = now.onlineUpFen() + now.offlineUpFen() + now.otherUpFen();
        long down = now.onlineDownFen() + now.offlineDownFen() + now.otherDownFen();
        long prevUp = before.onlineUpFen() + before.offlineUpFen() + before.otherUpFen();
        long prevDown = before.onlineDownFen() + before.offlineDownFen() + before.otherDownFen();
        long entries = nowSums.values().stream().mapToLong(SalesQueries.Sums::entries).sum();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noData", entries == 0 && up == 0 && down == 0);
        out.put("from", r.yearStart().toString());
        out.put("to", r.asOf().toString());
        out.put("entries", entries);
        out.put("upFen", up);
        out.put("downFen", down);
        out.put("totalFen", up + down);
        out.put("onlineUpFen", now.onlineUpFen());
        out.put("onlineDownFen", now.onlineDownFen());
        out.put("inOutRatio", now.inOutRatio());
        out.put("inOutGoal", InOutBalance.GOAL);
        out.put("meetsGoal", now.meetsGoal());
        out.put("previousInOutRatio", before.inOutRatio());
        out.put("inOutTrend", InOutBalance.trend(now.inOutRatio(), before.inOutRatio()));
        out.put("offlineUpFen", now.offlineUpFen());
        out.put("offlineDownFen", now.offlineDownFen());
        out.put("otherUpFen", now.otherUpFen());
        out.put("otherDownFen", now.otherDownFen());
        out.put("previousFrom", prevFrom.toString());
        out.put("previousTo", prevTo.toString());
        out.put("previousTotalFen", prevUp + prevDown);
        out.put("growth", SalesIndicators.growth(up + down, prevUp + prevDown));
        out.put("upGrowth", SalesIndicators.growth(up, prevUp));
        out.put("downGrowth", SalesIndicators.growth(down, prevDown));
        out.put("activeStations", activeStations);
        out.put("salesPerActiveStationFen", SalesIndicators.perUnit(up + down, activeStations));
        return out;
    }

    public Map<String, Object> categories(ReportRequest r) {
        Map<String, Category> all = catalog.byCode();
        Map<String, long[]> large = new TreeMap<>();
        Map<String, SalesQueries.Sums> byCategory = queries.sums("category_code", year(r, false).direction(Direction.UP));
        byCategory.forEach((code, s) -> large.computeIfAbsent(CatalogService.largeOf(code, all), k -> new long[2])[0] += s.amountFen());
        List<Map<String, Object>> rows = new ArrayList<>();
        long sum = large.values().stream().mapToLong(v -> v[0]).sum();
        large.forEach((code, v) -> rows.add(row(code, all, v[0], sum)));
        List<Map<String, Object>> flagshipRows = new ArrayList<>();
        if (!r.municipal()) {
            for (CountyFlagship f : flagships.findByCountyCodeOrderByCategoryCode(r.region())) {
                long fen = byCategory.entrySet().stream().filter(e -> within(e.getKey(), f.categoryCode(), all))
                        .mapToLong(e -> e.getValue().amountFen()).sum();
                flagshipRows.add(row(f.categoryCode(), all, fen, sum));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noData", rows.isEmpty());
        out.put("direction", Direction.UP.name());
        out.put("totalFen", sum);
        out.put("largeCategories", rows);
        out.put("flagshipsNoData", flagshipRows.isEmpty());
        out.put("flagships", flagshipRows);
        return out;
    }

    public Map<String, Object> poverty(ReportRequest r) {
        Map<String, SalesQueries.Sums> sums = queries.sums("direction", year(r, true));
        long fen = sums.values().stream().mapToLong(SalesQueries.Sums::amountFen).sum();
        long entries = sums.values().stream().mapToLong(SalesQueries.Sums::entries).sum();
        long households = queries.households("county_code", year(r, false).direction(Direction.UP)).values().stream()
                .mapToLong(java.util.Set::size).sum();
        long poorHouseholds = queries.households("county_code", year(r, true)).values().stream().mapToLong(java.util.Set::size).sum();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noData", entries == 0 && households == 0);
        out.put("povertySalesFen", fen);
        out.put("povertyEntries", entries);
        out.put("upFen", total(sums, Direction.UP.name()));
        out.put("povertyQuantities", sums.values().stream().reduce(SalesQueries.Sums.NONE, SalesQueries.Sums::plus).quantityList());
        out.put("householdsBenefited", poorHouseholds);
        out.put("householdsLinked", households);
        return out;
    }

    private static boolean within(String code, String ancestor, Map<String, Category> all) {
        Category c = all.get(code);
        if (code.equals(ancestor)) {
            return true;
        }
        while (c != null && c.parentCode() != null) {
            if (Objects.equals(c.parentCode(), ancestor)) {
                return true;
            }
            c = all.get(c.parentCode());
        }
        return false;
    }

    private static Map<String, Object> row(String code, Map<String, Category> all, long fen, long sum) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", code);
        row.put("name", all.containsKey(code) ? all.get(code).name() : null);
        row.put("amountFen", fen);
        row.put("share", SalesIndicators.share(fen, sum));
        return row;
    }
}
