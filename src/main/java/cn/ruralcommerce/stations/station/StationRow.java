package cn.ruralcommerce.stations.station;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One parsed row of a station file with coordinates already in CGCS2000. Optional columns that the file
 * lacks leave a stored station's values alone; a present but blank cell clears the value. The dates of a
 * stored station change only through its lifecycle (see {@link StationImportPlan}).
 */
public record StationRow(
        int row,
        String code,
        String name,
        StationTier tier,
        String regionCode,
        double lon,
        double lat,
        @Nullable StationStatus status,
        @Nullable LocalDate openedOn,
        @Nullable LocalDate closedOn,
        @Nullable String address,
        @Nullable String services,
        @Nullable Integer floorArea,
        @Nullable String openingHours,
        @Nullable String operatorName,
        @Nullable String operatorPhone,
        @Nullable Boolean allowUrban) {

    /** The station this row describes, over the stored one (or a new one), keeping the stored status. */
    public Station merge(@Nullable Station stored, Set<String> columns, Instant now) {
        boolean isNew = stored == null;
        return new Station(code, name, tier, regionCode, regionCode.substring(0, 6), lon, lat,
                pick(columns, "address", address, isNew ? null : stored.address()),
                pick(columns, "operator_name", operatorName, isNew ? null : stored.operatorName()),
                pick(columns, "operator_phone", operatorPhone, isNew ? null : stored.operatorPhone()),
                pick(columns, "services", services, isNew ? null : stored.services()),
                pick(columns, "floor_area", floorArea, isNew ? null : stored.floorArea()),
                pick(columns, "opening_hours", openingHours, isNew ? null : stored.openingHours()),
                isNew ? initialStatus() : stored.status(),
                isNew ? openedOn : stored.openedOn(),
                isNew ? closedOn : stored.closedOn(),
                Boolean.TRUE.equals(pick(columns, "allow_urban", allowUrban, isNew ? null : stored.allowUrban())),
                isNew ? now : stored.createdAt(), now);
    }

    /** The status of a new station: as given, else ACTIVE with an opening date, else PLANNED. */
    public StationStatus initialStatus() {
        if (status != null) {
            return status;
        }
        return openedOn != null ? StationStatus.ACTIVE : StationStatus.PLANNED;
    }

    private static <T> T pick(Set<String> columns, String column, @Nullable T value, @Nullable T stored) {
        return columns.contains(column) ? value : stored;
    }
}
