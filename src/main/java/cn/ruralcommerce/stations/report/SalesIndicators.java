package cn.ruralcommerce.stations.report;

/** Small sales ratios (销售指标): growth on the previous period, per unit and shares, null where undefined. */
public final class SalesIndicators {
    private SalesIndicators() {
    }

    /** (current − previous) / previous, rounded to 4 decimals; null when the previous period had no sales. */
    public static Double growth(long current, long previous) {
        return previous <= 0 ? null : Math.round(10000.0 * (current - previous) / previous) / 10000.0;
    }

    /** Fen per unit, rounded to whole fen; null when there are no units. */
    public static Long perUnit(long fen, long units) {
        return units <= 0 ? null : Math.round((double) fen / units);
    }

    /** a / b rounded to 4 decimals, 0 when b is 0. */
    public static double share(long a, long b) {
        return b == 0 ? 0 : Math.round(10000.0 * a / b) / 10000.0;
    }
}
