package cn.ruralcommerce.stations.logistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A logistics node as the API shows it (CGCS2000 lon/lat, times in the bureau's zone). */
@Serdeable
public record LogisticsNodeView(
        String code,
        @Nullable String name,
        LogisticsTier tier,
        String regionCode,
        String countyCode,
        double lon,
        double lat,
        List<String> carriers,
        @Nullable String stationCode,
        @Nullable String parentCode,
        boolean crossCounty,
        OffsetDateTime updatedAt) {

    public static LogisticsNodeView of(LogisticsNode n, ZoneId zone) {
        return new LogisticsNodeView(n.code(), n.name(), n.tier(), n.regionCode(), n.countyCode(), n.lon(), n.lat(),
                Carriers.split(n.carriers()), n.stationCode(), n.parentCode(), n.crossCounty(),
                n.updatedAt().atZone(zone).toOffsetDateTime());
    }
}
