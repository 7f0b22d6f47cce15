package cn.ruralcommerce.stations.coverage.core;

import java.util.Arrays;

/**
 * The fewest sites newly covering a required population (set-cover form of the planning problem): greedy
 * until the requirement is met and a Lagrangian lower bound on the count; then the bound's count is tried
 * (interchange, else work-capped branch and bound), and failing that one site fewer than greedy at a time.
 */
final class FewestSites {

    /**
     * The selection found and its value; greedy's site count and value; no plan with fewer than
     * {@code sitesLowerBound} sites meets the requirement; no plan with as many sites as chosen newly covers
     * more than {@code upperBound}.
     */
    record Result(int[] selection, long value, int greedySites, long greedyValue, int sitesLowerBound,
                  long upperBound) {
    }

    private FewestSites() {
    }

    /** Plans for {@code needed} persons; when even all candidates fall short, covers all that is coverable. */
    static Result solve(CoverProblem problem, long needed) {
        int[] greedy = GreedyCover.run(problem, new int[0], problem.candidates.length, needed);
        long greedyValue = problem.value(greedy);
        if (greedyValue < needed || greedy.length == 0) {
            // unreachable (or nothing needed): no count is proven, and greedy covers all that can be covered
            return new Result(greedy, greedyValue, greedy.length, greedyValue, 0, greedyValue);
        }
        // fewer than the Lagrangian lower bound cannot work; try that count first, as the bound is often tight
        int lowerBound = lowerBound(problem, needed, greedy.length);
        long[] budget = {CoveringSolver.SEARCH_WORK / 2};
        int[] best = lowerBound < greedy.length ? attempt(problem, greedy, lowerBound, needed, budget) : null;
        if (best == null) {
            best = greedy;
            budget[0] += CoveringSolver.SEARCH_WORK / 2;
            for (int q = greedy.length - 1; q > lowerBound; q--) {
                int[] fewer = attempt(problem, greedy, q, needed, budget);
                if (fewer == null) {
                    break;
                }
                best = fewer;
            }
        }
        long value = problem.value(best);
        return new Result(best, value, greedy.length, greedyValue, lowerBound,
            CoveringSolver.relaxedBound(problem, best.length, value));
    }

    /**
     * q sites meeting the requirement, found by interchange from greedy's first q or else by branch and
     * bound within the remaining budget (updated), or null.
     */
    private static int[] attempt(CoverProblem problem, int[] greedy, int q, long needed, long[] budget) {
        int[] fewer = InterchangeSearch.improve(problem, Arrays.copyOf(greedy, q));
        if (problem.value(fewer) < needed && budget[0] > 0) {
            BranchAndBound.Outcome search = BranchAndBound.solve(problem, q, fewer, budget[0], needed);
            budget[0] -= search.work();
            fewer = search.selection();
        }
        return problem.value(fewer) >= needed ? fewer : null;
    }

    /** The smallest q whose Lagrangian bound reaches {@code needed}, binary search below {@code feasible}. */
    private static int lowerBound(CoverProblem problem, long needed, int feasible) {
        int infeasible = 0;
        while (feasible - infeasible > 1) {
            int q = (infeasible + feasible) >>> 1;
            long value = problem.value(GreedyCover.run(problem, new int[0], q, Long.MAX_VALUE));
            if (value < needed && CoveringSolver.relaxedBound(problem, q, value) < needed) {
                infeasible = q;
            } else {
                feasible = q;
            }
        }
        return feasible;
    }
}
