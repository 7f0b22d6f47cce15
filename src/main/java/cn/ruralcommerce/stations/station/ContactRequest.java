package cn.ruralcommerce.stations.station;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a station's own operator may change: contact, opening hours and services (replaced as a whole). */
@Serdeable
public record ContactRequest(
        @Nullable @Valid OperatorContact operator,
        @Nullable @Size(max = 100) String openingHours,
        @Nullable List<String> services) {
}
