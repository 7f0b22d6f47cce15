package cn.ruralcommerce.stations.logistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A logistics node to create or (PUT, code from the path) replace; lon/lat in {@code crs} (default
 * CGCS2000); {@code crossCounty} allows a parent in another county.
 */
@Serdeable
public record LogisticsNodeRequest(
        @Nullable @Size(max = 32) String code,
        @Nullable @Size(max = 100) String name,
        @NotBlank String tier,
        @NotBlank String regionCode,
        @NotNull @Min(-180) @Max(180) Double lon,
        @NotNull @Min(-90) @Max(90) Double lat,
        @Nullable String crs,
        @Nullable List<String> carriers,
        @Nullable String stationCode,
        @Nullable String parentCode,
        @Nullable Boolean crossCounty) {
}
