package cn.ruralcommerce.stations.coverage.core;

import cn.ruralcommerce.stations.gis.Geodesy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * Test fixtures and independent brute-force references (all pairs, GeographicLib via the gis package).
 */
final class CoverageFixture {

    static final Geodesic CGCS2000 = new Geodesic(Geodesy.CGCS2000_A, Geodesy.CGCS2000_F);

    private CoverageFixture() {
    }

    static Village villageAt(String code, double lon, double lat) {
        return new Village(code, "T1", lon, lat, 1000, false);
    }

    static Site siteAt(String code, double lon, double lat) {
        return Site.villageStation(code, lon, lat);
    }

    /** The point {@code metres} from (lon, lat) along the geodesic with the given azimuth (degrees). */
    static double[] direct(double lon, double lat, double azimuth, double metres) {
        GeodesicData d = CGCS2000.Direct(lat, lon, azimuth, metres);
        return new double[] {d.lon2, d.lat2};
    }

    static List<Site> randomSites(long seed, int n, double minLon, double minLat, double maxLon, double maxLat) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Site> sites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sites.add(siteAt(String.format("R%05d", i), minLon + random.nextDouble() * (maxLon - minLon),
                minLat + random.nextDouble() * (maxLat - minLat)));
        }
        return sites;
    }

    /** Brute-force nearest site (exact geodesic via Geodesy; ties to the smaller code), or null. */
    static SiteDistance bruteNearest(List<Site> sites, double lon, double lat) {
        SiteDistance best = null;
        for (Site site : sites) {
            double d = Geodesy.distanceMetres(lon, lat, site.lon(), site.lat());
            if (best == null || d < best.metres() || d == best.metres() && site.code().compareTo(best.site().code()) < 0) {
                best = new SiteDistance(site, d);
            }
        }
        return best;
    }

    /** Brute-force count of sites within {@code metres} (inclusive). */
    static int bruteCountWithin(List<Site> sites, double lon, double lat, double metres) {
        int count = 0;
        for (Site site : sites) {
            if (Geodesy.distanceMetres(lon, lat, site.lon(), site.lat()) <= metres) {
                count++;
            }
        }
        return count;
    }
}
