package cn.ruralcommerce.stations.coverage.core;

/**
 * Coverage counts over a set of rural villages (a township, a county, the whole request).
 *
 * @param ruralVillages         number of rural villages
 * @param coveredVillages       of them, covered
 * @param population            their population, persons
 * @param coveredPopulation     population of the covered ones, persons
 * @param formerPovertyVillages number of former poverty villages (贫困村)
 * @param formerPovertyCovered  of them, covered
 */
public record CoverageSummary(int ruralVillages, int coveredVillages, long population, long coveredPopulation,
                              int formerPovertyVillages, int formerPovertyCovered) {

    /** The summary of no villages. */
    public static final CoverageSummary EMPTY = new CoverageSummary(0, 0, 0, 0, 0, 0);

    /** Share of villages covered, 0..1 (0 when there are none). */
    public double villageShare() {
        return ruralVillages == 0 ? 0 : (double) coveredVillages / ruralVillages;
    }

    /** Share of population covered, 0..1 (0 when there is none). */
    public double populationShare() {
        return population == 0 ? 0 : (double) coveredPopulation / population;
    }

    /** Share of former poverty villages covered, 0..1 (0 when there are none). */
    public double formerPovertyShare() {
        return formerPovertyVillages == 0 ? 0 : (double) formerPovertyCovered / formerPovertyVillages;
    }
}
