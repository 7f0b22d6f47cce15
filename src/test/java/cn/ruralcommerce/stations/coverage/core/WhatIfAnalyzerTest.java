package cn.ruralcommerce.stations.coverage.core;

import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.siteAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ruralcommerce.stations.coverage.bench.StationPlacement;
import cn.ruralcommerce.stations.coverage.bench.SyntheticVillages;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What-if deltas against a full recomputation on the changed network.
 */
class WhatIfAnalyzerTest {

    private static final List<Village> VILLAGES = SyntheticVillages.inBox(21, 1500, 106.0, 29.5, 106.8, 30.1);
    private static final List<Site> SITES = StationPlacement.villageStations(VILLAGES, 0.3, 300, 21);

    @ParameterizedTest
    @CsvSource({"1, true", "2, true", "3, true", "4, true", "1, false", "2, false", "3, false", "4, false"})
    void deltasMatchAFullRecomputation(long seed, boolean nearestForCovered) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Site> opened = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            opened.add(siteAt("new" + i, 106.0 + random.nextDouble() * 0.8, 29.5 + random.nextDouble() * 0.6));
        }
        Site moved = SITES.get(random.nextInt(SITES.size()));
        opened.add(siteAt(moved.code(), moved.lon() + 0.02, moved.lat()));
        List<String> closed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            closed.add(SITES.get(random.nextInt(SITES.size())).code());
        }
        SiteIndex current = SiteIndex.of(SITES);
        CoverageAnalyzer analyzer = new CoverageAnalyzer(1000 * (1 + seed))
            .withNearestForCoveredVillages(nearestForCovered);
        WhatIfReport whatIf = new WhatIfAnalyzer(analyzer).run(VILLAGES, current, opened, closed);

        List<Site> changed = new ArrayList<>(SITES);
        changed.removeIf(s -> closed.contains(s.code()) || s.code().equals(moved.code()));
        changed.addAll(opened);
        CoverageReport expected = analyzer.analyze(VILLAGES, SiteIndex.of(changed));
        assertEquals(expected.villages(), whatIf.after().villages());
        assertEquals(expected.totals(), whatIf.after().totals());
        assertEquals(analyzer.analyze(VILLAGES, current).villages(), whatIf.before().villages());
        int changes = 0;
        for (int i = 0; i < VILLAGES.size(); i++) {
            changes += whatIf.before().villages().get(i).covered() != expected.villages().get(i).covered() ? 1 : 0;
        }
        assertEquals(changes, whatIf.changes().size());
        assertTrue(whatIf.changes().stream().allMatch(c -> c.gained() != c.lost()));
        assertTrue(changes > 0, "the change moves some villages");
        assertEquals(changed.size(), whatIf.afterSites().size());
    }
}
