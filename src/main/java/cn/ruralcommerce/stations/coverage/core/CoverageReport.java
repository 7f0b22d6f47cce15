package cn.ruralcommerce.stations.coverage.core;

import java.util.List;
import java.util.SortedMap;

/**
 * Geographic coverage of a set of villages at one radius: each village's status and nearest site, with
 * totals overall and per township.
 *
 * @param radiusMetres service radius R in metres; a village is covered iff its nearest site is <= R away
 * @param villages     one entry per input village, in input order
 * @param totals       counts overall and per township
 */
public record CoverageReport(double radiusMetres, List<VillageCoverage> villages, CoverageTotals totals) {

    public CoverageReport {
        villages = List.copyOf(villages);
    }

    /** Counts over all villages. */
    public CoverageSummary summary() {
        return totals.summary();
    }

    /** Counts per township code, in code order. */
    public SortedMap<String, CoverageSummary> townships() {
        return totals.townships();
    }

    /** The villages no site covers, in input order. */
    public List<VillageCoverage> uncovered() {
        return villages.stream().filter(v -> !v.covered()).toList();
    }
}
