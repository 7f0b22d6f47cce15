package cn.ruralcommerce.stations.report;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counties against the municipal distribution (区县对比): for each indicator the 25th, 50th and 75th
 * percentiles over the counties, and each county's percentile rank (share of the counties with data at or below it, whole percent 0..100).
 */
public final class CountyComparison {
    /** The distribution of one indicator over the counties with a value. */
    public record Distribution(String indicator, int counties, double p25, double p50, double p75) {
    }

    private CountyComparison() {
    }

    public static Distribution distribution(String indicator, List<Double> values) {
        double[] data = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        if (data.length == 0) {
            return new Distribution(indicator, 0, 0, 0, 0);
        }
        Percentile p = new Percentile();
        p.setData(data);
        return new Distribution(indicator, data.length, round(p.evaluate(25)), round(p.evaluate(50)), round(p.evaluate(75)));
    }

    /**
     * Percentile rank of {@code value} among {@code values} (nulls, i.e. counties without data, ignored) in whole
     * percent, or null for a null value.
     */
    public static Double percentileRank(Double value, List<Double> values) {
        if (value == null) {
            return null;
        }
        List<Double> present = new ArrayList<>(values.stream().filter(v -> v != null).toList());
        long atOrBelow = present.stream().filter(v -> v <= value).count();
        return present.isEmpty() ? null : (double) Math.round(100.0 * atOrBelow / present.size());
    }

    /** Percentile ranks of every county for one indicator, in the order given. */
    public static Map<String, Double> ranks(Map<String, Double> byCounty) {
        List<Double> values = new ArrayList<>(byCounty.values());
        Map<String, Double> ranks = new LinkedHashMap<>();
        byCounty.forEach((county, v) -> ranks.put(county, percentileRank(v, values)));
        return ranks;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
