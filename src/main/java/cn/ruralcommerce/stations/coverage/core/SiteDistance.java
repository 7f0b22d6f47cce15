package cn.ruralcommerce.stations.coverage.core;

/**
 * A site and its geodesic distance from a query point.
 *
 * @param site   the site
 * @param metres geodesic distance on the CGCS2000 ellipsoid, metres
 */
public record SiteDistance(Site site, double metres) {
}
