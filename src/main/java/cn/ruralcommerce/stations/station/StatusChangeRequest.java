package cn.ruralcommerce.stations.station;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A lifecycle change: the new status, from which date (default today, Asia/Shanghai) and why. */
@Serdeable
public record StatusChangeRequest(
        @NotBlank String status,
        @Nullable LocalDate effectiveOn,
        @NotBlank @Size(max = 200) String reason) {
}
