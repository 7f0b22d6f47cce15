package cn.ruralcommerce.stations.coverage.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A maximal covering instance: the villages no existing site covers (demand, weighted by population) and
 * the candidate sites, with each candidate's covered demand and each demand's covering candidates as
 * compressed sparse rows. Candidates are ordered by code, which makes every tie-break deterministic.
 */
final class CoverProblem {

    final Village[] demand;
    final long[] weight;
    final Candidate[] candidates;
    /** Demand numbers covered by candidate j: {@code covers[coversStart[j]] .. covers[coversStart[j + 1] - 1]}. */
    final int[] coversStart;
    final int[] covers;
    /** Candidate numbers covering demand i, laid out like {@link #covers}. */
    final int[] coveredByStart;
    final int[] coveredBy;
    /** Population of all villages, persons, and of those existing sites already cover. */
    final long totalPopulation;
    final long alreadyCovered;

    private CoverProblem(Village[] demand, Candidate[] candidates, int[][] coverLists, long total, long already) {
        this.demand = demand;
        this.candidates = candidates;
        this.weight = Arrays.stream(demand).mapToLong(Village::population).toArray();
        this.totalPopulation = total;
        this.alreadyCovered = already;
        this.coversStart = new int[candidates.length + 1];
        for (int j = 0; j < candidates.length; j++) {
            coversStart[j + 1] = coversStart[j] + coverLists[j].length;
        }
        this.covers = new int[coversStart[candidates.length]];
        this.coveredByStart = new int[demand.length + 1];
        for (int j = 0; j < candidates.length; j++) {
            System.arraycopy(coverLists[j], 0, covers, coversStart[j], coverLists[j].length);
            for (int i : coverLists[j]) {
                coveredByStart[i + 1]++;
            }
        }
        for (int i = 0; i < demand.length; i++) {
            coveredByStart[i + 1] += coveredByStart[i];
        }
        this.coveredBy = new int[covers.length];
        int[] next = Arrays.copyOf(coveredByStart, demand.length);
        for (int j = 0; j < candidates.length; j++) {
            for (int i : coverLists[j]) {
                coveredBy[next[i]++] = j; // j rises, so each demand's list is sorted
            }
        }
    }

    /**
     * Builds the instance for radius R (metres): demand = villages with no existing site within R;
     * candidate j covers demand i iff their geodesic distance is <= R.
     */
    static CoverProblem build(List<Village> villages, List<Candidate> candidates, SiteIndex existing, double radius) {
        Candidate[] sorted = candidates.toArray(new Candidate[0]);
        Arrays.sort(sorted, Comparator.comparing(Candidate::code));
        Set<String> codes = new HashSet<>();
        for (Candidate c : sorted) {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("candidate code " + c.code() + " appears twice");
            }
        }
        List<Village> open = new ArrayList<>();
        long total = 0;
        long already = 0;
        for (Village v : villages) {
            total += v.population();
            if (existing.anyWithin(v.lon(), v.lat(), radius)) {
                already += v.population();
            } else {
                open.add(v);
            }
        }
        Village[] demand = open.toArray(new Village[0]);
        return new CoverProblem(demand, sorted, coverLists(demand, sorted, radius), total, already);
    }

    private static int[][] coverLists(Village[] demand, Candidate[] candidates, double radius) {
        double[] lon = Arrays.stream(demand).mapToDouble(Village::lon).toArray();
        double[] lat = Arrays.stream(demand).mapToDouble(Village::lat).toArray();
        PointGrid grid = PointGrid.build(lon, lat, demand.length);
        int[][] lists = new int[candidates.length][];
        int[] box = new int[4];
        double[] query = new double[3];
        int[] found = new int[64];
        for (int j = 0; j < candidates.length; j++) {
            Candidate c = candidates[j];
            int n = 0;
            if (grid.box(c.lon(), c.lat(), radius, box)) {
                Points.ecef(c.lon(), c.lat(), query, 0);
                for (int row = box[2]; row <= box[3]; row++) {
                    int end = grid.cellStart[row * grid.cols + box[1] + 1];
                    for (int slot = grid.cellStart[row * grid.cols + box[0]]; slot < end; slot++) {
                        double chord = Points.chord(query, 0, grid.xyz, 3 * slot);
                        if (Points.within(chord, radius, c.lon(), c.lat(), grid.lons[slot], grid.lats[slot])) {
                            found = n == found.length ? Arrays.copyOf(found, 2 * n) : found;
                            found[n++] = grid.ids[slot];
                        }
                    }
                }
            }
            lists[j] = Arrays.copyOf(found, n);
            Arrays.sort(lists[j]);
        }
        return lists;
    }

    /** Population newly covered by opening the given candidates together, persons. */
    long value(int[] selection) {
        boolean[] covered = new boolean[demand.length];
        long value = 0;
        for (int j : selection) {
            for (int p = coversStart[j]; p < coversStart[j + 1]; p++) {
                if (!covered[covers[p]]) {
                    covered[covers[p]] = true;
                    value += weight[covers[p]];
                }
            }
        }
        return value;
    }

    /** Population of the demand that some candidate covers: the most any plan can newly cover. */
    long coverable() {
        long sum = 0;
        for (int i = 0; i < demand.length; i++) {
            sum += coveredByStart[i + 1] > coveredByStart[i] ? weight[i] : 0;
        }
        return sum;
    }
}
