package cn.ruralcommerce.stations.coverage;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Used when no sales ledger is installed: effective coverage then reports itself unavailable. */
@Singleton
@Secondary
public class NoSalesLedger implements LastSaleDates {
    @Override
    public Optional<Set<String>> stationsSellingBetween(LocalDate from, LocalDate to) {
        return Optional.empty();
    }
}
