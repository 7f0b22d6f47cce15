package cn.ruralcommerce.stations.coverage.core;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Exact maximal covering optimum by the SCIP MIP solver shipped in Google OR-Tools (test-only; tests
 * using it are skipped where its native library does not load).
 */
final class ExactCovering {

    private static Boolean available;

    private ExactCovering() {
    }

    static synchronized boolean available() {
        if (available == null) {
            try {
                Loader.loadNativeLibraries();
                available = MPSolver.createSolver("SCIP") != null;
            } catch (Throwable e) {
                available = false;
            }
        }
        return available;
    }

    /** The optimum newly covered population with at most k candidates; fails unless proven optimal. */
    static long optimum(CoverProblem problem, int k, double seconds) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        MPVariable[] x = new MPVariable[problem.candidates.length];
        MPConstraint sites = solver.makeConstraint(0, k, "sites");
        for (int j = 0; j < x.length; j++) {
            x[j] = solver.makeBoolVar("x" + j);
            sites.setCoefficient(x[j], 1);
        }
        MPObjective objective = solver.objective();
        coverage(problem, solver, x, objective, null);
        objective.setMaximization();
        return solve(solver, objective, seconds);
    }

    /** The fewest candidates newly covering at least {@code needed} persons; fails unless proven optimal. */
    static long fewest(CoverProblem problem, long needed, double seconds) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        MPVariable[] x = new MPVariable[problem.candidates.length];
        MPObjective objective = solver.objective();
        for (int j = 0; j < x.length; j++) {
            x[j] = solver.makeBoolVar("x" + j);
            objective.setCoefficient(x[j], 1);
        }
        coverage(problem, solver, x, null, solver.makeConstraint(needed, Double.POSITIVE_INFINITY, "needed"));
        objective.setMinimization();
        return solve(solver, objective, seconds);
    }

    /** Adds y_i <= Σ_{j covers i} x_j and puts Σ w_i y_i into the objective or the requirement row. */
    private static void coverage(CoverProblem problem, MPSolver solver, MPVariable[] x, MPObjective objective,
                                 MPConstraint requirement) {
        for (int i = 0; i < problem.demand.length; i++) {
            // y_i − Σ_{j covers i} x_j <= 0, y_i in [0, 1] (integral at an optimum given integral x)
            MPVariable y = solver.makeNumVar(0, 1, "y" + i);
            MPConstraint covered = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "c" + i);
            covered.setCoefficient(y, 1);
            for (int q = problem.coveredByStart[i]; q < problem.coveredByStart[i + 1]; q++) {
                covered.setCoefficient(x[problem.coveredBy[q]], -1);
            }
            if (objective != null) {
                objective.setCoefficient(y, problem.weight[i]);
            } else {
                requirement.setCoefficient(y, problem.weight[i]);
            }
        }
    }

    private static long solve(MPSolver solver, MPObjective objective, double seconds) {
        solver.setTimeLimit((long) (seconds * 1000));
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("SCIP did not prove optimality: " + status);
        }
        long optimum = Math.round(objective.value());
        solver.delete();
        return optimum;
    }
}
