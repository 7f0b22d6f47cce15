package cn.ruralcommerce.stations.household;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A household to link to a station (利益联结户), or its new details. */
@Serdeable
public record HouseholdRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, _ and - only") String referenceNo,
        @NotBlank @Size(max = 32) String stationCode,
        @NotBlank @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code") String villageCode,
        @NotBlank @Size(max = 50) String headName,
        @Min(1) @Max(30) int size,
        boolean registeredPoor,
        @NotNull LocalDate linkedSince) {
}
