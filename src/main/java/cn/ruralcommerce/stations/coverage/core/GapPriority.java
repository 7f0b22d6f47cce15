package cn.ruralcommerce.stations.coverage.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The administrative gap (无村级站点的行政村): the rural villages with no counted village service point
 * registered in them, each with its geographic status and nearest counted site, in priority order for
 * opening a village service point ("which k villages without a station first").
 *
 * <p>Priority, lexicographic: (1) former poverty villages (原贫困村) first; (2) villages that are also beyond
 * the service radius of every counted site (服务半径外) before those within it; (3) larger population first;
 * (4) farther from the nearest counted site first (no site at all counts as farthest); (5) village code.
 */
public final class GapPriority {

    /** The priority order described in the class comment. */
    public static final Comparator<VillageCoverage> ORDER = Comparator
        .comparing((VillageCoverage c) -> !c.village().formerPoverty())
        .thenComparing(VillageCoverage::covered)
        .thenComparing(Comparator.comparingInt((VillageCoverage c) -> c.village().population()).reversed())
        .thenComparing(Comparator.comparingDouble(GapPriority::distanceOrInfinity).reversed())
        .thenComparing(c -> c.village().code());

    private GapPriority() {
    }

    /**
     * The villages of a geographic report that have no village service point, in priority order. Villages the
     * report counts as covered carry no nearest site there (the fast analyzer skips it), so it is looked up
     * within the radius here; uncovered ones keep the report's nearest site.
     *
     * @param report              geographic coverage of the villages at radius R
     * @param villagesWithStation codes of the villages with a counted village service point in them
     * @param sites               the counted sites of the report
     */
    public static List<VillageCoverage> withoutStation(CoverageReport report, Set<String> villagesWithStation, SiteIndex sites) {
        List<VillageCoverage> gap = new ArrayList<>();
        for (VillageCoverage c : report.villages()) {
            if (villagesWithStation.contains(c.village().code())) {
                continue;
            }
            if (c.covered() && c.nearestSiteCode() == null) {
                SiteDistance nearest = sites.nearest(c.village().lon(), c.village().lat(),
                    Math.max(report.radiusMetres(), 1), Math.max(report.radiusMetres(), 1));
                c = nearest == null ? c : new VillageCoverage(c.village(), true, nearest.site().code(), nearest.metres());
            }
            gap.add(c);
        }
        gap.sort(ORDER);
        return gap;
    }

    private static double distanceOrInfinity(VillageCoverage c) {
        return c.nearestDistanceMetres() == null ? Double.POSITIVE_INFINITY : c.nearestDistanceMetres();
    }
}
