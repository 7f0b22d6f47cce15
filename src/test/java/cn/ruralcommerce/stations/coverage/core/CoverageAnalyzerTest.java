package cn.ruralcommerce.stations.coverage.core;

import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.bruteNearest;
import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.direct;
import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.siteAt;
import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.villageAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ruralcommerce.stations.coverage.bench.StationPlacement;
import cn.ruralcommerce.stations.coverage.bench.SyntheticVillages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Coverage, nearest sites and totals against brute-force all-pairs geodesics on generated villages.
 */
class CoverageAnalyzerTest {

    private static final List<Village> VILLAGES = SyntheticVillages.inBox(5, 1200, 106.0, 29.5, 106.8, 30.1);
    /** A sparse network (20 % of villages) plus scattered sites, some outside the villages' box. */
    private static final List<Site> SITES = withScattered(StationPlacement.villageStations(VILLAGES, 0.2, 300, 5));

    private static List<Site> withScattered(List<Site> stations) {
        List<Site> all = new ArrayList<>(stations);
        all.addAll(CoverageFixture.randomSites(9, 60, 105.9, 29.4, 106.9, 30.2));
        return all;
    }

    @ParameterizedTest
    @ValueSource(doubles = {1000, 3000, 5000})
    void uncoveredSetAndNearestDistancesMatchBruteForce(double radius) {
        CoverageReport report = new CoverageAnalyzer(radius).analyze(VILLAGES, SiteIndex.of(SITES));
        int uncovered = 0;
        for (VillageCoverage coverage : report.villages()) {
            Village v = coverage.village();
            SiteDistance expected = bruteNearest(SITES, v.lon(), v.lat());
            assertEquals(expected.site().code(), coverage.nearestSiteCode(), v.code());
            assertEquals(expected.metres(), coverage.nearestDistanceMetres(), 1e-6, v.code());
            assertEquals(expected.metres() <= radius, coverage.covered(), v.code());
            uncovered += coverage.covered() ? 0 : 1;
        }
        assertEquals(uncovered, report.uncovered().size());
        assertTrue(uncovered > 0 && uncovered < VILLAGES.size(), "the instance has both kinds: " + uncovered);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1000, 3000, 5000})
    void withoutNearestSitesForCoveredVillagesTheStatusAndUncoveredDetailAreTheSame(double radius) {
        CoverageAnalyzer full = new CoverageAnalyzer(radius);
        CoverageReport expected = full.analyze(VILLAGES, SiteIndex.of(SITES));
        CoverageReport fast = full.withNearestForCoveredVillages(false).analyze(VILLAGES, SiteIndex.of(SITES));
        assertEquals(expected.totals(), fast.totals());
        assertEquals(expected.uncovered(), fast.uncovered());
        assertTrue(fast.villages().stream().filter(VillageCoverage::covered)
            .allMatch(v -> v.nearestSiteCode() == null && v.nearestDistanceMetres() == null));
    }

    @Test
    void aSiteAcrossTheBorderCoversVillagesOfTheRegion() {
        // the region's villages lie west of 106.0°E; the only site stands 2 km east of the easternmost one
        Village border = villageAt("border", 106.0, 29.5);
        Village inland = villageAt("inland", 105.9, 29.5);
        double[] across = direct(106.0, 29.5, 90, 2000);
        SiteIndex sites = SiteIndex.of(List.of(siteAt("neighbour", across[0], across[1])));
        CoverageReport report = new CoverageAnalyzer(3000).analyze(List.of(border, inland), sites);
        assertTrue(report.villages().get(0).covered());
        assertEquals(2000, report.villages().get(0).nearestDistanceMetres(), 1e-6);
        assertFalse(report.villages().get(1).covered());
        assertEquals("neighbour", report.villages().get(1).nearestSiteCode());
    }

    @Test
    void summariesMatchDirectCountsPerTownship() {
        CoverageReport report = new CoverageAnalyzer(3000).analyze(VILLAGES, SiteIndex.of(SITES));
        Map<String, long[]> expected = new TreeMap<>();
        for (VillageCoverage c : report.villages()) {
            long[] n = expected.computeIfAbsent(c.village().townshipCode(), t -> new long[6]);
            boolean covered = bruteNearest(SITES, c.village().lon(), c.village().lat()).metres() <= 3000;
            n[0]++;
            n[1] += covered ? 1 : 0;
            n[2] += c.village().population();
            n[3] += covered ? c.village().population() : 0;
            n[4] += c.village().formerPoverty() ? 1 : 0;
            n[5] += c.village().formerPoverty() && covered ? 1 : 0;
        }
        assertEquals(expected.keySet(), report.townships().keySet());
        long[] total = new long[6];
        expected.forEach((township, n) -> {
            CoverageSummary s = report.townships().get(township);
            assertEquals(List.of(n[0], n[1], n[2], n[3], n[4], n[5]), List.of((long) s.ruralVillages(),
                (long) s.coveredVillages(), s.population(), s.coveredPopulation(), (long) s.formerPovertyVillages(),
                (long) s.formerPovertyCovered()), township);
            for (int i = 0; i < 6; i++) {
                total[i] += n[i];
            }
        });
        CoverageSummary s = report.summary();
        assertEquals(total[1], s.coveredVillages());
        assertEquals(total[3], s.coveredPopulation());
        assertEquals(total[5], s.formerPovertyCovered());
        assertEquals(VILLAGES.size(), s.ruralVillages());
    }

    @Test
    void nearestBeyondTheCapIsLeftOut() {
        SiteIndex sites = SiteIndex.of(List.of(siteAt("far", 106.5, 29.5)));
        VillageCoverage coverage = new CoverageAnalyzer(3000).withNearestCap(20_000).assess(villageAt("v", 106.0, 29.5), sites);
        assertFalse(coverage.covered());
        assertNull(coverage.nearestSiteCode());
        assertNull(coverage.nearestDistanceMetres());
    }

    @Test
    void administrativeCoverageCountsVillagesWithAStationRegisteredInThem() {
        CoverageTotals totals = CoverageTotals.administrative(VILLAGES, Set.of(VILLAGES.get(0).code(), "elsewhere"));
        assertEquals(1, totals.summary().coveredVillages());
        assertEquals(VILLAGES.get(0).population(), totals.summary().coveredPopulation());
        assertEquals(1, totals.townships().get(VILLAGES.get(0).townshipCode()).coveredVillages());
    }
}
