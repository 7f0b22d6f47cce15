package cn.ruralcommerce.stations.coverage;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Which stations sold in a period, for "effective" coverage (a station that does not sell serves nobody). */
public interface LastSaleDates {
    /** Codes of stations with net sales on some day from..to, or empty when no sales ledger is installed. */
    Optional<Set<String>> stationsSellingBetween(LocalDate from, LocalDate to);
}
