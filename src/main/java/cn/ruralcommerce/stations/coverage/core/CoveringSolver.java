package cn.ruralcommerce.stations.coverage.core;

import java.util.stream.IntStream;

/**
 * The most population with k sites on a {@link CoverProblem}: greedy, then interchange, then a work-capped
 * Lagrangian branch and bound that proves the answer optimal or improves it and bounds the optimum.
 */
final class CoveringSolver {

    /** Subgradient iterations per bound; enough to come close to the LP bound on county and city sizes. */
    static final int BOUND_ITERATIONS = 1500;
    /** Branch-and-bound work cap in scanned nonzeros: about a second on one core of this machine. */
    static final long SEARCH_WORK = 300_000_000L;

    /** A selection (candidate numbers), its value, greedy's count and value, and a bound on the optimum. */
    record Solution(int[] selection, long value, int greedySites, long greedyValue, long upperBound) {
    }

    private CoveringSolver() {
    }

    /** The best selection of at most k candidates found, with an upper bound for k. */
    static Solution maximise(CoverProblem problem, int k) {
        int[] greedy = GreedyCover.run(problem, new int[0], k, Long.MAX_VALUE);
        long greedyValue = problem.value(greedy);
        if (k == 0 || greedy.length < k || greedyValue == problem.coverable()) {
            // no candidate adds anything more: everything coverable is covered, which is optimal
            return new Solution(greedy, greedyValue, greedy.length, greedyValue, greedyValue);
        }
        int[] improved = InterchangeSearch.improve(problem, greedy);
        BranchAndBound.Outcome exact = BranchAndBound.solve(problem, k, improved, SEARCH_WORK, Long.MAX_VALUE);
        return new Solution(exact.selection(), exact.value(), greedy.length, greedyValue, exact.upperBound());
    }

    /** The root Lagrangian (LP) bound for q sites, rounded down; {@code known} is a value q sites reach. */
    static long relaxedBound(CoverProblem problem, int q, long known) {
        boolean[] active = new boolean[problem.demand.length];
        for (int i = 0; i < active.length; i++) {
            active[i] = problem.weight[i] > 0;
        }
        int[] all = IntStream.range(0, problem.candidates.length).toArray();
        LagrangianBound relaxation = new LagrangianBound(problem, active, all, q, 0);
        double bound = relaxation.run(LagrangianBound.initialMultipliers(problem), BOUND_ITERATIONS,
            chosen -> Math.max(known, problem.value(chosen)));
        return Math.max(known, Math.min(problem.coverable(), LagrangianBound.roundDown(bound)));
    }
}
