package cn.ruralcommerce.stations.sales.stats;

import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-village poverty-alleviation sales of a county (村级扶贫销售报表) with households benefited;
 * every former poverty village of the county appears, ranked by amount, then the other villages.
 * Also the 网络零售额进出比 (下行 : 上行 of online retail, see {@link InOutBalance}).
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
            throw ApiException.badField("region", "须给出区县代码（6 位）", "a county code (6 digits) is required");
        }
        SalesFilter filter = new SalesFilter(scoped.from(), scoped.to(), scoped.regionCode(), scoped.stationCode(), scoped.direction(), true,
                scoped.channels());
        Map<String, SalesQueries.Sums> sums = queries.sums("village_code", filter);
        Map<String, Set<Long>> households = queries.households("village_code", filter);
        Map<String, Region> villages = new HashMap<>();
        regions.findWithin(scoped.regionCode(), RegionLevel.VILLAGE).forEach(v -> villages.put(v.code(), v));
        List<PovertyVillageRow> former = new ArrayList<>();
        List<PovertyVillageRow> others = new ArrayList<>();
        SalesQueries.Sums none = SalesQueries.Sums.NONE;
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
            result.add(new PovertyVillageRow(r.villageCode(), r.name(), true, r.amountFen(), r.quantities(), r.entries(), r.households(), i + 1));
        }
        result.addAll(others);
        return result;
    }

    /** The 进出比 of the filter's period, compared with the same span one year earlier. */
    public BalanceView balance(SalesFilter filter) {
        SalesFilter all = filter.direction(null).channels(null);
        InOutBalance now = InOutBalance.of(queries.sums(InOutBalance.GROUPING, all));
        LocalDate previousFrom = filter.from().minusYears(1);
        LocalDate previousTo = filter.to().minusYears(1);
        InOutBalance before = InOutBalance.of(queries.sums(InOutBalance.GROUPING, all.period(previousFrom, previousTo)));
        long up = now.onlineUpFen() + now.offlineUpFen() + now.otherUpFen();
        long down = now.onlineDownFen() + now.offlineDownFen() + now.otherDownFen();
        return new BalanceView(filter.from(), filter.to(), now.onlineUpFen(), now.onlineDownFen(), now.inOutRatio(), InOutBalance.GOAL,
                now.meetsGoal(), previousFrom, previousTo, before.inOutRatio(), InOutBalance.trend(now.inOutRatio(), before.inOutRatio()),
                now.offlineUpFen(), now.offlineDownFen(), now.otherUpFen(), now.otherDownFen(), up, down);
    }

    private static PovertyVillageRow row(String code, Region village, SalesQueries.Sums s, Map<String, Set<Long>> households, Integer rank) {
        return new PovertyVillageRow(code, village == null ? null : village.name(), village != null && village.formerPoverty(),
                s.amountFen(), s.quantityList(), s.entries(),
                households.getOrDefault(code, Set.of()).size(), rank);
    }
}
