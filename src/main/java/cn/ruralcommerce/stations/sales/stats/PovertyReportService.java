package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.sales.Direction;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-village poverty-alleviation sales of a county (村级扶贫销售报表) with households benefited;
 * every former poverty village of the county appears, ranked by amount, then the other villages.
 * Also the up/down split and out/in ratio (上行下行比).
 */
@Singleton
public class PovertyReportService {
    private final SalesQueries queries;
    private final RegionRepository regions;

    public PovertyReportService(SalesQueries queries, RegionRepository regions) {
        this.queries = queries;
        this.regions = regions;
    }

    public List<PovertyVillageRow> villages(SalesFilter scoped) {
        if (scoped.regionCode() == null || scoped.regionCode().length() != 6) {
            throw ApiException.badField("region", "a county code (6 digits) is required");
        }
        SalesFilter filter = new SalesFilter(scoped.from(), scoped.to(), scoped.regionCode(), scoped.stationCode(), scoped.direction(), true);
        Map<String, SalesQueries.Sums> sums = queries.sums("village_code", filter);
        Map<String, Set<Long>> households = queries.households("village_code", filter);
        Map<String, Region> villages = new HashMap<>();
        regions.findWithin(scoped.regionCode(), RegionLevel.VILLAGE).forEach(v -> villages.put(v.code(), v));
        List<PovertyVillageRow> former = new ArrayList<>();
        List<PovertyVillageRow> others = new ArrayList<>();
        SalesQueries.Sums none = new SalesQueries.Sums(0, BigDecimal.ZERO, 0);
        for (Region village : villages.values()) {
            if (village.formerPoverty()) {
                former.add(row(village.code(), village, sums.getOrDefault(village.code(), none), households, null));
            }
        }
        sums.forEach((code, s) -> {
            Region village = villages.get(code);
            if (village == null || !village.formerPoverty()) {
                others.add(row(code, village, s, households, null));
            }
        });
        Comparator<PovertyVillageRow> byAmount = Comparator.comparingLong(PovertyVillageRow::amountFen).reversed()
                .thenComparing(PovertyVillageRow::villageCode);
        former.sort(byAmount);
        others.sort(byAmount);
        List<PovertyVillageRow> result = new ArrayList<>();
        for (int i = 0; i < former.size(); i++) {
            PovertyVillageRow r = former.get(i);
            result.add(new PovertyVillageRow(r.villageCode(), r.name(), true, r.amountFen(), r.quantity(), r.entries(), r.households(), i + 1));
        }
        result.addAll(others);
        return result;
    }

    public BalanceView balance(SalesFilter filter) {
        Map<String, SalesQueries.Sums> byDirection = queries.sums("direction",
                new SalesFilter(filter.from(), filter.to(), filter.regionCode(), filter.stationCode(), null, filter.povertyOnly()));
        long up = byDirection.containsKey(Direction.UP.name()) ? byDirection.get(Direction.UP.name()).amountFen() : 0;
        long down = byDirection.containsKey(Direction.DOWN.name()) ? byDirection.get(Direction.DOWN.name()).amountFen() : 0;
        Double ratio = down == 0 ? null : Math.round(1000.0 * up / down) / 1000.0;
        return new BalanceView(filter.from(), filter.to(), up, down, ratio, BalanceView.TARGET);
    }

    private static PovertyVillageRow row(String code, Region village, SalesQueries.Sums s, Map<String, Set<Long>> households, Integer rank) {
        return new PovertyVillageRow(code, village == null ? null : village.name(), village != null && village.formerPoverty(),
                s.amountFen(), s.quantity() == null ? BigDecimal.ZERO : s.quantity().stripTrailingZeros(), s.entries(),
                households.getOrDefault(code, Set.of()).size(), rank);
    }
}
