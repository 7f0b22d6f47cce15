package cn.ruralcommerce.stations.catalog;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A poverty-alleviation product certificate to register (扶贫产品认定). */
@Serdeable
public record CertificateRequest(
        @NotBlank @Size(max = 64) String certificateNo,
        @NotBlank @Size(max = 100) String supplier,
        @NotBlank @Size(max = 100) String productName,
        @NotBlank String categoryCode,
        @NotBlank String countyCode,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo) {
}
