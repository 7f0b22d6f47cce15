package cn.ruralcommerce.stations.coverage.core;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Exact maximal covering by depth-first branch and bound over "open candidate b" / "never open b",
 * bounding every node by its {@link LagrangianBound} (warm-started from the parent's multipliers) and
 * using each relaxation's choice as a heuristic solution, improved by {@link InterchangeSearch}.
 *
 * <p>Work is capped (deterministically, in scanned nonzeros); when the cap stops the search, the bound
 * reported is the largest bound of the nodes left open, so it stays honest.
 */
final class BranchAndBound {

    private static final int ROOT_ITERATIONS = 1500;
    private static final int NODE_ITERATIONS = 100;

    /**
     * The best selection found, its value, an upper bound on the optimum (meaningless when the search
     * stopped at {@code enough}), the nodes evaluated and the work spent.
     */
    record Outcome(int[] selection, long value, long upperBound, int nodes, long work) {
        boolean proven() {
            return value >= upperBound;
        }
    }

    private record Node(int[] fixedIn, int[] fixedOut, double[] lambda, double bound) {
    }

    private final CoverProblem problem;
    private final int k;
    private int[] incumbent;
    private long incumbentValue;

    private BranchAndBound(CoverProblem problem, int k, int[] start) {
        this.problem = problem;
        this.k = k;
        this.incumbent = start;
        this.incumbentValue = problem.value(start);
    }

    /**
     * Searches for the best k candidates from {@code start}, within about {@code workBudget} units,
     * stopping early once a selection reaches {@code enough} persons.
     */
    static Outcome solve(CoverProblem problem, int k, int[] start, long workBudget, long enough) {
        return new BranchAndBound(problem, k, start).run(workBudget, enough);
    }

    private Outcome run(long workBudget, long enough) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(new Node(new int[0], new int[0], LagrangianBound.initialMultipliers(problem),
            Double.POSITIVE_INFINITY));
        long work = 0;
        long leftOpen = Long.MIN_VALUE;
        int nodes = 0;
        while (!stack.isEmpty() && incumbentValue < enough) {
            Node node = stack.pop();
            if (LagrangianBound.roundDown(node.bound()) <= incumbentValue) {
                continue;
            }
            if (work > workBudget) {
                leftOpen = Math.max(leftOpen, LagrangianBound.roundDown(node.bound()));
                continue;
            }
            nodes++;
            CoverState fixed = CoverState.of(problem, node.fixedIn());
            boolean[] active = new boolean[problem.demand.length];
            for (int i = 0; i < active.length; i++) {
                active[i] = fixed.count[i] == 0 && problem.weight[i] > 0;
            }
            int[] free = freeCandidates(node, fixed, active);
            int slots = k - node.fixedIn().length;
            if (free.length <= slots) {
                offer(node.fixedIn(), free); // open them all: this node's optimum
                continue;
            }
            LagrangianBound relaxation = new LagrangianBound(problem, active, free, slots, fixed.value);
            double bound = relaxation.run(node.lambda(), nodes == 1 ? rootIterations(workBudget) : NODE_ITERATIONS,
                chosen -> offer(node.fixedIn(), chosen));
            work += relaxation.work;
            if (LagrangianBound.roundDown(bound) <= incumbentValue) {
                continue;
            }
            int b = branchCandidate(relaxation, free);
            stack.push(new Node(node.fixedIn(), append(node.fixedOut(), b), node.lambda().clone(), bound));
            stack.push(new Node(append(node.fixedIn(), b), node.fixedOut(), node.lambda().clone(), bound));
        }
        long upper = Math.max(incumbentValue, leftOpen);
        return new Outcome(incumbent, incumbentValue, upper, nodes, work);
    }

    /** Root iterations, fewer on very large instances so that the root spends at most half the budget. */
    private int rootIterations(long workBudget) {
        long perIteration = problem.covers.length + problem.candidates.length + 1L;
        return (int) Math.max(50, Math.min(ROOT_ITERATIONS, workBudget / 2 / perIteration));
    }

    /** Candidates neither fixed open nor closed that still cover some active demand, ascending. */
    private int[] freeCandidates(Node node, CoverState fixed, boolean[] active) {
        boolean[] excluded = fixed.open.clone();
        for (int j : node.fixedOut()) {
            excluded[j] = true;
        }
        int[] free = new int[problem.candidates.length];
        int n = 0;
        for (int j = 0; j < free.length; j++) {
            if (!excluded[j]) {
                for (int p = problem.coversStart[j]; p < problem.coversStart[j + 1]; p++) {
                    if (active[problem.covers[p]]) {
                        free[n++] = j;
                        break;
                    }
                }
            }
        }
        return Arrays.copyOf(free, n);
    }

    /** The chosen candidate with the largest Lagrangian weight (ties to the lower number). */
    private static int branchCandidate(LagrangianBound relaxation, int[] free) {
        double[] weights = relaxation.reducedWeights();
        int best = -1;
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < free.length; f++) {
            if (Arrays.binarySearch(relaxation.chosen, free[f]) >= 0 && weights[f] > bestWeight) {
                best = free[f];
                bestWeight = weights[f];
            }
        }
        return best >= 0 ? best : free[0];
    }

    /** Takes fixed + chosen as a solution if it beats the incumbent (after interchange); returns the best value. */
    private long offer(int[] fixedIn, int[] chosen) {
        int[] selection = append(fixedIn, chosen);
        if (problem.value(selection) > incumbentValue) {
            int[] improved = InterchangeSearch.improve(problem, selection);
            incumbent = improved;
            incumbentValue = problem.value(improved);
        }
        return incumbentValue;
    }

    private static int[] append(int[] a, int... b) {
        int[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
