package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A station as the API shows it; {@code operator} is null for callers who may not see personal data. */
@Serdeable
public record StationView(
        String code,
        String name,
        StationTier tier,
        String regionCode,
        String countyCode,
        double lon,
        double lat,
        @Nullable String address,
        @Nullable OperatorContact operator,
        List<String> services,
        @Nullable Integer floorArea,
        @Nullable String openingHours,
        StationStatus status,
        @Nullable LocalDate openedOn,
        @Nullable LocalDate closedOn,
        boolean allowUrban,
        OffsetDateTime updatedAt) {

    public static StationView of(Station s, boolean personal, ZoneId zone) {
        OperatorContact operator = personal && (s.operatorName() != null || s.operatorPhone() != null)
                ? new OperatorContact(s.operatorName(), s.operatorPhone()) : null;
        return new StationView(s.code(), s.name(), s.tier(), s.regionCode(), s.countyCode(), s.lon(), s.lat(),
                s.address(), operator, List.copyOf(s.serviceSet()), s.floorArea(), s.openingHours(), s.status(),
                s.openedOn(), s.closedOn(), s.allowUrban(), s.updatedAt().atZone(zone).toOffsetDateTime());
    }

    /** Personal data is for ADMIN, the BUREAU of the station's county and the station's own operator. */
    public static boolean maySeePersonalData(CurrentUser caller, Station s) {
        return caller.isAdmin()
                || (caller.role() == Role.BUREAU && s.countyCode().equals(caller.scopeCode()))
                || (caller.role() == Role.OPERATOR && s.code().equals(caller.scopeCode()));
    }
}
