package cn.ruralcommerce.stations.support;

import cn.ruralcommerce.stations.sales.StationFacts;
import cn.ruralcommerce.stations.sales.StationGate;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test stand-in for the station registry: stations held in memory, each ACTIVE over a day range. */
@Singleton
@Replaces(StationGate.class)
@Requires(property = "test.fake-station-gate", value = "true")
public class FakeStationGate implements StationGate {
    private record Entry(StationFacts facts, LocalDate activeFrom, LocalDate activeTo) {
    }

    private final Map<String, Entry> stations = new ConcurrentHashMap<>();

    /** Adds or replaces a station ACTIVE from one day to another (inclusive). */
    public void put(String code, String regionCode, LocalDate activeFrom, LocalDate activeTo) {
        stations.put(code, new Entry(new StationFacts(code, regionCode, regionCode.substring(0, 6)), activeFrom, activeTo));
    }

    @Override
    public Optional<StationFacts> find(String stationCode) {
        return Optional.ofNullable(stations.get(stationCode)).map(Entry::facts);
    }

    @Override
    public Optional<LocalDate> openedOn(String stationCode) {
        return Optional.ofNullable(stations.get(stationCode)).map(Entry::activeFrom);
    }

    @Override
    public boolean activeOn(String stationCode, LocalDate day) {
        Entry e = stations.get(stationCode);
        return e != null && !day.isBefore(e.activeFrom()) && !day.isAfter(e.activeTo());
    }
}
