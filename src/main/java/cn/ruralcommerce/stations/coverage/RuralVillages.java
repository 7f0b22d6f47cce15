package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.changelog.NetworkChangedEvent;
import cn.ruralcommerce.stations.coverage.core.Village;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rural villages (行政村) with a point, held in memory in code order so that the villages of any
 * division are one contiguous range found by binary search; reloaded when divisions are imported here or,
 * through the change log, on another instance.
 */
@Singleton
public class RuralVillages {
    /** The villages in code order with their names, and the townships in code order. */
    private record Snapshot(Village[] villages, String[] codes, Map<String, String> names,
                            Region[] townships, String[] townshipCodes) {
    }

    private final RegionRepository regions;
    private volatile Snapshot snapshot;

    public RuralVillages(RegionRepository regions) {
        this.regions = regions;
    }

    /** Rural villages whose code starts with the division code, in code order. */
    public List<Village> within(String divisionCode) {
        Snapshot s = current();
        int from = lowerBound(s.codes(), divisionCode);
        int to = from;
        while (to < s.codes().length && s.codes()[to].startsWith(divisionCode)) {
            to++;
        }
        return Arrays.asList(s.villages()).subList(from, to);
    }

    /** Townships whose code starts with the division code (or the division itself when it is a township), in code order. */
    public List<Region> townshipsWithin(String divisionCode) {
        Snapshot s = current();
        String prefix = divisionCode.length() > 9 ? divisionCode.substring(0, 9) : divisionCode;
        int from = lowerBound(s.townshipCodes(), prefix);
        int to = from;
        while (to < s.townshipCodes().length && s.townshipCodes()[to].startsWith(prefix)) {
            to++;
        }
        return divisionCode.length() > 9 ? List.of() : Arrays.asList(s.townships()).subList(from, to);
    }

    public String name(String villageCode) {
        return current().names().get(villageCode);
    }

    /** Divisions written through this instance: reload on next use. */
    @EventListener
    void onRegionsChanged(NetworkChangedEvent event) {
        if (ChangeRecorder.REGION.equals(event.entityType())) {
            reload();
        }
    }

    /** Drops the snapshot so the next use reads the divisions again (also for changes made through other instances). */
    public void reload() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = load();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot load() {
        List<Village> villages = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Region r : regions.findRuralVillages(RegionLevel.VILLAGE)) {
            if (r.lon() == null || r.lat() == null || r.retiredOn() != null) {
                continue;
            }
            villages.add(new Village(r.code(), r.parentCode(), r.lon(), r.lat(),
                    r.population() == null ? 0 : r.population(), r.formerPoverty()));
            names.put(r.code(), r.name());
        }
        Village[] array = villages.toArray(new Village[0]);
        Arrays.sort(array, (a, b) -> a.code().compareTo(b.code()));
        Region[] townships = regions.findByLevelOrderByCode(RegionLevel.TOWNSHIP).stream()
                .filter(t -> t.retiredOn() == null).toArray(Region[]::new);
        return new Snapshot(array, Arrays.stream(array).map(Village::code).toArray(String[]::new), names,
                townships, Arrays.stream(townships).map(Region::code).toArray(String[]::new));
    }

    private static int lowerBound(String[] codes, String key) {
        int low = 0;
        int high = codes.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (codes[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
