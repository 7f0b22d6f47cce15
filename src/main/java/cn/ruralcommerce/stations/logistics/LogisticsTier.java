package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.region.RegionLevel;

import java.util.Arrays;
import java.util.Locale;

/** Tiers of the county-township-village logistics system (县乡村三级物流配送体系) and the division each sits in. */
public enum LogisticsTier {
    /** County hub / distribution centre (县级物流配送中心). */
    COUNTY_HUB(RegionLevel.COUNTY),
    /** Township transfer station (乡镇中转站). */
    TOWNSHIP_TRANSFER(RegionLevel.TOWNSHIP),
    /** Village delivery point (村级配送点). */
    VILLAGE_POINT(RegionLevel.VILLAGE);

    private final RegionLevel level;

    LogisticsTier(RegionLevel level) {
        this.level = level;
    }

    public RegionLevel level() {
        return level;
    }

    /** The tier of the upstream node, or null for a hub. */
    public LogisticsTier parentTier() {
        return this == COUNTY_HUB ? null : values()[ordinal() - 1];
    }

    public static LogisticsTier parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("物流层级 '" + value + "' 不在可选范围：" + Arrays.toString(values()));
        }
    }
}
