package cn.ruralcommerce.stations.coverage.core;

/**
 * Tier of a service station as the analysis core sees it; the names match the station registry's tiers.
 */
public enum SiteTier {
    /** County public service centre (县级电子商务公共服务中心). */
    COUNTY_CENTER,
    /** Township service station (乡镇服务站). */
    TOWNSHIP_STATION,
    /** Village service point (村级服务站点). */
    VILLAGE_STATION
}
