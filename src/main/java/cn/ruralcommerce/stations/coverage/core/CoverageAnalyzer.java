package cn.ruralcommerce.stations.coverage.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Geographic coverage (地理覆盖): which rural villages have a counted site within a service radius, and
 * each village's nearest site, by geodesic distance on the CGCS2000 ellipsoid.
 *
 * <p>The caller filters the {@link SiteIndex} to the counted tiers and the as-of date. Sites anywhere in
 * the index count, including those outside the villages' region (a station across a county border covers
 * villages near it). The nearest site is searched up to a cap (unlimited by default, so every village
 * gets its nearest site unless the index is empty). Immutable; {@code with...} return adjusted copies.
 */
public final class CoverageAnalyzer {

    /** Default service radius, metres. */
    public static final double DEFAULT_RADIUS_METRES = 3_000;

    private final double radiusMetres;
    private final double nearestCapMetres;
    private final boolean nearestForCovered;

    /** An analyzer for radius R in metres, finding every village's nearest site at any distance. */
    public CoverageAnalyzer(double radiusMetres) {
        this(radiusMetres, Double.POSITIVE_INFINITY, true);
    }

    private CoverageAnalyzer(double radiusMetres, double nearestCapMetres, boolean nearestForCovered) {
        if (!(radiusMetres >= 0) || Double.isInfinite(radiusMetres)) {
            throw new IllegalArgumentException("radiusMetres must be a finite number >= 0, got " + radiusMetres);
        }
        if (!(nearestCapMetres >= radiusMetres)) {
            throw new IllegalArgumentException("nearestCapMetres must be >= radiusMetres, got " + nearestCapMetres);
        }
        this.radiusMetres = radiusMetres;
        this.nearestCapMetres = nearestCapMetres;
        this.nearestForCovered = nearestForCovered;
    }

    /**
     * This analyzer, but villages with no site within {@code metres} (>= R) get a null nearest site, which
     * bounds the work for very remote villages.
     */
    public CoverageAnalyzer withNearestCap(double metres) {
        return new CoverageAnalyzer(radiusMetres, metres, nearestForCovered);
    }

    /**
     * This analyzer, but when {@code false} covered villages get no nearest site (null code and distance):
     * coverage is then settled without computing their geodesics, several times faster; uncovered villages
     * still get their nearest site. Enough for the uncovered list and all totals.
     */
    public CoverageAnalyzer withNearestForCoveredVillages(boolean nearest) {
        return new CoverageAnalyzer(radiusMetres, nearestCapMetres, nearest);
    }

    public double radiusMetres() {
        return radiusMetres;
    }

    /** The coverage of one village. */
    public VillageCoverage assess(Village village, SiteIndex sites) {
        double lon = village.lon();
        double lat = village.lat();
        if (!nearestForCovered) {
            if (sites.anyWithin(lon, lat, radiusMetres)) {
                return new VillageCoverage(village, true, null, null);
            }
            SiteDistance beyond = sites.nearest(lon, lat, Math.max(2 * radiusMetres, 1), nearestCapMetres);
            return VillageCoverage.of(village, beyond, radiusMetres);
        }
        // search R first: most villages are covered and are settled by that one search
        SiteDistance nearest = sites.nearest(lon, lat, Math.max(radiusMetres, 1), nearestCapMetres);
        return VillageCoverage.of(village, nearest, radiusMetres);
    }

    /** The coverage of every village, with totals overall and per township. Single-threaded. */
    public CoverageReport analyze(List<Village> villages, SiteIndex sites) {
        List<VillageCoverage> result = new ArrayList<>(villages.size());
        for (Village village : villages) {
            result.add(assess(village, sites));
        }
        return report(result);
    }

    /** A report over already assessed villages (all at this analyzer's radius). */
    CoverageReport report(List<VillageCoverage> assessed) {
        CoverageTally total = new CoverageTally();
        Map<String, CoverageTally> byTownship = new TreeMap<>();
        for (VillageCoverage coverage : assessed) {
            total.add(coverage.village(), coverage.covered());
            byTownship.computeIfAbsent(coverage.village().townshipCode(), t -> new CoverageTally())
                .add(coverage.village(), coverage.covered());
        }
        return new CoverageReport(radiusMetres, assessed, CoverageTotals.of(total, byTownship));
    }
}
