package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.gis.CoordinateConverter;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.gis.LonLat;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.region.RegionCodes;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** Turns a {@link StationRequest} into a station with CGCS2000 coordinates; bad names are RowExceptions on the field. */
final class StationDraft {
    private StationDraft() {
    }

    static Station from(String code, StationRequest r, StationStatus status, Instant now) {
        StationTier tier = RowException.cell("tier", () -> StationTier.parse(r.tier()));
        String region = region(r.regionCode());
        CoordinateSystem crs = crs(r.crs());
        LonLat point = RowException.cell(LonLat.invalidField(r.lon(), r.lat()), () -> CoordinateConverter.toCgcs2000(r.lon(), r.lat(), crs));
        OperatorContact operator = r.operator();
        return new Station(code.strip(), r.name().strip(), tier, region, region.substring(0, Math.min(6, region.length())),
                point.lon(), point.lat(), blankToNull(r.address()),
                operator == null ? null : blankToNull(operator.name()), operator == null ? null : blankToNull(operator.phone()),
                services(r.services()), r.floorArea(), blankToNull(r.openingHours()), status, r.openedOn(), r.closedOn(),
                Boolean.TRUE.equals(r.allowUrban()), now, now);
    }

    /**
     * An update request whose optional fields left out (null) take the stored value, so a client that does not
     * know a field cannot wipe it; an empty value ({@code ""}, {@code []}, an operator without name and phone)
     * clears it. Floor area can only be replaced, not cleared.
     */
    static StationRequest keepingStored(StationRequest r, Station stored) {
        OperatorContact operator = r.operator() != null ? r.operator()
                : new OperatorContact(stored.operatorName(), stored.operatorPhone());
        return new StationRequest(r.code(), r.name(), r.tier(), r.regionCode(), r.lon(), r.lat(), r.crs(),
                r.address() != null ? r.address() : stored.address(), r.status(), r.openedOn(), r.closedOn(),
                r.services() != null ? r.services() : List.copyOf(stored.serviceSet()),
                r.floorArea() != null ? r.floorArea() : stored.floorArea(),
                r.openingHours() != null ? r.openingHours() : stored.openingHours(), operator,
                r.allowUrban() != null ? r.allowUrban() : stored.allowUrban());
    }

    /** The status a request asks for: named, or ACTIVE when it gives an opening date, else PLANNED. */
    static StationStatus requestedStatus(StationRequest r) {
        if (r.status() == null || r.status().isBlank()) {
            return r.openedOn() != null ? StationStatus.ACTIVE : StationStatus.PLANNED;
        }
        return RowException.cell("status", () -> StationStatus.parse(r.status()));
    }

    static String region(String raw) {
        String code = RegionCodes.normalize(raw).orElseThrow(() ->
                new RowException("regionCode", "'" + raw + "' 不是 6、9 或 12 位的行政区划代码", "'" + raw + "' is not a division code of 6, 9 or 12 digits"));
        if (code.length() < 6) {
            throw new RowException("regionCode", code + " 在区县以上，站点须设在区县、乡镇或行政村", code + " is above county level");
        }
        return code;
    }

    static CoordinateSystem crs(@Nullable String raw) {
        return raw == null || raw.isBlank() ? CoordinateSystem.CGCS2000
                : RowException.cell("crs", () -> CoordinateSystem.parse(raw));
    }

    static String services(@Nullable List<String> services) {
        if (services == null) {
            return null;
        }
        return RowException.cell("services", () -> ServiceOffering.join(ServiceOffering.parseList(String.join(";", services))));
    }

    static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
