package cn.ruralcommerce.stations.coverage.core;

/**
 * A set of opened candidates over a {@link CoverProblem}, kept with how many opened candidates cover each
 * demand village and the population covered, updated in O(|covered set|) per change.
 */
final class CoverState {

    final CoverProblem problem;
    /** Number of opened candidates covering each demand village. */
    final int[] count;
    final boolean[] open;
    /** Population covered by the opened candidates, persons. */
    long value;

    CoverState(CoverProblem problem) {
        this.problem = problem;
        this.count = new int[problem.demand.length];
        this.open = new boolean[problem.candidates.length];
    }

    static CoverState of(CoverProblem problem, int[] selection) {
        CoverState state = new CoverState(problem);
        for (int j : selection) {
            state.add(j);
        }
        return state;
    }

    void add(int j) {
        open[j] = true;
        for (int p = problem.coversStart[j]; p < problem.coversStart[j + 1]; p++) {
            int i = problem.covers[p];
            if (count[i]++ == 0) {
                value += problem.weight[i];
            }
        }
    }

    void remove(int j) {
        open[j] = false;
        for (int p = problem.coversStart[j]; p < problem.coversStart[j + 1]; p++) {
            int i = problem.covers[p];
            if (--count[i] == 0) {
                value -= problem.weight[i];
            }
        }
    }

    /** Population candidate j would add, persons. */
    long gain(int j) {
        long gain = 0;
        for (int p = problem.coversStart[j]; p < problem.coversStart[j + 1]; p++) {
            gain += count[problem.covers[p]] == 0 ? problem.weight[problem.covers[p]] : 0;
        }
        return gain;
    }

    /** Population only opened candidate j covers, persons: what closing it would lose. */
    long loss(int j) {
        long loss = 0;
        for (int p = problem.coversStart[j]; p < problem.coversStart[j + 1]; p++) {
            loss += count[problem.covers[p]] == 1 ? problem.weight[problem.covers[p]] : 0;
        }
        return loss;
    }

    /** The opened candidates, in candidate order. */
    int[] selection() {
        int n = 0;
        for (boolean o : open) {
            n += o ? 1 : 0;
        }
        int[] selection = new int[n];
        for (int j = 0, at = 0; j < open.length; j++) {
            if (open[j]) {
                selection[at++] = j;
            }
        }
        return selection;
    }
}
