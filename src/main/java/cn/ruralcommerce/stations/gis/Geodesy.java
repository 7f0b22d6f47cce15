package cn.ruralcommerce.stations.gis;

import net.sf.geographiclib.Geodesic;

/**
 * Distances on the CGCS2000 ellipsoid: exact geodesics via GeographicLib and a fast local approximation.
 */
public final class Geodesy {

    /** CGCS2000 semi-major axis, metres. */
    public static final double CGCS2000_A = 6378137.0;
    /** CGCS2000 flattening (WGS 84 has 1/298.257223563). */
    public static final double CGCS2000_F = 1.0 / 298.257222101;
    /** First eccentricity squared, e² = f(2 − f). */
    private static final double E2 = CGCS2000_F * (2 - CGCS2000_F);
    /** Smallest meridian radius of curvature (at the equator), a(1 − e²), metres. */
    private static final double MIN_MERIDIAN_RADIUS = CGCS2000_A * (1 - E2);

    private static final Geodesic CGCS2000 = new Geodesic(CGCS2000_A, CGCS2000_F);

    private Geodesy() {
    }

    /** Geodesic (shortest path on the ellipsoid) distance in metres; accurate to nanometres. */
    public static double distanceMetres(LonLat from, LonLat to) {
        return distanceMetres(from.lon(), from.lat(), to.lon(), to.lat());
    }

    /** Geodesic distance in metres between two lon/lat points given in degrees. */
    public static double distanceMetres(double lon1, double lat1, double lon2, double lat2) {
        // GeographicLib takes latitude first
        return CGCS2000.Inverse(lat1, lon1, lat2, lon2).s12;
    }

    /**
     * Equirectangular distance in metres using the ellipsoid's meridian and prime-vertical radii at the
     * mean latitude: within 0.1 % of the geodesic below ~50 km away from the poles; meant for
     * pre-filtering candidates before {@link #distanceMetres}.
     */
    public static double approximateMetres(LonLat from, LonLat to) {
        double meanLat = Math.toRadians((from.lat() + to.lat()) / 2);
        double sin = Math.sin(meanLat);
        double w2 = 1 - E2 * sin * sin;
        double meridianRadius = CGCS2000_A * (1 - E2) / (w2 * Math.sqrt(w2));
        double primeVerticalRadius = CGCS2000_A / Math.sqrt(w2);
        double dLon = Math.abs(to.lon() - from.lon());
        if (dLon > 180) {
            dLon = 360 - dLon; // across the antimeridian
        }
        double north = Math.toRadians(to.lat() - from.lat()) * meridianRadius;
        double east = Math.toRadians(dLon) * primeVerticalRadius * Math.cos(meanLat);
        return Math.hypot(north, east);
    }

    /**
     * Degrees of latitude spanned by {@code metres} north-south, rounded up: uses the smallest meridian
     * radius, so a bounding box built from it always contains the circle (over-wide by at most 1 %).
     */
    public static double degreesLatForMetres(double metres) {
        return Math.toDegrees(metres / MIN_MERIDIAN_RADIUS);
    }

    /**
     * Degrees of longitude spanned by {@code metres} east-west at latitude {@code lat} (degrees), rounded
     * up by using the equatorial radius; pass the box's latitude furthest from the equator. Returns 360
     * near the poles, where any longitude may be within reach.
     */
    public static double degreesLonForMetres(double metres, double lat) {
        double parallelRadius = CGCS2000_A * Math.cos(Math.toRadians(lat));
        if (parallelRadius <= metres) {
            return 360.0;
        }
        return Math.min(360.0, Math.toDegrees(metres / parallelRadius));
    }
}
