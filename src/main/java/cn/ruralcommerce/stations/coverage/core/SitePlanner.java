package cn.ruralcommerce.stations.coverage.core;

import java.util.List;

/**
 * Site planning (选址) as a maximal covering location problem: where to open new village service points
 * so that the most rural population newly comes within the service radius, existing sites fixed.
 *
 * <p>Villages an existing site already covers count for nothing; candidates are the places the caller
 * allows (usually rural villages without a station). Answers are deterministic: candidates are ordered by
 * code and ties go to the lower code. Single-threaded.
 */
public final class SitePlanner {

    private final double radiusMetres;

    /** A planner for service radius R in metres (covered iff geodesic distance <= R). */
    public SitePlanner(double radiusMetres) {
        if (!(radiusMetres >= 0) || Double.isInfinite(radiusMetres)) {
            throw new IllegalArgumentException("radiusMetres must be a finite number >= 0, got " + radiusMetres);
        }
        this.radiusMetres = radiusMetres;
    }

    /**
     * At most {@code k} new sites newly covering the most population; fewer when no further candidate
     * adds anyone.
     */
    public SitePlan planSites(List<Village> villages, List<Candidate> candidates, SiteIndex existing, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        CoverProblem problem = CoverProblem.build(villages, candidates, existing, radiusMetres);
        CoveringSolver.Solution solution = CoveringSolver.maximise(problem, k);
        List<PlannedSite> sites = SelectionOrder.sites(problem, solution.selection());
        return new SitePlan(sites, solution.value(), solution.greedySites(), solution.greedyValue(), solution.upperBound(),
            gapPercent(solution.value(), solution.upperBound()), problem.totalPopulation, problem.alreadyCovered,
            null, true, sites.size());
    }

    /**
     * The fewest new sites found such that covered population / total population >= {@code targetShare}
     * (0..1). When even every candidate together falls short, {@code targetReached} is false and the plan
     * covers all it can.
     */
    public SitePlan planTarget(List<Village> villages, List<Candidate> candidates, SiteIndex existing,
                               double targetShare) {
        if (!(targetShare >= 0 && targetShare <= 1)) {
            throw new IllegalArgumentException("targetShare must be in 0..1, got " + targetShare);
        }
        CoverProblem problem = CoverProblem.build(villages, candidates, existing, radiusMetres);
        // persons still to cover; the tolerance keeps e.g. 0.95 × 1000 from rounding up to 951
        long needed = (long) Math.ceil(targetShare * problem.totalPopulation - 1e-9) - problem.alreadyCovered;
        FewestSites.Result result = FewestSites.solve(problem, needed);
        List<PlannedSite> sites = SelectionOrder.sites(problem, result.selection());
        return new SitePlan(sites, result.value(), result.greedySites(), result.greedyValue(), result.upperBound(),
            gapPercent(result.value(), result.upperBound()), problem.totalPopulation, problem.alreadyCovered,
            targetShare, result.value() >= needed, result.sitesLowerBound());
    }

    private static double gapPercent(long value, long upperBound) {
        return upperBound == 0 ? 0 : (upperBound - value) * 100.0 / upperBound;
    }
}
