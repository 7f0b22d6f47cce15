package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.station.StationStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure statistics of the report: lifecycle counts, trend interval, appraisal z-scores, percentiles, ratios. */
class ReportStatisticsTest {
    static LifecycleTally.Change change(StationStatus s, String day, long seq) {
        return new LifecycleTally.Change(s, LocalDate.parse(day), seq);
    }

    @Test
    void lifecycleCountsFirstOpeningsClosuresAndSuspensions() {
        List<LifecycleTally.Change> a = List.of(change(StationStatus.ACTIVE, "2024-03-01", 1), change(StationStatus.SUSPENDED, "2025-02-01", 2),
                change(StationStatus.ACTIVE, "2025-04-01", 3));
        List<LifecycleTally.Change> b = List.of(change(StationStatus.ACTIVE, "2025-05-01", 4), change(StationStatus.CLOSED, "2025-11-01", 5));
        LifecycleTally.PeriodCounts y = LifecycleTally.changesBetween(List.of(a, b), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"));
        assertEquals(new LifecycleTally.PeriodCounts(1, 1, 1), y);
        assertEquals(StationStatus.SUSPENDED, LifecycleTally.statusOn(a, LocalDate.parse("2025-03-01")));
        assertNull(LifecycleTally.statusOn(b, LocalDate.parse("2024-12-31")));
    }

    @Test
    void anExactLineHasAZeroWidthInterval() {
        MonthlyTrend.Fit fit = MonthlyTrend.fit(new long[] {100, 200, 300, 400});
        assertEquals(100, fit.slopePerMonth(), 1e-9);
        assertEquals(500, fit.nextEstimate(), 1e-9);
        assertEquals(500, fit.nextLower(), 1e-6);
        assertEquals(1.0, fit.rSquared(), 1e-9);
    }

    @Test
    void theIntervalMatchesTheTextbookFormula() {
        long[] y = {10, 14, 11, 17, 15, 20};
        MonthlyTrend.Fit fit = MonthlyTrend.fit(y);
        // hand computation: x̄ = 2.5, Sxx = 17.5, slope = Σ(x−x̄)(y−ȳ)/Sxx
        double mean = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        for (int i = 0; i < y.length; i++) {
            sxy += (i - 2.5) * (y[i] - mean);
        }
        double slope = sxy / 17.5;
        double intercept = mean - slope * 2.5;
        double sse = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - (intercept + slope * i);
            sse += r * r;
        }
        double s = Math.sqrt(sse / 4);
        double half = 2.776445105 * s * Math.sqrt(1 + 1.0 / 6 + (6 - 2.5) * (6 - 2.5) / 17.5);
        double estimate = intercept + slope * 6;
        assertEquals(estimate, fit.nextEstimate(), 0.01);
        assertEquals(estimate - half, fit.nextLower(), 0.01);
        assertEquals(estimate + half, fit.nextUpper(), 0.01);
        assertNull(MonthlyTrend.fit(new long[] {1, 2}).nextEstimate());
    }

    @Test
    void appraisalRanksByWeightedZScores() {
        List<StationAppraisal.Scored> ranked = StationAppraisal.rank(List.of(
                new StationAppraisal.Figures("A", "a", "500152", 100, 10, 0),
                new StationAppraisal.Figures("B", "b", "500152", 300, 30, 2),
                new StationAppraisal.Figures("C", "c", "500152", 200, 20, 1)));
        assertEquals(List.of("B", "C", "A"), ranked.stream().map(StationAppraisal.Scored::code).toList());
        assertEquals(1.0, ranked.get(0).score(), 1e-9, "each z is +1 and the weights sum to 1");
        assertEquals(0.0, ranked.get(1).score(), 1e-9);
        assertEquals(0.0, StationAppraisal.rank(List.of(new StationAppraisal.Figures("X", "x", "500152", 5, 1, 1))).get(0).score());
    }

    @Test
    void percentilesAndRatios() {
        Map<String, Double> byCounty = new LinkedHashMap<>();
        byCounty.put("a", 1.0);
        byCounty.put("b", 2.0);
        byCounty.put("c", 3.0);
        byCounty.put("d", 4.0);
        byCounty.put("e", null);
        Map<String, Double> ranks = CountyComparison.ranks(byCounty);
        assertEquals(25.0, ranks.get("a"));
        assertEquals(100.0, ranks.get("d"));
        assertNull(ranks.get("e"));
        CountyComparison.Distribution d = CountyComparison.distribution("x", List.of(1.0, 2.0, 3.0, 4.0));
        assertEquals(2.5, d.p50(), 1e-9);
        assertEquals(0.25, SalesIndicators.growth(125, 100));
        assertNull(SalesIndicators.growth(125, 0));
        assertTrue(SalesIndicators.growth(50, 100) < 0);
    }

    @Test
    void percentileRanksAreWholePercentOverCountiesWithData() {
        Map<String, Double> byCounty = new LinkedHashMap<>();
        byCounty.put("a", 1.0);
        byCounty.put("b", 2.0);
        byCounty.put("c", 3.0);
        byCounty.put("none", null);
        Map<String, Double> ranks = CountyComparison.ranks(byCounty);
        assertEquals(33.0, ranks.get("a"), 0.0, "1 of 3 counties with data, whole percent (was 33.3333)");
        assertEquals(67.0, ranks.get("b"), 0.0);
        assertNull(ranks.get("none"));
    }
}
