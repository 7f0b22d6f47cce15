package cn.ruralcommerce.stations.gis;

/**
 * The published GCJ-02 (国测局) and BD-09 (百度) obfuscation formulas with iterative inverses, all in degrees.
 *
 * <p>Arrays are {lon, lat}. GCJ-02 is computed on the Krasovsky ellipsoid constants that the
 * published algorithm uses; outside the mainland bounding box both offsets are the identity.
 */
final class ChinaMapOffsets {

    /** Krasovsky 1940 semi-major axis in metres, as used by the GCJ-02 algorithm. */
    private static final double KRASOVSKY_A = 6378245.0;
    /** Krasovsky 1940 first eccentricity squared. */
    private static final double KRASOVSKY_EE = 0.00669342162296594323;
    /** Baidu's angular constant: π·3000/180. */
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    /** Inverse iterations stop when the forward image is this close to the input, in degrees (≈ 0.01 mm). */
    private static final double TOLERANCE_DEG = 1e-10;
    private static final int MAX_ITERATIONS = 50;

    private ChinaMapOffsets() {
    }

    /** Whether the point lies outside the rough mainland-China box where the offsets apply. */
    static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    static double[] wgsToGcj(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new double[] {lon, lat};
        }
        double x = lon - 105.0;
        double y = lat - 35.0;
        double radLat = Math.toRadians(lat);
        double sinLat = Math.sin(radLat);
        double magic = 1 - KRASOVSKY_EE * sinLat * sinLat;
        double sqrtMagic = Math.sqrt(magic);
        // the polynomial/sine terms are in metres; divide by the meridian and parallel radii to get degrees
        double dLat = latitudeTerms(x, y) * 180.0 / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
        double dLon = longitudeTerms(x, y) * 180.0 / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {lon + dLon, lat + dLat};
    }

    /** Exact inverse of {@link #wgsToGcj} by fixed-point iteration (the offset's slope is ~10⁻³, so a few steps). */
    static double[] gcjToWgs(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new double[] {lon, lat};
        }
        return invert(lon, lat, true);
    }

    static double[] gcjToBd(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new double[] {lon, lat};
        }
        double z = Math.hypot(lon, lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        return new double[] {z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006};
    }

    /** Inverse of {@link #gcjToBd}, iterated to {@value #TOLERANCE_DEG}° rather than the usual one-step formula. */
    static double[] bdToGcj(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new double[] {lon, lat};
        }
        return invert(lon, lat, false);
    }

    private static double[] invert(double lon, double lat, boolean gcj) {
        double[] guess = gcj ? new double[] {lon, lat} : bdToGcjApproximate(lon, lat);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] image = gcj ? wgsToGcj(guess[0], guess[1]) : gcjToBd(guess[0], guess[1]);
            double dLon = lon - image[0];
            double dLat = lat - image[1];
            guess[0] += dLon;
            guess[1] += dLat;
            if (Math.abs(dLon) < TOLERANCE_DEG && Math.abs(dLat) < TOLERANCE_DEG) {
                break;
            }
        }
        // at the edge of the box the forward map jumps and the loop may not settle; the last guess is the best there is
        return guess;
    }

    /** The widely published one-step BD-09 → GCJ-02 formula, good to about a metre: our starting guess. */
    private static double[] bdToGcjApproximate(double lon, double lat) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.hypot(x, y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new double[] {z * Math.cos(theta), z * Math.sin(theta)};
    }

    private static double latitudeTerms(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double longitudeTerms(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
