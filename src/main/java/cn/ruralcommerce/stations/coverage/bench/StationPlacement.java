package cn.ruralcommerce.stations.coverage.bench;

import cn.ruralcommerce.stations.coverage.core.Site;
import cn.ruralcommerce.stations.coverage.core.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * Deterministic synthetic village service points: a seeded share of villages gets one, placed a random
 * few hundred metres from the village point; the draw for a village depends only on its code and the seed.
 */
public final class StationPlacement {

    /** Share of rural villages with a village station in the benchmark network (about 55 %). */
    public static final double DEFAULT_SHARE = 0.55;
    /** Largest offset of a station from its village point, metres. */
    public static final double DEFAULT_MAX_OFFSET_METRES = 300;

    // offsets use WGS 84, which differs from CGCS2000 by far less than a millimetre at these distances

    private StationPlacement() {
    }

    /** Village stations coded {@code "S" + village code} for about {@code share} of the villages. */
    public static List<Site> villageStations(List<Village> villages, double share, double maxOffsetMetres,
                                             long seed) {
        List<Site> sites = new ArrayList<>((int) (villages.size() * share) + 16);
        for (Village village : villages) {
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + village.code().hashCode());
            if (random.nextDouble() >= share) {
                continue;
            }
            GeodesicData moved = Geodesic.WGS84.Direct(village.lat(), village.lon(), random.nextDouble(360),
                random.nextDouble() * maxOffsetMetres);
            sites.add(Site.villageStation("S" + village.code(), moved.lon2, moved.lat2));
        }
        return sites;
    }

    /** Village stations for 55 % of the villages, at most 300 m from their village. */
    public static List<Site> villageStations(List<Village> villages, long seed) {
        return villageStations(villages, DEFAULT_SHARE, DEFAULT_MAX_OFFSET_METRES, seed);
    }

    /** The villages that did not get a station from {@link #villageStations}, in input order. */
    public static List<Village> withoutStation(List<Village> villages, List<Site> stations) {
        java.util.Set<String> served = new java.util.HashSet<>();
        stations.forEach(site -> served.add(site.code().substring(1)));
        return villages.stream().filter(v -> !served.contains(v.code())).toList();
    }
}
