package cn.ruralcommerce.stations.report;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Station appraisal (站点考核评分) within one county: score = 0.5·z(sales amount) + 0.3·z(active sales days)
 * + 0.2·z(households linked), where z(x) = (x − mean) / standard deviation over the county's stations in
 * the year (0 when all stations are equal). Higher is better; rank 1 is the best.
 */
public final class StationAppraisal {
    public static final double W_AMOUNT = 0.5;
    public static final double W_DAYS = 0.3;
    public static final double W_HOUSEHOLDS = 0.2;
    /** The formula as the report shows it to people (Chinese). */
    public static final String FORMULA = "得分 = 0.5 × 标准分(销售额) + 0.3 × 标准分(有销售的天数) + 0.2 × 标准分(联结农户数)；"
            + "标准分 = (本站数值 − 本县运营站点平均值) ÷ 标准差（各站相同时记 0）；得分越高越好，第 1 名最好";

    /** One station's figures for the year. */
    public record Figures(String code, String name, String countyCode, long amountFen, int activeDays, int households) {
    }

    /** A ranked station. */
    public record Scored(int rank, String code, String name, long amountFen, int activeDays, int households, double score) {
    }

    private StationAppraisal() {
    }

    public static List<Scored> rank(List<Figures> stations) {
        double[] za = z(stations, f -> f.amountFen());
        double[] zd = z(stations, f -> f.activeDays());
        double[] zh = z(stations, f -> f.households());
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < stations.size(); i++) {
            Figures f = stations.get(i);
            double score = W_AMOUNT * za[i] + W_DAYS * zd[i] + W_HOUSEHOLDS * zh[i];
            scored.add(new Scored(0, f.code(), f.name(), f.amountFen(), f.activeDays(), f.households(), Math.round(score * 1000) / 1000.0));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::code));
        List<Scored> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranked.add(new Scored(i + 1, s.code(), s.name(), s.amountFen(), s.activeDays(), s.households(), s.score()));
        }
        return ranked;
    }

    static double[] z(List<Figures> stations, ToDoubleFunction<Figures> value) {
        DescriptiveStatistics stats = new DescriptiveStatistics();
        stations.forEach(f -> stats.addValue(value.applyAsDouble(f)));
        double mean = stats.getMean();
        double sd = stats.getN() < 2 ? 0 : stats.getStandardDeviation();
        double[] z = new double[stations.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = sd == 0 ? 0 : (value.applyAsDouble(stations.get(i)) - mean) / sd;
        }
        return z;
    }
}
