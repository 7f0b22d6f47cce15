package cn.ruralcommerce.stations.report;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A least-squares linear trend over a monthly series (月度趋势) and the next month's estimate with a 95 %
 * prediction interval: ŷ ± t(0.975, n−2) · s · √(1 + 1/n + (x₀ − x̄)² / Sxx), where s² is the residual
 * mean square. Months are numbered 0..n−1; values are fen.
 */
public final class MonthlyTrend {
    /** The fit; estimate and bounds are null with fewer than three months. */
    public record Fit(int months, double slopePerMonth, double intercept, double rSquared,
                      Double nextEstimate, Double nextLower, Double nextUpper) {
    }

    private MonthlyTrend() {
    }

    public static Fit fit(long[] values) {
        int n = values.length;
        SimpleRegression regression = new SimpleRegression();
        double sumX = 0;
        for (int i = 0; i < n; i++) {
            regression.addData(i, values[i]);
            sumX += i;
        }
        if (n < 3) {
            return new Fit(n, 0, n == 0 ? 0 : values[n - 1], 0, null, null, null);
        }
        double meanX = sumX / n;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxx += (i - meanX) * (i - meanX);
        }
        double x0 = n;
        double estimate = regression.predict(x0);
        double s = Math.sqrt(regression.getMeanSquareError());
        double t = new TDistribution(n - 2).inverseCumulativeProbability(0.975);
        double half = t * s * Math.sqrt(1 + 1.0 / n + (x0 - meanX) * (x0 - meanX) / sxx);
        double r2 = Double.isNaN(regression.getRSquare()) ? 0 : regression.getRSquare();
        return new Fit(n, round(regression.getSlope()), round(regression.getIntercept()), Math.round(r2 * 10000) / 10000.0,
                round(estimate), round(estimate - half), round(estimate + half));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
