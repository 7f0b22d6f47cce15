package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.coverage.core.Site;
import cn.ruralcommerce.stations.coverage.core.SiteIndex;
import cn.ruralcommerce.stations.coverage.core.SiteTier;
import cn.ruralcommerce.stations.station.Station;
import cn.ruralcommerce.stations.station.StationQueryService;
import cn.ruralcommerce.stations.station.StationRepository;
import cn.ruralcommerce.stations.station.StationTier;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stations ACTIVE today, held in memory with one spatial index per set of counted tiers and kept
 * current from change notifications; stations active on a past date are read from the lifecycle
 * history on demand (one query) and indexed for that request.
 */
@Singleton
public class ActiveStations {
    /** What coverage needs of a station: its site and the division it is registered in. */
    public record ActiveStation(Site site, String regionCode) {
    }

    private final StationQueryService query;
    private final StationRepository stations;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<Set<SiteTier>, SiteIndex> indexes = new ConcurrentHashMap<>();
    private volatile Map<String, ActiveStation> today;
    private volatile LocalDate loadedFor;

    public ActiveStations(StationQueryService query, StationRepository stations, Clock clock, @Named("bureau") ZoneId zone) {
        this.query = query;
        this.stations = stations;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Stations active on the day (today's from memory), keyed by code. */
    public Map<String, ActiveStation> on(LocalDate day) {
        if (day.equals(today())) {
            return current();
        }
        return toMap(query.activeOn(day, "", null));
    }

    /** The kept spatial index of today's ACTIVE stations of the given tiers. */
    public SiteIndex indexToday(Set<SiteTier> tiers) {
        Set<SiteTier> key = EnumSet.copyOf(tiers);
        SiteIndex index = indexes.get(key);
        if (index != null && today().equals(loadedFor)) {
            return index;
        }
        synchronized (this) {
            Map<String, ActiveStation> active = current();
            return indexes.computeIfAbsent(key, t -> SiteIndex.of(
                    active.values().stream().map(ActiveStation::site).filter(s -> t.contains(s.tier())).toList()));
        }
    }

    /** Re-reads the given stations and updates today's set and the indexes in place. */
    public synchronized void refresh(Collection<String> codes) {
        Map<String, ActiveStation> active = today;
        if (active == null || !today().equals(loadedFor)) {
            reloadAll();
            return;
        }
        Map<String, ActiveStation> next = new HashMap<>(active);
        LocalDate day = today();
        for (String code : codes) {
            next.remove(code);
            stations.findById(code).ifPresent(station -> query.activeOn(day, station.regionCode(), Set.of(station.tier())).stream()
                    .filter(s -> s.code().equals(code))
                    .findFirst()
                    .ifPresent(s -> next.put(code, toActive(s))));
        }
        indexes.replaceAll((tiers, index) -> index.with(
                codes.stream().map(next::get).filter(a -> a != null && tiers.contains(a.site().tier())).map(ActiveStation::site).toList(),
                codes));
        today = next;
    }

    public synchronized void reloadAll() {
        LocalDate day = today();
        today = toMap(query.activeOn(day, "", null));
        loadedFor = day;
        indexes.clear();
    }

    private Map<String, ActiveStation> current() {
        Map<String, ActiveStation> active = today;
        if (active == null || !today().equals(loadedFor)) {
            reloadAll();
            active = today;
        }
        return active;
    }

    private static Map<String, ActiveStation> toMap(List<Station> list) {
        Map<String, ActiveStation> map = new HashMap<>();
        list.forEach(s -> map.put(s.code(), toActive(s)));
        return map;
    }

    private static ActiveStation toActive(Station s) {
        return new ActiveStation(new Site(s.code(), tierOf(s.tier()), s.lon(), s.lat()), s.regionCode());
    }

    public static SiteTier tierOf(StationTier tier) {
        return SiteTier.valueOf(tier.name());
    }
}
