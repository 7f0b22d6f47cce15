package cn.ruralcommerce.stations.security;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Used until a station registry provides a directory: knows no stations. */
@Singleton
@Secondary
public class NoStationDirectory implements StationDirectory {
    @Override
    public Optional<String> regionCodeOf(String stationCode) {
        return Optional.empty();
    }
}
