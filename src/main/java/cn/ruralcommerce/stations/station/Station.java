package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A service station of any tier; lon/lat are CGCS2000 degrees, services a ';'-separated sorted list of
 * {@link ServiceOffering} codes, and status the current one (its history is in station_status_change).
 */
@Serdeable
@MappedEntity("station")
public record Station(
        @Id String code,
        String name,
        StationTier tier,
        String regionCode,
        String countyCode,
        double lon,
        double lat,
        @Nullable String address,
        @Nullable String operatorName,
        @Nullable String operatorPhone,
        @Nullable String services,
        @Nullable Integer floorArea,
        @Nullable String openingHours,
        StationStatus status,
        @Nullable LocalDate openedOn,
        @Nullable LocalDate closedOn,
        boolean allowUrban,
        @UtcMillis Instant createdAt,
        @UtcMillis Instant updatedAt) {

    public Set<String> serviceSet() {
        return ServiceOffering.parseList(services);
    }

    /** Whether every attribute but the timestamps equals the other's. */
    public boolean sameAs(Station o) {
        return code.equals(o.code) && name.equals(o.name) && tier == o.tier && regionCode.equals(o.regionCode)
                && lon == o.lon && lat == o.lat && Objects.equals(address, o.address)
                && Objects.equals(operatorName, o.operatorName) && Objects.equals(operatorPhone, o.operatorPhone)
                && Objects.equals(services, o.services) && Objects.equals(floorArea, o.floorArea)
                && Objects.equals(openingHours, o.openingHours) && status == o.status
                && Objects.equals(openedOn, o.openedOn) && Objects.equals(closedOn, o.closedOn)
                && allowUrban == o.allowUrban;
    }

    public Station withStatus(StationStatus newStatus, @Nullable LocalDate opened, @Nullable LocalDate closed, Instant now) {
        return new Station(code, name, tier, regionCode, countyCode, lon, lat, address, operatorName, operatorPhone,
                services, floorArea, openingHours, newStatus, opened, closed, allowUrban, createdAt, now);
    }

    public Station withContact(@Nullable String opName, @Nullable String opPhone, @Nullable String hours,
                               @Nullable String serviceCodes, Instant now) {
        return new Station(code, name, tier, regionCode, countyCode, lon, lat, address, opName, opPhone,
                serviceCodes, floorArea, hours, status, openedOn, closedOn, allowUrban, createdAt, now);
    }

    public Station withCreatedAt(Instant created) {
        return new Station(code, name, tier, regionCode, countyCode, lon, lat, address, operatorName, operatorPhone,
                services, floorArea, openingHours, status, openedOn, closedOn, allowUrban, created, updatedAt);
    }
}
