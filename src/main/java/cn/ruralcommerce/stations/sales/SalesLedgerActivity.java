package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.coverage.LastSaleDates;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Effective coverage from the sales ledger: the stations with net sales in a period, from the daily summary. */
@Singleton
public class SalesLedgerActivity implements LastSaleDates {
    private final StationLastSaleRepository sales;

    public SalesLedgerActivity(StationLastSaleRepository sales) {
        this.sales = sales;
    }

    @Override
    public Optional<Set<String>> stationsSellingBetween(LocalDate from, LocalDate to) {
        return Optional.of(new HashSet<>(sales.findStationsSellingBetween(from, to)));
    }
}
