package cn.ruralcommerce.stations.coverage.core;

import java.util.Arrays;

/**
 * Upper bound on a (residual) maximal covering optimum by Lagrangian relaxation of the coverage
 * constraints y_i <= Σ_{j covers i} x_j with multipliers 0 <= λ_i <= w_i, lowered by subgradient steps.
 *
 * <p>For any such λ, L(λ) = base + Σ_i (w_i − λ_i) + (sum of the {@code slots} largest c_j = Σ_{i in set j} λ_i)
 * is at least the optimum (weak duality), so every evaluated L is an honest bound; the least L equals the
 * LP-relaxation bound. The residual problem counts only active demand and free candidates (a branch and
 * bound node fixes some candidates open or closed); each evaluation also offers its k chosen candidates
 * to a {@link PrimalSink} as a heuristic solution.
 */
final class LagrangianBound {

    /** Receives heuristic solutions (free candidate numbers) and answers the best value known so far. */
    interface PrimalSink {
        long offer(int[] chosen);
    }

    private final CoverProblem problem;
    private final boolean[] active;
    private final int[] free;
    private final int slots;
    private final double base;
    private final double[] c;
    private final double[] scratch;
    private final double[] g;
    /** Work done: sum over iterations of (nonzeros scanned + candidates), for budgets. */
    long work;
    /** The least bound found, persons (fractional). */
    double bound = Double.POSITIVE_INFINITY;
    /** The candidates chosen by the last evaluation (numbers in the problem), ascending. */
    int[] chosen = new int[0];

    /**
     * A relaxation over the demand flagged {@code active} and the {@code free} candidates (ascending), with
     * {@code slots} sites left to open and {@code base} persons already covered by the fixed ones.
     */
    LagrangianBound(CoverProblem problem, boolean[] active, int[] free, int slots, double base) {
        this.problem = problem;
        this.active = active;
        this.free = free;
        this.slots = Math.min(slots, free.length);
        this.base = base;
        this.c = new double[free.length];
        this.scratch = new double[free.length];
        this.g = new double[problem.demand.length];
    }

    /** Starting multipliers: half of each active demand's weight. */
    static double[] initialMultipliers(CoverProblem problem) {
        double[] lambda = new double[problem.demand.length];
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = problem.weight[i] / 2.0;
        }
        return lambda;
    }

    /**
     * Runs up to {@code iterations} subgradient steps from {@code lambda} (updated in place), stopping once
     * the bound rounds down to at most the sink's best value; returns the least bound found.
     */
    double run(double[] lambda, int iterations, PrimalSink sink) {
        double theta = 2;
        int sinceImproved = 0;
        long incumbent = sink.offer(chosen);
        for (int it = 0; it < iterations && theta > 1e-4 && roundDown(bound) > incumbent; it++) {
            double value = evaluate(lambda);
            incumbent = sink.offer(chosen);
            if (value < bound - 1e-9) {
                bound = value;
                sinceImproved = 0;
            } else if (++sinceImproved >= 20) {
                theta /= 2;
                sinceImproved = 0;
            }
            // subgradient g_i = Σ_{j covers i} x_j − y_i, with y_i = 1 while λ_i < w_i
            double norm = 0;
            for (int i = 0; i < g.length; i++) {
                if (active[i]) {
                    g[i] -= lambda[i] < problem.weight[i] ? 1 : 0;
                    norm += g[i] * g[i];
                }
            }
            if (norm == 0) {
                break; // this λ is optimal
            }
            double step = theta * (value - incumbent) / norm;
            for (int i = 0; i < g.length; i++) {
                if (active[i]) {
                    lambda[i] = Math.max(0, Math.min(problem.weight[i], lambda[i] - step * g[i]));
                }
            }
        }
        return bound;
    }

    /** L(λ); leaves the chosen candidates in {@link #chosen} and Σ_{chosen j covers i} 1 in g. */
    private double evaluate(double[] lambda) {
        double value = base;
        Arrays.fill(g, 0);
        for (int f = 0; f < free.length; f++) {
            int j = free[f];
            double sum = 0;
            for (int p = problem.coversStart[j]; p < problem.coversStart[j + 1]; p++) {
                int i = problem.covers[p];
                sum += active[i] ? lambda[i] : 0;
            }
            c[f] = sum;
            work += problem.coversStart[j + 1] - problem.coversStart[j] + 1;
        }
        for (int i = 0; i < lambda.length; i++) {
            value += active[i] ? problem.weight[i] - lambda[i] : 0;
        }
        int[] top = TopK.largest(c, scratch, slots);
        chosen = new int[top.length];
        for (int t = 0; t < top.length; t++) {
            int j = free[top[t]];
            chosen[t] = j;
            value += c[top[t]];
            for (int p = problem.coversStart[j]; p < problem.coversStart[j + 1]; p++) {
                g[problem.covers[p]]++;
            }
        }
        return value;
    }

    /** c_j of each free candidate at the last evaluation, indexed like {@code free}. */
    double[] reducedWeights() {
        return c;
    }

    /** An integer bound from a fractional one: the optimum is an integer, so its floor still bounds it. */
    static long roundDown(double bound) {
        // the tolerance absorbs floating-point error in sums of up to millions of persons
        return bound == Double.POSITIVE_INFINITY ? Long.MAX_VALUE
            : (long) Math.floor(bound + 1e-9 * Math.abs(bound) + 1e-6);
    }
}
