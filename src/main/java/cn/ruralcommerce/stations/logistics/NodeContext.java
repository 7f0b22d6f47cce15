package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.region.CountyBoundaries;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.station.Station;
import cn.ruralcommerce.stations.station.StationRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What node rules are checked against, loaded in chunked IN queries: the divisions, boundaries and
 * stations the nodes name, and the stored nodes with their ancestors; nodes of the same file count as known.
 */
public record NodeContext(NodeRules rules, Map<String, LogisticsNode> stored) {
    static final int CHUNK = 1000;

    /** Loads the context for a batch of candidate nodes. */
    @Singleton
    public static class Loader {
        private final RegionRepository regions;
        private final StationRepository stations;
        private final LogisticsNodeRepository nodes;
        private final CountyBoundaries boundaries;
        private final Clock clock;
        private final ZoneId zone;

        public Loader(RegionRepository regions, StationRepository stations, LogisticsNodeRepository nodes,
                      CountyBoundaries boundaries, Clock clock, @jakarta.inject.Named("bureau") ZoneId zone) {
            this.regions = regions;
            this.stations = stations;
            this.nodes = nodes;
            this.boundaries = boundaries;
            this.clock = clock;
            this.zone = zone;
        }

        public NodeContext load(List<LogisticsNode> candidates) {
            Set<String> regionCodes = new HashSet<>();
            Set<String> counties = new HashSet<>();
            Set<String> stationCodes = new HashSet<>();
            Set<String> codes = new HashSet<>();
            Map<String, LogisticsNode> inFile = new HashMap<>();
            for (LogisticsNode n : candidates) {
                regionCodes.add(n.regionCode());
                counties.add(n.countyCode());
                codes.add(n.code());
                inFile.put(n.code(), n);
                if (n.stationCode() != null) {
                    stationCodes.add(n.stationCode());
                }
                if (n.parentCode() != null) {
                    codes.add(n.parentCode());
                }
            }
            Map<String, LogisticsNode> stored = new HashMap<>();
            Set<String> wanted = codes;
            while (!wanted.isEmpty()) {
                Set<String> next = new HashSet<>();
                for (LogisticsNode n : chunked(wanted, nodes::findByCodeIn)) {
                    stored.put(n.code(), n);
                    if (n.parentCode() != null && !stored.containsKey(n.parentCode()) && !wanted.contains(n.parentCode())) {
                        next.add(n.parentCode());
                    }
                }
                wanted = next;
            }
            Map<String, Region> regionMap = new HashMap<>();
            chunked(regionCodes, regions::findByCodeIn).forEach(r -> regionMap.put(r.code(), r));
            Set<String> knownStations = new HashSet<>();
            chunked(stationCodes, stations::findByCodeIn).forEach(s -> knownStations.add(((Station) s).code()));
            Function<String, LogisticsNode> lookup = code -> inFile.containsKey(code) ? inFile.get(code) : stored.get(code);
            NodeRules rules = new NodeRules(regionMap, boundaries.forCounties(counties), LocalDate.now(clock.withZone(zone)),
                    lookup, knownStations::contains);
            return new NodeContext(rules, stored);
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
}
