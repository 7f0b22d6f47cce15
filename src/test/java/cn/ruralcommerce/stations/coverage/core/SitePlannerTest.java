package cn.ruralcommerce.stations.coverage.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Count-mode planning against exhaustive optima on small instances, and the shape of the answer.
 */
class SitePlannerTest {

    private static final double R = PlanningInstance.R;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void reachesTheExhaustiveOptimumAndBoundsIt(long seed) {
        PlanningInstance instance = PlanningInstance.of(seed);
        for (int k = 3; k <= 4; k++) {
            long optimum = instance.optimum(k);
            SitePlan plan = instance.plan(k);
            assertTrue(plan.newlyCoveredPopulation() >= 0.995 * optimum, plan + " vs " + optimum);
            assertTrue(plan.newlyCoveredPopulation() <= optimum);
            assertTrue(plan.upperBound() >= optimum, "bound " + plan.upperBound() + " below optimum " + optimum);
            assertTrue(plan.greedyPopulation() <= plan.newlyCoveredPopulation());
            assertTrue(plan.sites().size() <= k);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void sitesListTheirMarginalVillagesInSelectionOrder(long seed) {
        PlanningInstance instance = PlanningInstance.of(seed);
        SitePlan plan = instance.plan(4);
        Map<String, Village> byCode = instance.villages().stream()
            .collect(Collectors.toMap(Village::code, Function.identity()));
        long[] masks = instance.masks();
        Set<String> seen = new HashSet<>();
        long total = 0;
        long previous = Long.MAX_VALUE;
        long union = 0;
        for (PlannedSite site : plan.sites()) {
            long population = site.newlyCoveredVillages().stream().mapToLong(c -> byCode.get(c).population()).sum();
            assertEquals(site.newlyCoveredPopulation(), population);
            assertTrue(site.newlyCoveredVillages().stream().allMatch(seen::add), "each village counted once");
            assertTrue(site.newlyCoveredPopulation() <= previous, "non-increasing marginals");
            previous = site.newlyCoveredPopulation();
            total += population;
            int j = instance.candidates().stream().map(Candidate::code).toList().indexOf(site.candidateCode());
            union |= masks[j];
        }
        assertEquals(plan.newlyCoveredPopulation(), total);
        assertEquals(instance.population(union), total, "matches the brute-force coverage of the chosen sites");
    }

    @Test
    void villagesExistingSitesCoverCountForNothing() {
        Village a = CoverageFixture.villageAt("A", 106.0, 29.5);
        Village b = CoverageFixture.villageAt("B", 106.5, 29.5);
        SiteIndex existing = SiteIndex.of(List.of(CoverageFixture.siteAt("S", 106.0, 29.51)));
        SitePlan plan = new SitePlanner(R).planSites(List.of(a, b), List.of(Candidate.of(a), Candidate.of(b)),
            existing, 2);
        assertEquals(1, plan.sites().size());
        assertEquals("B", plan.sites().get(0).candidateCode());
        assertEquals(1000, plan.newlyCoveredPopulation());
        assertEquals(1000, plan.coveredBefore());
        assertEquals(0, plan.gapPercent());
    }
}
