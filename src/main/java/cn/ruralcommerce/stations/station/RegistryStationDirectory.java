package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.security.StationDirectory;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The station registry as the security module's directory: operator accounts are scoped to registered stations. */
@Singleton
public class RegistryStationDirectory implements StationDirectory {
    private final StationRepository stations;

    public RegistryStationDirectory(StationRepository stations) {
        this.stations = stations;
    }

    @Override
    public Optional<String> regionCodeOf(String stationCode) {
        if (stationCode == null || !StationRules.CODE.matcher(stationCode).matches()) {
            return Optional.empty();
        }
        return stations.findById(stationCode).map(Station::regionCode);
    }
}
