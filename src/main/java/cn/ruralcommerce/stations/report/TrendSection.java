package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.sales.stats.SalesFilter;
import cn.ruralcommerce.stations.sales.stats.SalesQueries;
import cn.ruralcommerce.stations.station.Station;
import jakarta.inject.Singleton;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Monthly series with a fitted trend (月度趋势) over the previous and the report year, and the station
 * appraisal ranking (站点考核排名) of the county's stations active at year end.
 */
@Singleton
public class TrendSection {
    private final SalesQueries queries;

    public TrendSection(SalesQueries queries) {
        this.queries = queries;
    }

    public Map<String, Object> monthly(ReportRequest r) {
        YearMonth first = YearMonth.of(r.year() - 1, 1);
        YearMonth last = YearMonth.from(r.asOf());
        Map<String, Long> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), 0L);
        }
        queries.sums("day", new SalesFilter(first.atDay(1), r.asOf(), r.region(), null, null, false))
                .forEach((day, s) -> byMonth.merge(day.substring(0, 7), s.amountFen(), Long::sum));
        boolean partial = !r.asOf().equals(last.atEndOfMonth());
        List<Long> fitted = new ArrayList<>(byMonth.values());
        if (partial) {
            fitted.remove(fitted.size() - 1);
        }
        MonthlyTrend.Fit fit = MonthlyTrend.fit(fitted.stream().mapToLong(Long::longValue).toArray());
        List<Map<String, Object>> series = new ArrayList<>();
        byMonth.forEach((month, fen) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", month);
            row.put("amountFen", fen);
            row.put("partial", partial && month.equals(last.toString()));
            series.add(row);
        });
        Map<String, Object> trend = new LinkedHashMap<>();
        trend.put("method", "least squares on months 0..n-1 (complete months only); 95% prediction interval");
        trend.put("months", fit.months());
        trend.put("slopeFenPerMonth", fit.slopePerMonth());
        trend.put("interceptFen", fit.intercept());
        trend.put("rSquared", fit.rSquared());
        trend.put("nextMonth", (partial ? last : last.plusMonths(1)).toString());
        trend.put("nextEstimateFen", fit.nextEstimate());
        trend.put("nextLowerFen", fit.nextLower());
        trend.put("nextUpperFen", fit.nextUpper());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noData", byMonth.values().stream().allMatch(v -> v == 0));
        out.put("series", series);
        out.put("trend", trend);
        return out;
    }

    public Map<String, Object> appraisal(ReportRequest r, List<Station> active) {
        SalesFilter year = SalesSection.year(r, false);
        Map<String, SalesQueries.Sums> amount = queries.sums("station_code", year);
        Map<String, Integer> days = new HashMap<>();
        queries.sums("CONCAT(station_code, '|', day)", year).keySet()
                .forEach(k -> days.merge(k.substring(0, k.indexOf('|')), 1, Integer::sum));
        Map<String, Set<Long>> households = queries.households("station_code", year);
        List<StationAppraisal.Figures> figures = active.stream().map(s -> new StationAppraisal.Figures(s.code(), s.name(), s.countyCode(),
                amount.containsKey(s.code()) ? amount.get(s.code()).amountFen() : 0, days.getOrDefault(s.code(), 0),
                households.getOrDefault(s.code(), Set.of()).size())).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!r.municipal()) {
            for (StationAppraisal.Scored s : StationAppraisal.rank(figures)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", s.rank());
                row.put("code", s.code());
                row.put("name", s.name());
                row.put("amountFen", s.amountFen());
                row.put("activeDays", s.activeDays());
                row.put("households", s.households());
                row.put("score", s.score());
                rows.add(row);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noData", rows.isEmpty());
        out.put("formula", StationAppraisal.FORMULA);
        out.put("note", r.municipal() ? "站点排名按区县进行，见各区县报告" : null);
        out.put("stations", rows);
        return out;
    }
}
