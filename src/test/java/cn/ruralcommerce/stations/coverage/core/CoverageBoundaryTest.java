package cn.ruralcommerce.stations.coverage.core;

import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.direct;
import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.siteAt;
import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.villageAt;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The boundary rule, covered iff distance <= R, for villages 1 m and 1 cm either side of R along geodesics.
 */
class CoverageBoundaryTest {

    @ParameterizedTest
    @ValueSource(doubles = {1000, 3000, 5000})
    void villagesJustInsideTheRadiusAreCoveredAndJustOutsideAreNot(double radius) {
        List<Site> sites = new ArrayList<>();
        List<Village> inside = new ArrayList<>();
        List<Village> outside = new ArrayList<>();
        int n = 0;
        for (double lat : new double[] {21.5, 29.6, 31.9, 45.0}) {
            for (int azimuth = 7; azimuth < 360; azimuth += 45) {
                double lon = 100 + n * 0.5; // sites 50 km apart: each village has one site near R
                sites.add(siteAt("S" + n, lon, lat));
                for (double delta : new double[] {1, 0.01}) {
                    double[] in = direct(lon, lat, azimuth, radius - delta);
                    double[] out = direct(lon, lat, azimuth, radius + delta);
                    inside.add(villageAt("in" + n + "_" + delta, in[0], in[1]));
                    outside.add(villageAt("out" + n + "_" + delta, out[0], out[1]));
                }
                n++;
            }
        }
        SiteIndex index = SiteIndex.of(sites);
        for (CoverageAnalyzer analyzer : List.of(new CoverageAnalyzer(radius),
            new CoverageAnalyzer(radius).withNearestForCoveredVillages(false))) {
            assertTrue(analyzer.analyze(inside, index).villages().stream().allMatch(VillageCoverage::covered));
            assertTrue(analyzer.analyze(outside, index).villages().stream().noneMatch(VillageCoverage::covered));
        }
        assertTrue(inside.stream().allMatch(v -> index.anyWithin(v.lon(), v.lat(), radius)));
        assertTrue(outside.stream().noneMatch(v -> index.anyWithin(v.lon(), v.lat(), radius)));
    }
}
