package cn.ruralcommerce.stations.station;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A station to create or (with PUT, code from the path) replace. Tier, status and crs are names checked by
 * the service; lon/lat are in {@code crs} (default CGCS2000). {@code allowUrban} lets a village station sit
 * in an urban community. On update, status changes go through the status endpoint, and the optional fields
 * (address, services, floorArea, openingHours, operator, allowUrban) that are left out keep their stored value;
 * send an empty value ("", [], {}) to clear one.
 */
@Serdeable
public record StationRequest(
        @Nullable @Size(max = 32) String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank String tier,
        @NotBlank String regionCode,
        @NotNull @Min(-180) @Max(180) Double lon,
        @NotNull @Min(-90) @Max(90) Double lat,
        @Nullable String crs,
        @Nullable @Size(max = 200) String address,
        @Nullable String status,
        @Nullable LocalDate openedOn,
        @Nullable LocalDate closedOn,
        @Nullable List<String> services,
        @Nullable @Min(0) Integer floorArea,
        @Nullable @Size(max = 100) String openingHours,
        @Nullable @Valid OperatorContact operator,
        @Nullable Boolean allowUrban) {
}
