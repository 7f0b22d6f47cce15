package cn.ruralcommerce.stations.coverage.core;

/**
 * Mutable counter behind a {@link CoverageSummary}: villages are added, or taken back out when their
 * status changes, and {@link #summary()} reads the totals. Not thread-safe.
 */
public final class CoverageTally {

    private int villages;
    private int covered;
    private long population;
    private long coveredPopulation;
    private int poor;
    private int poorCovered;

    /** Counts a village with the given coverage status. */
    public CoverageTally add(Village village, boolean isCovered) {
        count(village, isCovered, 1);
        return this;
    }

    /** Takes back a village previously added with the same status. */
    public CoverageTally remove(Village village, boolean isCovered) {
        count(village, isCovered, -1);
        return this;
    }

    private void count(Village village, boolean isCovered, int sign) {
        int coveredSign = isCovered ? sign : 0;
        villages += sign;
        covered += coveredSign;
        population += (long) sign * village.population();
        coveredPopulation += (long) coveredSign * village.population();
        if (village.formerPoverty()) {
            poor += sign;
            poorCovered += coveredSign;
        }
    }

    /** The counts so far. */
    public CoverageSummary summary() {
        return new CoverageSummary(villages, covered, population, coveredPopulation, poor, poorCovered);
    }
}
