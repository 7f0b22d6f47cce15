package cn.ruralcommerce.stations.coverage;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Used when no sales ledger provides last-sale dates: effective coverage then reports itself unavailable. */
@Singleton
@Secondary
public class NoSalesLedger implements LastSaleDates {
    @Override
    public Optional<Map<String, LocalDate>> lastSaleDates() {
        return Optional.empty();
    }
}
