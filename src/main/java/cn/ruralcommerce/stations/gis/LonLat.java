package cn.ruralcommerce.stations.gis;

/**
 * A longitude/latitude pair in decimal degrees, longitude first (x, y), whose datum is given by context.
 *
 * @param lon longitude in degrees east, −180..180
 * @param lat latitude in degrees north, −90..90
 */
public record LonLat(double lon, double lat) {

    public LonLat {
        if (!Double.isFinite(lon) || lon < -180.0 || lon > 180.0) {
            throw new IllegalArgumentException("经度（lon）须为 -180 至 180 之间的度数，收到 " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90.0 || lat > 90.0) {
            throw new IllegalArgumentException("纬度（lat）须为 -90 至 90 之间的度数，收到 " + lat);
        }
    }

    /** The field a bad pair is to be blamed on: "lat" when the latitude is out of range or not finite, else "lon". */
    public static String invalidField(double lon, double lat) {
        return !Double.isFinite(lat) || lat < -90.0 || lat > 90.0 ? "lat" : "lon";
    }

    public static LonLat of(double lon, double lat) {
        return new LonLat(lon, lat);
    }
}
