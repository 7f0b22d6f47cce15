package cn.ruralcommerce.stations.coverage.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable spatial index of sites with geodesic nearest and radius queries; {@link #with} returns a new
 * version sharing the bulk grid, holding changes in a small overlay until they are worth a rebuild.
 *
 * <p>Safe to share between threads. The service keeps one current version (e.g. in a volatile field)
 * and swaps in {@code index.with(changed, removed)} as stations change; what-if analyses use the same call.
 */
public final class SiteIndex {

    /** Start radius of the expanding nearest search, metres. */
    private static final double FIRST_SEARCH_METRES = 5_000;
    /** Beyond this every point on the ellipsoid is within reach, metres (half the meridian is 20,004 km). */
    private static final double WHOLE_EARTH_METRES = 2.1e7;

    private final SiteLayer base;
    private final Map<String, Integer> baseNumbers;
    /** Base site numbers that are closed or replaced in this version; null when none. */
    private final BitSet removed;
    private final Map<String, Site> added;
    private final SiteLayer addedLayer;
    private final int size;

    private SiteIndex(SiteLayer base, Map<String, Integer> baseNumbers, BitSet removed, Map<String, Site> added) {
        this.base = base;
        this.baseNumbers = baseNumbers;
        this.removed = removed == null || removed.isEmpty() ? null : removed;
        this.added = added;
        this.addedLayer = added.isEmpty() ? SiteLayer.EMPTY : SiteLayer.of(new ArrayList<>(added.values()));
        this.size = base.sites.length - (this.removed == null ? 0 : this.removed.cardinality()) + added.size();
    }

    /** Builds an index; a later site with the same code as an earlier one replaces it. */
    public static SiteIndex of(Collection<Site> sites) {
        Map<String, Site> byCode = new LinkedHashMap<>();
        for (Site site : sites) {
            byCode.put(site.code(), site);
        }
        SiteLayer layer = SiteLayer.of(new ArrayList<>(byCode.values()));
        return new SiteIndex(layer, layer.numbersByCode(), null, Map.of());
    }

    /**
     * A new version with {@code removedCodes} closed and then {@code sites} added; an added site whose
     * code is present replaces (moves) it. Unknown removed codes are ignored. Cost is O(changes held in
     * the overlay) until they reach 1/32 of the index (at least 1,024), when the version is rebuilt.
     */
    public SiteIndex with(Collection<Site> sites, Collection<String> removedCodes) {
        BitSet nextRemoved = removed == null ? new BitSet() : (BitSet) removed.clone();
        Map<String, Site> nextAdded = new LinkedHashMap<>(added);
        for (String code : removedCodes) {
            drop(code, nextRemoved, nextAdded);
        }
        for (Site site : sites) {
            drop(site.code(), nextRemoved, nextAdded);
            nextAdded.put(site.code(), site);
        }
        int changes = nextRemoved.cardinality() + nextAdded.size();
        SiteIndex next = new SiteIndex(base, baseNumbers, nextRemoved, nextAdded);
        return changes > Math.max(1024, base.sites.length / 32) ? of(next.sites()) : next;
    }

    private void drop(String code, BitSet nextRemoved, Map<String, Site> nextAdded) {
        if (nextAdded.remove(code) == null) {
            Integer number = baseNumbers.get(code);
            if (number != null) {
                nextRemoved.set(number);
            }
        }
    }

    /** Number of sites in this version. */
    public int size() {
        return size;
    }

    /** The site with this code in this version. */
    public Optional<Site> site(String code) {
        Site site = added.get(code);
        if (site != null) {
            return Optional.of(site);
        }
        Integer number = baseNumbers.get(code);
        return number == null || removed != null && removed.get(number)
            ? Optional.empty() : Optional.of(base.sites[number]);
    }

    /** All sites of this version, in no particular order. */
    public List<Site> sites() {
        List<Site> all = new ArrayList<>(size);
        for (int i = 0; i < base.sites.length; i++) {
            if (removed == null || !removed.get(i)) {
                all.add(base.sites[i]);
            }
        }
        all.addAll(added.values());
        return all;
    }

    /** The nearest site at any distance (exact geodesic, ties to the smaller code), or null when empty. */
    public SiteDistance nearest(double lon, double lat) {
        return nearest(lon, lat, FIRST_SEARCH_METRES, Double.POSITIVE_INFINITY);
    }

    /**
     * The nearest site within {@code maxMetres} or null, searching first {@code firstMetres} around the
     * point and doubling the radius until a site is found; pass the coverage radius as {@code firstMetres}.
     */
    public SiteDistance nearest(double lon, double lat, double firstMetres, double maxMetres) {
        if (size == 0) {
            return null;
        }
        double[] query = Points.ecef(lon, lat);
        double metres = Math.min(firstMetres, maxMetres);
        while (true) {
            SiteDistance best = SiteDistance.nearer(base.nearestWithin(lon, lat, query, metres, removed),
                addedLayer.nearestWithin(lon, lat, query, metres, null));
            if (best != null || metres >= maxMetres || metres > WHOLE_EARTH_METRES) {
                return best;
            }
            metres = Math.min(metres * 2, maxMetres);
        }
    }

    /** Whether any site lies within {@code metres} (geodesic, inclusive). */
    public boolean anyWithin(double lon, double lat, double metres) {
        double[] query = Points.ecef(lon, lat);
        return base.anyWithin(lon, lat, query, metres, removed)
            || addedLayer.anyWithin(lon, lat, query, metres, null);
    }

    /** Every site within {@code metres} (geodesic, inclusive), nearest first. */
    public List<SiteDistance> within(double lon, double lat, double metres) {
        List<SiteDistance> out = new ArrayList<>();
        double[] query = Points.ecef(lon, lat);
        base.collectWithin(lon, lat, query, metres, removed, out);
        addedLayer.collectWithin(lon, lat, query, metres, null, out);
        out.sort(Comparator.comparingDouble(SiteDistance::metres).thenComparing(d -> d.site().code()));
        return out;
    }
}
