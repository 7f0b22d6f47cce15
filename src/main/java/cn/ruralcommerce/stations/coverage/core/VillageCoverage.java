package cn.ruralcommerce.stations.coverage.core;

/**
 * Geographic coverage of one village: covered when the nearest site is within the radius (distance <= R).
 *
 * @param village               the village
 * @param covered               whether a site lies within the radius
 * @param nearestSiteCode       code of the nearest site, or null when none lies within the search cap (or
 *                              the village is covered and the analyzer skips nearest sites of covered ones)
 * @param nearestDistanceMetres geodesic distance to that site in metres, or null with it
 */
public record VillageCoverage(Village village, boolean covered, String nearestSiteCode,
                              Double nearestDistanceMetres) {

    static VillageCoverage of(Village village, SiteDistance nearest, double radiusMetres) {
        return nearest == null
            ? new VillageCoverage(village, false, null, null)
            : new VillageCoverage(village, nearest.metres() <= radiusMetres, nearest.site().code(), nearest.metres());
    }
}
