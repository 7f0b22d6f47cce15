package cn.ruralcommerce.stations.coverage.bench;

import cn.ruralcommerce.stations.coverage.core.Site;
import cn.ruralcommerce.stations.coverage.core.SiteIndex;
import cn.ruralcommerce.stations.coverage.core.Village;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heap held by the coverage service's in-memory copies at national scale: the village snapshot
 * (villages in code order, their codes and names) and today's active stations (code → site and region,
 * and one spatial index over them). Prints the retained heap after a full GC.
 * Run: {@code ./mvnw -q compile exec:exec -Dexec.mainClass=cn.ruralcommerce.stations.coverage.bench.CoverageMemoryBench}
 * (VILLAGES and STATIONS override the counts).
 */
public final class CoverageMemoryBench {
    private static final long MB = 1024 * 1024;

    private CoverageMemoryBench() {
    }

    /** What the service holds: names as long as real ones (e.g. 中渡村村民委员会), region codes per station. */
    private record Held(Village[] villages, String[] codes, Map<String, String> names, Map<String, Site> stations,
                        Map<String, String> stationRegions, SiteIndex index) {
    }

    public static void main(String[] args) {
        int villageCount = Integer.parseInt(System.getenv().getOrDefault("VILLAGES", "490000"));
        int stationCount = Integer.parseInt(System.getenv().getOrDefault("STATIONS", "263000"));
        long before = usedAfterGc();
        List<Village> villages = NationalVillages.generate(villageCount, 7L);
        Village[] sorted = villages.toArray(Village[]::new);
        Arrays.sort(sorted, java.util.Comparator.comparing(Village::code));
        String[] codes = Arrays.stream(sorted).map(Village::code).toArray(String[]::new);
        Map<String, String> names = new HashMap<>();
        for (Village v : sorted) {
            names.put(v.code(), "村" + v.code().substring(v.code().length() - 6) + "村民委员会");
        }
        List<Site> sites = StationPlacement.villageStations(villages, Math.min(1.0, stationCount / (double) villageCount), 300, 7L);
        Map<String, Site> stations = new HashMap<>();
        Map<String, String> regions = new HashMap<>();
        for (Site site : sites) {
            stations.put(site.code(), site);
            regions.put(site.code(), site.code().substring(1));
        }
        Held held = new Held(sorted, codes, names, stations, regions, SiteIndex.of(sites));
        long after = usedAfterGc();
        System.out.printf("villages %,d, active stations %,d: %,d MB retained (%,d bytes per village+station)%n",
                held.villages().length, held.stations().size(), (after - before) / MB,
                (after - before) / (held.villages().length + held.stations().size()));
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
