package cn.ruralcommerce.stations.coverage.core;

import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.bruteCountWithin;
import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.bruteNearest;
import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.randomSites;
import static cn.ruralcommerce.stations.coverage.core.CoverageFixture.siteAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Index queries and versions against brute-force all-pairs geodesics.
 */
class SiteIndexTest {

    private static final List<Site> SITES = randomSites(7, 1500, 105.5, 29.0, 107.0, 30.0);

    @Test
    void nearestMatchesBruteForceInsideAndOutsideTheSitesBox() {
        SiteIndex index = SiteIndex.of(SITES);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 400; i++) {
            double lon = 105.0 + random.nextDouble() * 2.5; // reaches 0.5° beyond the sites on each side
            double lat = 28.5 + random.nextDouble() * 2.0;
            assertSameNearest(bruteNearest(SITES, lon, lat), index.nearest(lon, lat));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1000, 3000, 5000})
    void radiusQueriesMatchBruteForce(double metres) {
        SiteIndex index = SiteIndex.of(SITES);
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 300; i++) {
            double lon = 105.4 + random.nextDouble() * 1.7;
            double lat = 28.9 + random.nextDouble() * 1.2;
            int expected = bruteCountWithin(SITES, lon, lat, metres);
            assertEquals(expected, index.within(lon, lat, metres).size());
            assertEquals(expected > 0, index.anyWithin(lon, lat, metres));
        }
    }

    @Test
    void findsTheNearestSiteHundredsOfKilometresAway() {
        SiteIndex index = SiteIndex.of(SITES);
        SiteDistance far = index.nearest(116.4, 39.9); // Beijing, about 1,450 km from the sites
        assertSameNearest(bruteNearest(SITES, 116.4, 39.9), far);
        assertTrue(far.metres() > 1_000_000);
        assertNull(index.nearest(116.4, 39.9, 3000, 100_000), "nothing within the cap");
    }

    @Test
    void newVersionsAddRemoveAndMoveSitesWithoutChangingOldOnes() {
        SiteIndex original = SiteIndex.of(SITES);
        List<Site> opened = randomSites(17, 40, 105.5, 29.0, 107.0, 30.0).stream()
            .map(s -> siteAt("N" + s.code(), s.lon(), s.lat())).toList();
        Site moved = siteAt(SITES.get(5).code(), 106.0, 29.5);
        Set<String> closed = Set.of(SITES.get(0).code(), SITES.get(1).code(), "NR00003", "unknown");
        SiteIndex changed = original.with(opened, List.of()).with(List.of(moved), closed);

        List<Site> expected = new ArrayList<>(SITES);
        expected.addAll(opened);
        expected.removeIf(s -> closed.contains(s.code()) || s.code().equals(moved.code()));
        expected.add(moved);
        assertEquals(expected.size(), changed.size());
        assertEquals(SITES.size(), original.size());
        assertEquals(moved, changed.site(moved.code()).orElseThrow());
        assertTrue(changed.site(SITES.get(0).code()).isEmpty());
        assertEquals(SITES.get(0), original.site(SITES.get(0).code()).orElseThrow());
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 150; i++) {
            double lon = 105.5 + random.nextDouble() * 1.5;
            double lat = 29.0 + random.nextDouble();
            assertSameNearest(bruteNearest(expected, lon, lat), changed.nearest(lon, lat));
            assertSameNearest(bruteNearest(SITES, lon, lat), original.nearest(lon, lat));
        }
    }

    @Test
    void manyChangesCompactIntoAnEquivalentIndex() {
        SiteIndex index = SiteIndex.of(SITES);
        List<Site> expected = new ArrayList<>(SITES);
        for (int round = 0; round < 30; round++) {
            List<Site> opened = randomSites(100 + round, 50, 105.5, 29.0, 107.0, 30.0).stream()
                .map(s -> siteAt("N" + s.code(), s.lon(), s.lat())).toList();
            List<String> closed = expected.subList(0, 20).stream().map(Site::code).toList();
            index = index.with(opened, closed);
            expected.removeIf(s -> closed.contains(s.code()) || opened.stream().anyMatch(o -> o.code().equals(s.code())));
            expected.addAll(opened);
        }
        assertEquals(expected.size(), index.size());
        SplittableRandom random = new SplittableRandom(23);
        for (int i = 0; i < 200; i++) {
            double lon = 105.5 + random.nextDouble() * 1.5;
            double lat = 29.0 + random.nextDouble();
            assertSameNearest(bruteNearest(expected, lon, lat), index.nearest(lon, lat));
        }
    }

    @Test
    void emptyIndexHasNoNearestSite() {
        SiteIndex empty = SiteIndex.of(List.of());
        assertNull(empty.nearest(106, 29.5));
        assertFalse(empty.anyWithin(106, 29.5, 1e7));
        assertTrue(empty.within(106, 29.5, 1e7).isEmpty());
        assertEquals(1, empty.with(List.of(siteAt("A", 106, 29.5)), List.of()).size());
    }

    @Test
    void equalDistancesGoToTheSmallerCode() {
        // two sites mirrored about the query's meridian are at exactly the same geodesic distance
        SiteIndex index = SiteIndex.of(List.of(siteAt("B", 106.01, 29.5), siteAt("A", 105.99, 29.5)));
        assertEquals("A", index.nearest(106.0, 29.5).site().code());
    }

    private static void assertSameNearest(SiteDistance expected, SiteDistance actual) {
        assertEquals(expected.site().code(), actual.site().code());
        assertEquals(expected.metres(), actual.metres(), 1e-6);
    }
}
