package cn.ruralcommerce.stations.coverage.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ruralcommerce.stations.coverage.bench.SyntheticVillages;
import cn.ruralcommerce.stations.gis.Geodesy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePlannerTest {

    private static final double R = 3000;

    /** A small instance: 60 villages in a 0.2° box, the first 25 are candidates, 3 existing sites. */
    private record Instance(List<Village> villages, List<Candidate> candidates, List<Site> existing) {
        static Instance of(long seed) {
            List<Village> villages = SyntheticVillages.inBox(seed, 60, 106.0, 29.5, 106.2, 29.7);
            List<Site> existing = CoverageFixture.randomSites(seed, 3, 106.0, 29.5, 106.2, 29.7);
            return new Instance(villages, villages.subList(0, 25).stream().map(Candidate::of).toList(), existing);
        }

        /** Independent brute force: per candidate, the bitmask of villages it newly covers (all-pairs geodesics). */
        long[] masks() {
            long[] masks = new long[candidates.size()];
            for (int i = 0; i < villages.size(); i++) {
                Village v = villages.get(i);
                boolean alreadyCovered = existing.stream()
                    .anyMatch(s -> Geodesy.distanceMetres(v.lon(), v.lat(), s.lon(), s.lat()) <= R);
                for (int j = 0; j < candidates.size() && !alreadyCovered; j++) {
                    Candidate c = candidates.get(j);
                    if (Geodesy.distanceMetres(v.lon(), v.lat(), c.lon(), c.lat()) <= R) {
                        masks[j] |= 1L << i;
                    }
                }
            }
            return masks;
        }

        long population(long mask) {
            long sum = 0;
            for (int i = 0; i < villages.size(); i++) {
                sum += (mask >>> i & 1) == 1 ? villages.get(i).population() : 0;
            }
            return sum;
        }

        /** The exhaustive optimum over all subsets of exactly k candidates. */
        long optimum(int k) {
            return best(masks(), 0, k, 0L);
        }

        private long best(long[] masks, int from, int left, long covered) {
            if (left == 0 || from == masks.length) {
                return population(covered);
            }
            long best = 0;
            for (int j = from; j <= masks.length - left; j++) {
                best = Math.max(best, best(masks, j + 1, left - 1, covered | masks[j]));
            }
            return best;
        }

        SitePlan plan(int k) {
            return new SitePlanner(R).planSites(villages, candidates, SiteIndex.of(existing), k);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void reachesTheExhaustiveOptimumAndBoundsIt(long seed) {
        Instance instance = Instance.of(seed);
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
        Instance instance = Instance.of(seed);
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

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.5, 0.7})
    void targetModeUsesTheFewestSites(double target) {
        Instance instance = Instance.of(11);
        long[] masks = instance.masks();
        long total = instance.villages().stream().mapToLong(Village::population).sum();
        SitePlan plan = new SitePlanner(R).planTarget(instance.villages(), instance.candidates(),
            SiteIndex.of(instance.existing()), target);
        assertTrue(plan.targetReached());
        assertTrue(plan.coveredShareAfter() >= target);
        int fewest = 0;
        while (instance.optimum(fewest) + plan.coveredBefore() < Math.ceil(target * total - 1e-9)) {
            fewest++;
        }
        assertEquals(fewest, plan.sites().size(), "exhaustive minimum");
        assertTrue(plan.sitesLowerBound() <= fewest && plan.sitesLowerBound() >= 1);
        assertEquals(total, plan.totalPopulation());
        assertTrue(masks.length > 0);
    }

    @Test
    void anUnreachableTargetIsReportedAsSuch() {
        Instance instance = Instance.of(12);
        SitePlan plan = new SitePlanner(R).planTarget(instance.villages(), instance.candidates(),
            SiteIndex.of(instance.existing()), 1.0);
        long coverable = 0;
        for (long mask : instance.masks()) {
            coverable |= mask;
        }
        assertFalse(plan.targetReached());
        assertEquals(instance.population(coverable), plan.newlyCoveredPopulation(), "covers all it can");
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
