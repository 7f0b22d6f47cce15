package cn.ruralcommerce.stations.gis;

/**
 * Converts lon/lat between the storage datum CGCS2000 (EPSG:4490) and WGS 84, GCJ-02 and BD-09.
 *
 * <p>CGCS2000 and WGS 84 are treated as identical. Their ellipsoids differ only in flattening
 * (1/298.257222101 vs 1/298.257223563, about 0.1 mm on the ground) and both frames are aligned with
 * ITRF at epoch 2000.0; what separates them today is mainly the few centimetres a year of plate motion
 * since then, which keeps the gap below a metre, far under phone-GPS error and the offsets below.
 * GCJ-02 is the state-mandated offset used by Amap, Tencent and WeChat (≈ 500 m in Chongqing); BD-09
 * adds Baidu's own offset (≈ 1 km in total). Inverses are iterated to 10⁻¹⁰° (≈ 0.01 mm) instead of
 * the common one-step approximation that can be metres off. Outside the mainland bounding box both
 * offsets are identities.
 */
public final class CoordinateConverter {

    private CoordinateConverter() {
    }

    /** Converts a point given in {@code from} to CGCS2000 lon/lat in degrees. */
    public static LonLat toCgcs2000(double lon, double lat, CoordinateSystem from) {
        LonLat input = new LonLat(lon, lat);
        double[] wgs = switch (requireSystem(from)) {
            case CGCS2000, WGS84 -> new double[] {input.lon(), input.lat()};
            case GCJ02 -> ChinaMapOffsets.gcjToWgs(lon, lat);
            case BD09 -> {
                double[] gcj = ChinaMapOffsets.bdToGcj(lon, lat);
                yield ChinaMapOffsets.gcjToWgs(gcj[0], gcj[1]);
            }
        };
        return new LonLat(wgs[0], wgs[1]);
    }

    /** Converts a point given in {@code from} to CGCS2000 lon/lat in degrees. */
    public static LonLat toCgcs2000(LonLat point, CoordinateSystem from) {
        return toCgcs2000(point.lon(), point.lat(), from);
    }

    /** Converts a CGCS2000 point to {@code to}, for example to show it on an Amap (GCJ-02) base map. */
    public static LonLat fromCgcs2000(LonLat point, CoordinateSystem to) {
        double lon = point.lon();
        double lat = point.lat();
        double[] out = switch (requireSystem(to)) {
            case CGCS2000, WGS84 -> new double[] {lon, lat};
            case GCJ02 -> ChinaMapOffsets.wgsToGcj(lon, lat);
            case BD09 -> {
                double[] gcj = ChinaMapOffsets.wgsToGcj(lon, lat);
                yield ChinaMapOffsets.gcjToBd(gcj[0], gcj[1]);
            }
        };
        return new LonLat(out[0], out[1]);
    }

    private static CoordinateSystem requireSystem(CoordinateSystem system) {
        if (system == null) {
            throw new IllegalArgumentException("坐标系必填");
        }
        return system;
    }
}
