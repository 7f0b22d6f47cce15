package cn.ruralcommerce.stations.coverage.core;

import java.util.Objects;

/**
 * A service station counted for coverage: a unique code, its tier and its point.
 *
 * @param code station code, unique within one {@link SiteIndex}
 * @param tier station tier
 * @param lon  longitude in degrees east, CGCS2000
 * @param lat  latitude in degrees north, CGCS2000
 */
public record Site(String code, SiteTier tier, double lon, double lat) {

    public Site {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(tier, "tier");
        Points.requireLonLat(lon, lat, code);
    }

    /** A village service point at the given point. */
    public static Site villageStation(String code, double lon, double lat) {
        return new Site(code, SiteTier.VILLAGE_STATION, lon, lat);
    }
}
