package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stands in until the station registry (站点台账) implements {@link StationGate}: every call is a clear 503. */
@Singleton
@Secondary
public class UnavailableStationGate implements StationGate {
    @Override
    public Optional<StationFacts> find(String stationCode) {
        throw unavailable();
    }

    @Override
    public boolean activeOn(String stationCode, LocalDate day) {
        throw unavailable();
    }

    private static ApiException unavailable() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                "station registry unavailable: no StationGate implementation is installed", List.of());
    }
}
