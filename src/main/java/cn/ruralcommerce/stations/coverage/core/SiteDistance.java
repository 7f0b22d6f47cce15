package cn.ruralcommerce.stations.coverage.core;

/**
 * A site and its geodesic distance from a query point.
 *
 * @param site   the site
 * @param metres geodesic distance on the CGCS2000 ellipsoid, metres
 */
public record SiteDistance(Site site, double metres) {

    /** The nearer of two results, either possibly null; equal distances go to the smaller code. */
    static SiteDistance nearer(SiteDistance a, SiteDistance b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.metres() != b.metres()) {
            return a.metres() < b.metres() ? a : b;
        }
        return a.site().code().compareTo(b.site().code()) <= 0 ? a : b;
    }
}
