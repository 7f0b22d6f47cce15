package cn.ruralcommerce.stations.sales;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What sales need of a station (服务站点): its code, the region code where it sits (village,
 * township or county) and its 6-digit county code.
 */
@Serdeable
public record StationFacts(String code, String regionCode, String countyCode) {

    /** The 12-digit village code when the station sits in a village, else "". */
    public String villageCode() {
        return regionCode.length() == 12 ? regionCode : "";
    }

    /** The 9-digit township code when the station sits in a township or village, else "". */
    public String townshipCode() {
        return regionCode.length() >= 9 ? regionCode.substring(0, 9) : "";
    }
}
