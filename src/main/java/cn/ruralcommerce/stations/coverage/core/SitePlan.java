package cn.ruralcommerce.stations.coverage.core;

import java.util.List;

/**
 * A proposed set of new sites (maximal covering location problem) with an honest bound on the optimum.
 *
 * @param sites                  proposed sites in selection order (each newly covers the most of those left)
 * @param newlyCoveredPopulation population the proposal newly covers, persons
 * @param greedySites            sites plain greedy uses: k in count mode (fewer when nothing more can be
 *                               added); in target mode, as many as it needs
 * @param greedyPopulation       population plain greedy newly covers with {@code greedySites}, for comparison
 * @param upperBound             no choice of as many sites as proposed (count mode: k) newly covers more,
 *                               persons, rounded down from Lagrangian bounds (each at best the LP-relaxation
 *                               bound): in count mode the largest bound of the branch-and-bound nodes left
 *                               open, equal to the value when the proposal is proven optimal; in target mode
 *                               the root bound
 * @param gapPercent             (upperBound − newlyCoveredPopulation) / upperBound × 100; 0 when proven optimal
 * @param totalPopulation        population of all villages considered, persons
 * @param coveredBefore          population existing sites already cover, persons
 * @param targetShare            the requested covered share in target mode, or null in count mode
 * @param targetReached          whether (coveredBefore + newly covered) / total >= targetShare (count mode: true)
 * @param sitesLowerBound        in target mode, no plan with fewer sites reaches the target (proven by
 *                               bounds), 0 when the target is unreachable or already met; in count mode,
 *                               the number of proposed sites
 */
public record SitePlan(List<PlannedSite> sites, long newlyCoveredPopulation, int greedySites, long greedyPopulation,
                       long upperBound, double gapPercent, long totalPopulation, long coveredBefore,
                       Double targetShare, boolean targetReached, int sitesLowerBound) {

    public SitePlan {
        sites = List.copyOf(sites);
    }

    /** Covered population share after opening the proposed sites, 0..1. */
    public double coveredShareAfter() {
        return totalPopulation == 0 ? 0 : (double) (coveredBefore + newlyCoveredPopulation) / totalPopulation;
    }
}
