package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.config.UtcMillis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** A poverty-alleviation product certificate (扶贫产品认定) issued by a county for a supplier's product in a SMALL category. */
@Serdeable
@MappedEntity("poverty_certificate")
public record PovertyCertificate(
        @Id @GeneratedValue @Nullable Long id,
        String certificateNo,
        String supplier,
        String productName,
        String categoryCode,
        String countyCode,
        LocalDate validFrom,
        LocalDate validTo,
        String createdBy,
        @UtcMillis Instant createdAt) {

    /** Whether the certificate is valid on a day (both ends inclusive). */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
