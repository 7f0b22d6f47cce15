package cn.ruralcommerce.stations.coverage.core;

import java.util.Arrays;

/**
 * The greedy heuristic for maximal covering: repeatedly open the candidate adding the most population
 * (ties to the lower candidate number), keeping every candidate's gain current incrementally.
 */
final class GreedyCover {

    private GreedyCover() {
    }

    /**
     * Opens up to {@code maxSites} candidates after those in {@code fixed}, stopping early once the covered
     * population reaches {@code stopAt} or no candidate adds any; returns the opened ones in order.
     */
    static int[] run(CoverProblem problem, int[] fixed, int maxSites, long stopAt) {
        CoverState state = CoverState.of(problem, fixed);
        long[] gain = new long[problem.candidates.length];
        for (int j = 0; j < gain.length; j++) {
            gain[j] = state.open[j] ? -1 : state.gain(j);
        }
        int[] order = new int[Math.max(0, Math.min(maxSites, gain.length))];
        int n = 0;
        while (n < order.length && state.value < stopAt) {
            int best = -1;
            for (int j = 0; j < gain.length; j++) {
                if (gain[j] > 0 && (best < 0 || gain[j] > gain[best])) {
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            open(problem, state, gain, best);
            order[n++] = best;
        }
        return Arrays.copyOf(order, n);
    }

    /** Opens j and lowers the gain of every candidate sharing a newly covered village. */
    private static void open(CoverProblem problem, CoverState state, long[] gain, int j) {
        for (int p = problem.coversStart[j]; p < problem.coversStart[j + 1]; p++) {
            int i = problem.covers[p];
            if (state.count[i] == 0) {
                for (int q = problem.coveredByStart[i]; q < problem.coveredByStart[i + 1]; q++) {
                    gain[problem.coveredBy[q]] -= problem.weight[i];
                }
            }
        }
        state.add(j);
        gain[j] = -1;
    }
}
