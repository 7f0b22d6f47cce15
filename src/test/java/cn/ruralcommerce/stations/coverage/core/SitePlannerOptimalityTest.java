package cn.ruralcommerce.stations.coverage.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ruralcommerce.stations.coverage.bench.ChongqingVillages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The planner against exact optima (SCIP via OR-Tools) on real-size greenfield counties of Chongqing.
 */
class SitePlannerOptimalityTest {

    private static List<Village> chongqing;

    @BeforeAll
    static void load() {
        chongqing = ChongqingVillages.load();
    }

    @ParameterizedTest
    @CsvSource({
        "500152, 3000, 10", "500152, 3000, 20", "500101, 3000, 10", "500112, 3000, 20", "500117, 5000, 20",
        "500151, 5000, 20", "500229, 2000, 10", "500243, 3000, 5", "500236, 5000, 10"
    })
    void greenfieldCountyPlansReachTheExactOptimumWithinHalfAPercent(String county, double radius, int k) {
        assumeTrue(ExactCovering.available(), "OR-Tools natives do not load here");
        List<Village> villages = ChongqingVillages.withPrefix(chongqing, county);
        List<Candidate> candidates = villages.stream().map(Candidate::of).toList();
        SitePlan plan = new SitePlanner(radius).planSites(villages, candidates, SiteIndex.of(List.of()), k);
        long optimum = ExactCovering.optimum(CoverProblem.build(villages, candidates, SiteIndex.of(List.of()), radius),
            k, 60);
        System.out.printf(Locale.ROOT, "%s R=%.0f k=%d: %d villages; greedy %.2f %%, planner %.3f %%, bound %.3f %%"
                + " of the optimum %d%n", county, radius, k, villages.size(), 100.0 * plan.greedyPopulation() / optimum,
            100.0 * plan.newlyCoveredPopulation() / optimum, 100.0 * plan.upperBound() / optimum, optimum);
        assertTrue(plan.newlyCoveredPopulation() >= 0.995 * optimum);
        assertTrue(plan.newlyCoveredPopulation() <= optimum);
        assertTrue(plan.upperBound() >= optimum);
    }

    @ParameterizedTest
    @CsvSource({"500152, 3000, 0.8", "500152, 3000, 0.95", "500101, 3000, 0.9", "500151, 5000, 0.99"})
    void greenfieldTargetPlansUseTheExactFewestSites(String county, double radius, double target) {
        assumeTrue(ExactCovering.available(), "OR-Tools natives do not load here");
        List<Village> villages = ChongqingVillages.withPrefix(chongqing, county);
        List<Candidate> candidates = villages.stream().map(Candidate::of).toList();
        SitePlan plan = new SitePlanner(radius).planTarget(villages, candidates, SiteIndex.of(List.of()), target);
        long needed = (long) Math.ceil(target * plan.totalPopulation() - 1e-9);
        long fewest = ExactCovering.fewest(CoverProblem.build(villages, candidates, SiteIndex.of(List.of()), radius),
            needed, 60);
        System.out.printf(Locale.ROOT, "%s R=%.0f target %.2f: greedy %d sites, planner %d, proven at least %d,"
            + " exact %d%n", county, radius, target, plan.greedySites(), plan.sites().size(), plan.sitesLowerBound(),
            fewest);
        assertTrue(plan.targetReached());
        assertTrue(plan.sitesLowerBound() <= fewest);
        assertTrue(plan.sites().size() <= Math.ceil(fewest * 1.02), "within 2 % of the fewest");
    }

    @Test
    void tongnanGreedyFallsShortAndThePlannerDoesNot() {
        List<Village> tongnan = ChongqingVillages.withPrefix(chongqing, ChongqingVillages.TONGNAN);
        List<Candidate> candidates = tongnan.stream().map(Candidate::of).toList();
        SitePlan plan = new SitePlanner(3000).planSites(tongnan, candidates, SiteIndex.of(List.of()), 10);
        System.out.printf(Locale.ROOT, "潼南区 greenfield R=3 km k=10: greedy %d, planner %d, upper bound %d, gap %.3f %%%n",
            plan.greedyPopulation(), plan.newlyCoveredPopulation(), plan.upperBound(), plan.gapPercent());
        assertTrue(tongnan.size() > 150);
        assertTrue(plan.greedyPopulation() < plan.newlyCoveredPopulation(), "greedy is short here");
        assertTrue(plan.newlyCoveredPopulation() >= 0.995 * plan.upperBound());
    }
}
