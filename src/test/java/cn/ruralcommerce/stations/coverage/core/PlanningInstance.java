package cn.ruralcommerce.stations.coverage.core;

import cn.ruralcommerce.stations.coverage.bench.SyntheticVillages;
import cn.ruralcommerce.stations.gis.Geodesy;
import java.util.List;

/**
 * A small planning instance with an independent brute-force optimum: 60 villages in a 0.2° box, the first
 * 25 of them candidates, 3 existing sites, R = 3 km.
 */
record PlanningInstance(List<Village> villages, List<Candidate> candidates, List<Site> existing) {

    static final double R = 3000;

    static PlanningInstance of(long seed) {
        List<Village> villages = SyntheticVillages.inBox(seed, 60, 106.0, 29.5, 106.2, 29.7);
        List<Site> existing = CoverageFixture.randomSites(seed, 3, 106.0, 29.5, 106.2, 29.7);
        return new PlanningInstance(villages, villages.subList(0, 25).stream().map(Candidate::of).toList(), existing);
    }

    /** Independent brute force: per candidate, the bitmask of villages it newly covers (all-pairs geodesics). */
    long[] masks() {
        long[] masks = new long[candidates.size()];
        for (int i = 0; i < villages.size(); i++) {
            Village v = villages.get(i);
            boolean alreadyCovered = existing.stream()
                .anyMatch(s -> Geodesy.distanceMetres(v.lon(), v.lat(), s.lon(), s.lat()) <= R);
            for (int j = 0; j < candidates.size() && !alreadyCovered; j++) {
                Candidate c = candidates.get(j);
                if (Geodesy.distanceMetres(v.lon(), v.lat(), c.lon(), c.lat()) <= R) {
                    masks[j] |= 1L << i;
                }
            }
        }
        return masks;
    }

    long population(long mask) {
        long sum = 0;
        for (int i = 0; i < villages.size(); i++) {
            sum += (mask >>> i & 1) == 1 ? villages.get(i).population() : 0;
        }
        return sum;
    }

    /** The exhaustive optimum over all subsets of exactly k candidates. */
    long optimum(int k) {
        return best(masks(), 0, k, 0L);
    }

    private long best(long[] masks, int from, int left, long covered) {
        if (left == 0 || from == masks.length) {
            return population(covered);
        }
        long best = 0;
        for (int j = from; j <= masks.length - left; j++) {
            best = Math.max(best, best(masks, j + 1, left - 1, covered | masks[j]));
        }
        return best;
    }

    SitePlan plan(int k) {
        return new SitePlanner(R).planSites(villages, candidates, SiteIndex.of(existing), k);
    }
}
