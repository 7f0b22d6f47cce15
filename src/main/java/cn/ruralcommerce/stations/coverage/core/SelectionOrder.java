package cn.ruralcommerce.stations.coverage.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders a chosen set of sites for presentation: each next site is the one newly covering the most
 * population given those before it (ties to the lower code), so marginal gains add up to the total.
 */
final class SelectionOrder {

    private SelectionOrder() {
    }

    /** The selection as planned sites in that order, leaving out any that would newly cover nobody. */
    static List<PlannedSite> sites(CoverProblem problem, int[] selection) {
        CoverState state = new CoverState(problem);
        boolean[] left = new boolean[problem.candidates.length];
        for (int j : selection) {
            left[j] = true;
        }
        List<PlannedSite> sites = new ArrayList<>(selection.length);
        for (int round = 0; round < selection.length; round++) {
            int best = -1;
            long bestGain = -1;
            for (int j : selection) {
                long gain = left[j] ? state.gain(j) : -1;
                if (gain > bestGain) {
                    best = j;
                    bestGain = gain;
                }
            }
            if (bestGain <= 0) {
                break;
            }
            List<String> villages = new ArrayList<>();
            for (int p = problem.coversStart[best]; p < problem.coversStart[best + 1]; p++) {
                if (state.count[problem.covers[p]] == 0) {
                    villages.add(problem.demand[problem.covers[p]].code());
                }
            }
            villages.sort(null);
            state.add(best);
            left[best] = false;
            Candidate c = problem.candidates[best];
            sites.add(new PlannedSite(c.code(), c.lon(), c.lat(), bestGain, villages));
        }
        return sites;
    }
}
