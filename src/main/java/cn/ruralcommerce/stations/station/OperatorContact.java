package cn.ruralcommerce.stations.station;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The station operator (站长): personal data, shown only to ADMIN, the county's BUREAU and the operator. */
@Serdeable
public record OperatorContact(
        @Nullable @Size(max = 50) String name,
        @Nullable @Pattern(regexp = "\\+?[0-9][0-9 -]{4,24}", message = "must be a phone number (digits, spaces, -)") String phone) {
}
