package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.cache.ExpiringCache;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.changelog.NetworkChangedEvent;
import cn.ruralcommerce.stations.sales.StationFacts;
import cn.ruralcommerce.stations.sales.StationGate;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What sales need of the registry: a station's location and whether it was ACTIVE on a day, from its
 * lifecycle history. Histories are cached for two seconds and dropped at once on local changes, so a
 * burst of sales reads each station once.
 */
@Singleton
public class RegistryStationGate implements StationGate {
    private static final long TTL_NANOS = 2_000_000_000L;

    private record Entry(Optional<Station> station, List<StationStatusChange> history) {
    }

    private final StationRepository stations;
    private final StationStatusChangeRepository changes;
    private final ExpiringCache<String, Entry> cache = new ExpiringCache<>(TTL_NANOS);

    public RegistryStationGate(StationRepository stations, StationStatusChangeRepository changes) {
        this.stations = stations;
        this.changes = changes;
    }

    @Override
    public Optional<StationFacts> find(String stationCode) {
        return entry(stationCode).station().map(s -> new StationFacts(s.code(), s.regionCode(), s.countyCode()));
    }

    @Override
    public boolean activeOn(String stationCode, LocalDate day) {
        return entry(stationCode).history().stream()
                .filter(c -> !c.effectiveOn().isAfter(day))
                .max(Comparator.comparing(StationStatusChange::effectiveOn).thenComparing(c -> c.id() == null ? 0 : c.id()))
                .map(c -> c.status() == StationStatus.ACTIVE)
                .orElse(false);
    }

    @Override
    public Optional<LocalDate> openedOn(String stationCode) {
        return entry(stationCode).history().stream()
                .filter(c -> c.status() == StationStatus.ACTIVE)
                .map(StationStatusChange::effectiveOn)
                .min(Comparator.naturalOrder());
    }

    @EventListener
    void onChange(NetworkChangedEvent event) {
        if (ChangeRecorder.STATION.equals(event.entityType())) {
            event.entityIds().forEach(cache::remove);
        }
    }

    private Entry entry(String code) {
        return cache.get(code, c -> {
            Optional<Station> station = stations.findById(c);
            return new Entry(station, station.isPresent() ? changes.findHistory(c) : List.of());
        });
    }
}
