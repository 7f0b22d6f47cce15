package cn.ruralcommerce.stations.coverage.core;

import java.util.Arrays;

/**
 * Solves a {@link CoverProblem}: the most population with k sites (greedy, then interchange, then a
 * work-capped Lagrangian branch and bound that either proves the answer optimal or improves it and bounds
 * the optimum), or the fewest sites reaching a population (greedy, then fewer while interchange still
 * reaches it).
 */
final class CoveringSolver {

    /** Subgradient iterations per bound; enough to reach the LP bound closely on county and city sizes. */
    static final int BOUND_ITERATIONS = 1500;
    /** Branch-and-bound work cap in scanned nonzeros: about a second on one core. */
    static final long SEARCH_WORK = 300_000_000L;

    /** A selection (candidate numbers), its value and greedy's, and an upper bound on the optimum. */
    record Solution(int[] selection, long value, long greedyValue, long upperBound) {
    }

    private CoveringSolver() {
    }

    /** The best selection of at most k candidates found, with an upper bound for exactly k. */
    static Solution maximise(CoverProblem problem, int k) {
        int[] greedy = GreedyCover.run(problem, new int[0], k, Long.MAX_VALUE);
        long greedyValue = problem.value(greedy);
        if (greedy.length < k || greedyValue == problem.coverable()) {
            // no candidate adds anything more: everything coverable is covered, which is optimal
            return new Solution(greedy, greedyValue, greedyValue, greedyValue);
        }
        int[] improved = InterchangeSearch.improve(problem, greedy);
        BranchAndBound.Outcome exact = BranchAndBound.solve(problem, k, improved, SEARCH_WORK);
        return new Solution(exact.selection(), exact.value(), greedyValue, exact.upperBound());
    }

    /**
     * The fewest candidates found whose value reaches {@code needed}, or greedy's cover of everything
     * coverable when nothing reaches it (check the value).
     */
    static Solution fewest(CoverProblem problem, long needed) {
        int[] greedy = GreedyCover.run(problem, new int[0], problem.candidates.length, needed);
        long greedyValue = problem.value(greedy);
        int[] best = greedy;
        long bestValue = greedyValue;
        while (bestValue >= needed && best.length > 1) {
            int[] fewer = InterchangeSearch.improve(problem, Arrays.copyOf(greedy, best.length - 1));
            long value = problem.value(fewer);
            if (value < needed) {
                break;
            }
            best = fewer;
            bestValue = value;
        }
        return new Solution(best, bestValue, greedyValue, bestValue);
    }

    /**
     * The fewest sites any plan needs to newly cover {@code needed} persons, proven by the bound: the
     * smallest q whose bound reaches it, searched between 0 and {@code feasible} (a count known to reach it).
     */
    static int sitesLowerBound(CoverProblem problem, long needed, int feasible) {
        if (needed <= 0) {
            return 0;
        }
        int infeasible = 0;
        while (feasible - infeasible > 1) {
            int q = (infeasible + feasible) >>> 1;
            int[] start = GreedyCover.run(problem, new int[0], q, Long.MAX_VALUE);
            long value = problem.value(start);
            if (value < needed && relaxedBound(problem, q, value) < needed) {
                infeasible = q;
            } else {
                feasible = q;
            }
        }
        return feasible;
    }

    /** The Lagrangian (LP) bound for q sites over the whole problem, rounded down. */
    private static long relaxedBound(CoverProblem problem, int q, long known) {
        boolean[] active = new boolean[problem.demand.length];
        for (int i = 0; i < active.length; i++) {
            active[i] = problem.weight[i] > 0;
        }
        int[] all = java.util.stream.IntStream.range(0, problem.candidates.length).toArray();
        LagrangianBound relaxation = new LagrangianBound(problem, active, all, q, 0);
        return LagrangianBound.roundDown(relaxation.run(LagrangianBound.initialMultipliers(problem),
            BOUND_ITERATIONS, chosen -> Math.max(known, problem.value(chosen))));
    }
}
