package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.coverage.CoverageView;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.sales.Direction;
import cn.ruralcommerce.stations.sales.SalesChannel;
import cn.ruralcommerce.stations.sales.stats.InOutBalance;
import cn.ruralcommerce.stations.sales.stats.SalesFilter;
import cn.ruralcommerce.stations.sales.stats.SalesQueries;
import cn.ruralcommerce.stations.station.Station;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Counties compared with the municipal distribution (区县对比): indicator values, percentile ranks and quartiles. */
@Singleton
public class MunicipalSection {
    private static final List<String> INDICATORS = List.of("totalFen", "salesPerStationFen", "inOutRatio", "adminCoverageRate");
    private final SalesQueries queries;

    public MunicipalSection(SalesQueries queries) {
        this.queries = queries;
    }

    public Map<String, Object> compare(ReportRequest r, List<Region> counties, Map<String, CoverageView.Summary> coverage,
                                       List<Station> activeAtEnd) {
        SalesFilter year = new SalesFilter(r.yearStart(), r.asOf(), r.region(), null, null, false);
        Map<String, SalesQueries.Sums> up = queries.sums("county_code", year.direction(Direction.UP));
        Map<String, SalesQueries.Sums> down = queries.sums("county_code", year.direction(Direction.DOWN));
        Map<String, SalesQueries.Sums> onlineUp = queries.sums("county_code", year.direction(Direction.UP).channels(SalesChannel.ONLINE));
        Map<String, SalesQueries.Sums> onlineDown = queries.sums("county_code", year.direction(Direction.DOWN).channels(SalesChannel.ONLINE));
        Map<String, Long> stations = activeAtEnd.stream().collect(Collectors.groupingBy(Station::countyCode, Collectors.counting()));
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        INDICATORS.forEach(i -> values.put(i, new LinkedHashMap<>()));
        for (Region county : counties) {
            String c = county.code();
            long u = SalesSection.total(up, c);
            long d = SalesSection.total(down, c);
            long n = stations.getOrDefault(c, 0L);
            CoverageView.Summary s = coverage.get(c);
            // a county without any sale entry in the period has no sales figures to rank (not a 0 at the bottom)
            boolean hasSales = entries(up, c) + entries(down, c) > 0;
            values.get("totalFen").put(c, hasSales ? (double) (u + d) : null);
            Long per = hasSales ? SalesIndicators.perUnit(u + d, n) : null;
            values.get("salesPerStationFen").put(c, per == null ? null : per.doubleValue());
            values.get("inOutRatio").put(c, hasSales
                    ? InOutBalance.ratio(SalesSection.total(onlineDown, c), SalesSection.total(onlineUp, c)) : null);
            // a county with no ACTIVE station on the as-of day has registered no network: nothing to rank (not 0 %)
            values.get("adminCoverageRate").put(c, s == null || s.ruralVillages() == 0 || n == 0 ? null
                    : SalesIndicators.share(s.adminCoveredVillages(), s.ruralVillages()));
        }
        Map<String, Map<String, Double>> ranks = new LinkedHashMap<>();
        values.forEach((indicator, byCounty) -> ranks.put(indicator, CountyComparison.ranks(byCounty)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Region county : counties) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", county.code());
            row.put("name", county.name());
            row.put("activeStations", stations.getOrDefault(county.code(), 0L));
            for (String indicator : INDICATORS) {
                Double v = values.get(indicator).get(county.code());
                row.put(indicator, indicator.endsWith("Fen") && v != null ? (Object) v.longValue()
                        : "totalFen".equals(indicator) ? (Object) 0L : v);
                row.put(indicator + "Percentile", ranks.get(indicator).get(county.code()));
            }
            rows.add(row);
        }
        List<Map<String, Object>> distributions = INDICATORS.stream().map(i -> CountyComparison.distribution(i, new ArrayList<>(values.get(i).values())))
                .map(MunicipalSection::distribution).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noData", rows.isEmpty());
        out.put("method", "percentile rank = share of the counties with data at or below the value, whole percent (0..100);"
                + " counties without sales in the period are not ranked on sales indicators, counties without an ACTIVE station not on"
                + " coverage; quartiles by Commons Math Percentile");
        out.put("distributions", distributions);
        out.put("counties", rows);
        return out;
    }

    private static long entries(Map<String, SalesQueries.Sums> sums, String county) {
        SalesQueries.Sums s = sums.get(county);
        return s == null ? 0 : s.entries();
    }

    private static Map<String, Object> distribution(CountyComparison.Distribution d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicator", d.indicator());
        row.put("counties", d.counties());
        row.put("p25", d.p25());
        row.put("p50", d.p50());
        row.put("p75", d.p75());
        return row;
    }
}
