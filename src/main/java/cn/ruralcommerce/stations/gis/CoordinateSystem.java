package cn.ruralcommerce.stations.gis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Geographic coordinate systems a request may use (坐标系): the storage datum CGCS2000 and the ones phones report.
 */
public enum CoordinateSystem {

    /** China Geodetic Coordinate System 2000, EPSG:4490: what we store. */
    CGCS2000("EPSG:4490", "CGCS2000", "EPSG:4490", "4490"),
    /** WGS 84, EPSG:4326: GPS receivers, OpenStreetMap; within a metre of CGCS2000. */
    WGS84("EPSG:4326", "WGS84", "WGS-84", "WGS 84", "EPSG:4326", "4326"),
    /** GCJ-02 (国测局坐标, "Mars coordinates"): Amap, Tencent Maps, WeChat; no EPSG code. */
    GCJ02(null, "GCJ02", "GCJ-02", "GCJ02LL"),
    /** BD-09 (百度坐标): Baidu Maps, a further offset on top of GCJ-02; no EPSG code. */
    BD09(null, "BD09", "BD-09", "BD09LL");

    private final String epsgCode;
    private final List<String> aliases;

    CoordinateSystem(String epsgCode, String... aliases) {
        this.epsgCode = epsgCode;
        this.aliases = List.of(aliases);
    }

    /** The EPSG code ("EPSG:4490"), or null for the Chinese obfuscated systems that have none. */
    public String epsgCode() {
        return epsgCode;
    }

    /**
     * Parses a request value case-insensitively, accepting names, EPSG codes and the dashed spellings
     * ("cgcs2000", "EPSG:4326", "4490", "wgs-84", "gcj-02", "bd09", ...).
     *
     * @throws IllegalArgumentException for null, blank or unknown values
     */
    public static CoordinateSystem parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("坐标系必填；" + expected());
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        for (CoordinateSystem system : values()) {
            if (system.aliases.contains(wanted)) {
                return system;
            }
        }
        throw new IllegalArgumentException("未知的坐标系 '" + value.trim() + "'；" + expected());
    }

    private static String expected() {
        return "可选 " + Arrays.stream(values())
                .map(s -> s.epsgCode == null ? s.name() : s.name() + " (" + s.epsgCode + ")")
                .collect(Collectors.joining(", "));
    }
}
