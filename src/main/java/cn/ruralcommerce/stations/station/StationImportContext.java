package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.region.BoundaryLookup;
import cn.ruralcommerce.stations.region.CountyBoundaries;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What an import checks its rows against, loaded up front in chunked IN queries (no per-row queries):
 * the divisions and county boundaries the rows name, the stored stations and their last status dates.
 */
public record StationImportContext(StationRules rules, Map<String, Station> stored, Map<String, LocalDate> lastChange,
                                   Set<String> storedLowerCodes) {
    static final int CHUNK = 1000;

    /** Loads the context of a set of rows. */
    @Singleton
    public static class Loader {
        private final RegionRepository regions;
        private final StationRepository stations;
        private final StationStatusChangeRepository history;
        private final CountyBoundaries boundaries;

        public Loader(RegionRepository regions, StationRepository stations, StationStatusChangeRepository history,
                      CountyBoundaries boundaries) {
            this.regions = regions;
            this.stations = stations;
            this.history = history;
            this.boundaries = boundaries;
        }

        StationImportContext load(List<StationRow> rows, LocalDate today) {
            Set<String> regionCodes = new HashSet<>();
            Set<String> counties = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (StationRow row : rows) {
                regionCodes.add(row.regionCode());
                counties.add(row.regionCode().substring(0, 6));
                codes.add(row.code());
            }
            Map<String, Region> regionMap = byKey(regionCodes, regions::findByCodeIn, Region::code);
            Map<String, Station> stored = byKey(codes, stations::findByCodeIn, Station::code);
            Map<String, LocalDate> last = new HashMap<>();
            Set<String> statusChanging = new HashSet<>();
            for (StationRow row : rows) {
                Station current = stored.get(row.code());
                if (current != null && row.status() != null && row.status() != current.status()) {
                    statusChanging.add(row.code());
                }
            }
            for (StationStatusChange change : chunked(statusChanging, history::findByStationCodeIn)) {
                last.merge(change.stationCode(), change.effectiveOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
            BoundaryLookup lookup = boundaries.forCounties(counties);
            Set<String> lower = new HashSet<>();
            codes.forEach(c -> lower.add(c.toLowerCase(java.util.Locale.ROOT)));
            Set<String> storedLower = new HashSet<>();
            chunked(lower, stations::findCodesByLowerCodeIn).forEach(c -> storedLower.add(c.toLowerCase(java.util.Locale.ROOT)));
            return new StationImportContext(new StationRules(regionMap, lookup, today), stored, last, storedLower);
        }
    }

    static <T> List<T> chunked(Collection<String> keys, Function<Collection<String>, List<T>> query) {
        List<String> all = new ArrayList<>(keys);
        List<T> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(query.apply(all.subList(i, Math.min(all.size(), i + CHUNK))));
        }
        return found;
    }

    static <T> Map<String, T> byKey(Collection<String> keys, Function<Collection<String>, List<T>> query,
                                    Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T item : chunked(keys, query)) {
            map.put(key.apply(item), item);
        }
        return map;
    }
}
