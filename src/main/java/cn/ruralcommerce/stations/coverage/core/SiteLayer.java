package cn.ruralcommerce.stations.coverage.core;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable grid of sites answering radius queries with geodesic distances; sites whose number is set
 * in a caller's {@code removed} mask are skipped, so one layer serves many index versions. Queries take
 * the query point both as lon/lat degrees and as ECEF metres ({@link Points#ecef}).
 */
final class SiteLayer {

    static final SiteLayer EMPTY = of(List.of());

    final Site[] sites;
    final PointGrid grid;

    private SiteLayer(Site[] sites) {
        this.sites = sites;
        double[] lon = new double[sites.length];
        double[] lat = new double[sites.length];
        for (int i = 0; i < sites.length; i++) {
            lon[i] = sites[i].lon();
            lat[i] = sites[i].lat();
        }
        this.grid = PointGrid.build(lon, lat, sites.length);
    }

    static SiteLayer of(List<Site> sites) {
        return new SiteLayer(sites.toArray(new Site[0]));
    }

    /** Site number by code. */
    Map<String, Integer> numbersByCode() {
        Map<String, Integer> numbers = new HashMap<>(sites.length * 2);
        for (int i = 0; i < sites.length; i++) {
            numbers.put(sites[i].code(), i);
        }
        return numbers;
    }

    /**
     * The nearest site not in {@code removed} whose geodesic distance is at most {@code metres}, or null;
     * equal distances go to the smaller code.
     */
    SiteDistance nearestWithin(double lon, double lat, double[] query, double metres, BitSet removed) {
        int[] box = new int[4];
        if (!grid.box(lon, lat, metres, box)) {
            return null;
        }
        // long searches cannot trust the chord bound: confirm every site by its geodesic
        boolean exactOnly = metres > Points.CHORD_VALID_METRES;
        // pass 1: chords; keep the slots that may still be the nearest
        int[] keep = new int[8];
        double[] keepChord = new double[8];
        int kept = 0;
        double bestUpper = Double.POSITIVE_INFINITY;
        for (int row = box[2]; row <= box[3]; row++) {
            int end = grid.cellStart[row * grid.cols + box[1] + 1];
            for (int slot = grid.cellStart[row * grid.cols + box[0]]; slot < end; slot++) {
                double chord = Points.chord(query, 0, grid.xyz, 3 * slot);
                double lower = Points.lowerBound(chord);
                if (lower > metres || lower > bestUpper || removed != null && removed.get(grid.ids[slot])) {
                    continue;
                }
                if (!exactOnly) {
                    bestUpper = Math.min(bestUpper, Points.upperBound(chord));
                }
                if (kept == keep.length) {
                    keep = Arrays.copyOf(keep, kept * 2);
                    keepChord = Arrays.copyOf(keepChord, kept * 2);
                }
                keep[kept] = slot;
                keepChord[kept++] = chord;
            }
        }
        // pass 2: exact geodesics for the survivors
        Site best = null;
        double bestMetres = Double.POSITIVE_INFINITY;
        for (int k = 0; k < kept; k++) {
            if (Points.lowerBound(keepChord[k]) > bestUpper) {
                continue;
            }
            int slot = keep[k];
            double d = Points.geodesicMetres(lon, lat, grid.lons[slot], grid.lats[slot]);
            Site site = sites[grid.ids[slot]];
            if (d <= metres && (d < bestMetres || d == bestMetres && site.code().compareTo(best.code()) < 0)) {
                best = site;
                bestMetres = d;
            }
        }
        return best == null ? null : new SiteDistance(best, bestMetres);
    }

    /** Whether any site not in {@code removed} lies within {@code metres} (geodesic, inclusive). */
    boolean anyWithin(double lon, double lat, double[] query, double metres, BitSet removed) {
        int[] box = new int[4];
        if (!grid.box(lon, lat, metres, box)) {
            return false;
        }
        for (int row = box[2]; row <= box[3]; row++) {
            int end = grid.cellStart[row * grid.cols + box[1] + 1];
            for (int slot = grid.cellStart[row * grid.cols + box[0]]; slot < end; slot++) {
                if ((removed == null || !removed.get(grid.ids[slot])) && Points.within(Points.chord(query, 0,
                    grid.xyz, 3 * slot), metres, lon, lat, grid.lons[slot], grid.lats[slot])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds every site not in {@code removed} within {@code metres} (geodesic, inclusive) to {@code out}. */
    void collectWithin(double lon, double lat, double[] query, double metres, BitSet removed, List<SiteDistance> out) {
        int[] box = new int[4];
        if (!grid.box(lon, lat, metres, box)) {
            return;
        }
        for (int row = box[2]; row <= box[3]; row++) {
            int end = grid.cellStart[row * grid.cols + box[1] + 1];
            for (int slot = grid.cellStart[row * grid.cols + box[0]]; slot < end; slot++) {
                if ((removed == null || !removed.get(grid.ids[slot]))
                    && Points.lowerBound(Points.chord(query, 0, grid.xyz, 3 * slot)) <= metres) {
                    double d = Points.geodesicMetres(lon, lat, grid.lons[slot], grid.lats[slot]);
                    if (d <= metres) {
                        out.add(new SiteDistance(sites[grid.ids[slot]], d));
                    }
                }
            }
        }
    }
}
