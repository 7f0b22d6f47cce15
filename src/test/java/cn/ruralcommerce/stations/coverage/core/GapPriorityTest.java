package cn.ruralcommerce.stations.coverage.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrative gap: every village without a village station, exact nearest sites, in the documented order. */
class GapPriorityTest {
    static final double R = 3_000;

    @Test
    void ordersByPovertyThenBeyondRadiusThenPopulationThenDistance() {
        Site site = CoverageFixture.siteAt("S1", 105.70, 30.00);
        double[] near = CoverageFixture.direct(105.70, 30.00, 90, 1_000);
        double[] nearer = CoverageFixture.direct(105.70, 30.00, 0, 500);
        double[] far = CoverageFixture.direct(105.70, 30.00, 90, 8_000);
        double[] farther = CoverageFixture.direct(105.70, 30.00, 180, 12_000);
        List<Village> villages = List.of(
            new Village("V-HOST", "T", 105.70, 30.00, 9000, true),          // has the station: not in the gap
            new Village("V-NEAR-BIG", "T", near[0], near[1], 5000, false),
            new Village("V-NEAR-POOR", "T", nearer[0], nearer[1], 100, true),
            new Village("V-FAR-SMALL", "T", far[0], far[1], 200, false),
            new Village("V-FAR-SMALL2", "T", farther[0], farther[1], 200, false),
            new Village("V-FAR-BIG", "T", far[0] + 0.001, far[1], 4000, false));
        SiteIndex sites = SiteIndex.of(List.of(site));
        CoverageReport report = new CoverageAnalyzer(R).withNearestForCoveredVillages(false).analyze(villages, sites);

        List<VillageCoverage> gap = GapPriority.withoutStation(report, Set.of("V-HOST"), sites);

        assertEquals(List.of("V-NEAR-POOR", "V-FAR-BIG", "V-FAR-SMALL2", "V-FAR-SMALL", "V-NEAR-BIG"),
            gap.stream().map(c -> c.village().code()).toList());
        assertEquals(500, gap.get(0).nearestDistanceMetres(), 0.01, "a covered village gets its nearest site too");
        assertEquals("S1", gap.get(0).nearestSiteCode());
    }

    @Test
    void matchesBruteForceOnRandomVillages() {
        SplittableRandom random = new SplittableRandom(12);
        List<Site> siteList = CoverageFixture.randomSites(7, 40, 105.5, 29.8, 106.0, 30.2);
        SiteIndex sites = SiteIndex.of(siteList);
        List<Village> villages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            villages.add(new Village(String.format("V%04d", i), "T", 105.4 + random.nextDouble() * 0.7,
                29.7 + random.nextDouble() * 0.6, random.nextInt(5000), random.nextInt(10) == 0));
        }
        Set<String> withStation = villages.stream().filter(v -> v.population() % 3 == 0).map(Village::code).collect(Collectors.toSet());
        CoverageReport report = new CoverageAnalyzer(R).withNearestForCoveredVillages(false).analyze(villages, sites);

        List<VillageCoverage> gap = GapPriority.withoutStation(report, withStation, sites);

        assertEquals(villages.size() - withStation.size(), gap.size());
        for (int i = 0; i < gap.size(); i++) {
            VillageCoverage c = gap.get(i);
            assertFalse(withStation.contains(c.village().code()));
            SiteDistance brute = CoverageFixture.bruteNearest(siteList, c.village().lon(), c.village().lat());
            assertNotNull(c.nearestDistanceMetres());
            assertEquals(brute.metres(), c.nearestDistanceMetres(), 1e-6);
            assertEquals(brute.metres() <= R, c.covered());
            if (i > 0) {
                assertTrue(GapPriority.ORDER.compare(gap.get(i - 1), c) < 0, "order at " + i);
            }
        }
    }
}
