package cn.ruralcommerce.stations.sales;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The port through which sales, households and statistics learn about service stations (服务站点)
 * without depending on the station registry; the registry provides the production implementation.
 */
public interface StationGate {
    /** The station's code, location and county, or empty when no station has the code. */
    Optional<StationFacts> find(String stationCode);

    /** Whether the station was ACTIVE on the (bureau-local) day. */
    boolean activeOn(String stationCode, LocalDate day);

    /** The day the station first became ACTIVE (opened), or empty when it never has. */
    Optional<LocalDate> openedOn(String stationCode);
}
