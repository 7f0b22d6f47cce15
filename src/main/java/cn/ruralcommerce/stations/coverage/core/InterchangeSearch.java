package cn.ruralcommerce.stations.coverage.core;

/**
 * Teitz–Bart style interchange for maximal covering: swap one opened candidate for a closed one while
 * that strictly adds population, taking the best swap each pass (ties to the lowest numbers).
 *
 * <p>A pass evaluates every closed candidate c against every opened j in O(|covered set of c|) total:
 * gain(c, j) = uncovered(c) + soleBy(c, j) − loss(j), where soleBy(c, j) is the population in c's set that
 * j alone covers. So a pass costs O(nonzeros + candidates), not O(k · candidates · set size).
 */
final class InterchangeSearch {

    private InterchangeSearch() {
    }

    /** Improves the selection to a swap-local optimum; returns the opened candidates in candidate order. */
    static int[] improve(CoverProblem problem, int[] start) {
        CoverState state = CoverState.of(problem, start);
        int m = problem.candidates.length;
        int[] owner = new int[problem.demand.length];
        long[] loss = new long[m];
        long[] sole = new long[m];
        int[] touched = new int[m];
        while (true) {
            int[] opened = state.selection();
            if (opened.length == 0) {
                return opened;
            }
            ownersAndLosses(problem, state, opened, owner, loss);
            int cheapest = opened[0];
            for (int j : opened) {
                cheapest = loss[j] < loss[cheapest] ? j : cheapest;
            }
            long bestDelta = 0;
            int bestIn = -1;
            int bestOut = -1;
            for (int c = 0; c < m; c++) {
                if (state.open[c]) {
                    continue;
                }
                long uncovered = 0;
                int nTouched = 0;
                for (int p = problem.coversStart[c]; p < problem.coversStart[c + 1]; p++) {
                    int i = problem.covers[p];
                    if (state.count[i] == 0) {
                        uncovered += problem.weight[i];
                    } else if (state.count[i] == 1 && problem.weight[i] > 0) {
                        if (sole[owner[i]] == 0) {
                            touched[nTouched++] = owner[i];
                        }
                        sole[owner[i]] += problem.weight[i];
                    }
                }
                int out = cheapest;
                long delta = uncovered + sole[cheapest] - loss[cheapest];
                for (int t = 0; t < nTouched; t++) {
                    int j = touched[t];
                    long d = uncovered + sole[j] - loss[j];
                    if (d > delta || d == delta && j < out) {
                        delta = d;
                        out = j;
                    }
                    sole[j] = 0;
                }
                if (delta > bestDelta) {
                    bestDelta = delta;
                    bestIn = c;
                    bestOut = out;
                }
            }
            if (bestIn < 0) {
                return opened;
            }
            state.remove(bestOut);
            state.add(bestIn);
        }
    }

    /** For demand covered exactly once, the opened candidate covering it; and each opened one's loss. */
    private static void ownersAndLosses(CoverProblem problem, CoverState state, int[] opened, int[] owner,
                                        long[] loss) {
        for (int j : opened) {
            loss[j] = 0;
            for (int p = problem.coversStart[j]; p < problem.coversStart[j + 1]; p++) {
                int i = problem.covers[p];
                if (state.count[i] == 1) {
                    owner[i] = j;
                    loss[j] += problem.weight[i];
                }
            }
        }
    }
}
