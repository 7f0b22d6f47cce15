package cn.ruralcommerce.stations.coverage;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The date of each station's latest logged sale, for "effective" coverage (stations that sell serve someone). */
public interface LastSaleDates {
    /** Last sale date by station code, or empty when no sales ledger is installed. */
    Optional<Map<String, LocalDate>> lastSaleDates();
}
