package cn.ruralcommerce.stations.security;

import java.util.Optional;

/** Where a station lies, so operator accounts can be scoped and county bureaus can manage them. */
public interface StationDirectory {
    /** The region code of the station's location, or empty when there is no such station. */
    Optional<String> regionCodeOf(String stationCode);
}
