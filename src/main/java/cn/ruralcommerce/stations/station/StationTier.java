package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.region.RegionLevel;

import java.util.Arrays;
import java.util.Locale;

/** The three tiers of the public service system (电子商务公共服务体系) and the division level each sits in. */
public enum StationTier {
    /** County public service centre (县级电子商务公共服务中心). */
    COUNTY_CENTER(RegionLevel.COUNTY),
    /** Township service station (乡镇服务站). */
    TOWNSHIP_STATION(RegionLevel.TOWNSHIP),
    /** Village service point (村级服务站点), in an administrative village. */
    VILLAGE_STATION(RegionLevel.VILLAGE);

    private final RegionLevel level;

    StationTier(RegionLevel level) {
        this.level = level;
    }

    public RegionLevel level() {
        return level;
    }

    /** Parses a tier name case-insensitively, or throws IllegalArgumentException listing the tiers. */
    public static StationTier parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("站点层级 '" + value + "' 不在可选范围：COUNTY_CENTER（县级服务中心）、TOWNSHIP_STATION（乡镇服务站）、VILLAGE_STATION（村级服务站点）");
        }
    }
}
