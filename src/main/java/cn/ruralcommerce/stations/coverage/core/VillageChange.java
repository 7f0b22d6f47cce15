package cn.ruralcommerce.stations.coverage.core;

/**
 * A village whose coverage status differs between two analyses.
 *
 * @param before its coverage before the change
 * @param after  its coverage after the change
 */
public record VillageChange(VillageCoverage before, VillageCoverage after) {

    /** Whether the village becomes covered. */
    public boolean gained() {
        return !before.covered() && after.covered();
    }

    /** Whether the village loses coverage. */
    public boolean lost() {
        return before.covered() && !after.covered();
    }
}
