package cn.ruralcommerce.stations.coverage.core;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Coverage counts for a whole set of villages and per township (keyed by township code, in code order).
 *
 * @param summary    totals over all villages
 * @param townships  totals per township code
 */
public record CoverageTotals(CoverageSummary summary, SortedMap<String, CoverageSummary> townships) {

    public CoverageTotals {
        townships = Collections.unmodifiableSortedMap(new TreeMap<>(townships));
    }

    /** Counts the villages with the coverage status the predicate gives each. */
    public static CoverageTotals of(Iterable<Village> villages, Predicate<Village> covered) {
        CoverageTally total = new CoverageTally();
        Map<String, CoverageTally> byTownship = new TreeMap<>();
        for (Village village : villages) {
            boolean isCovered = covered.test(village);
            total.add(village, isCovered);
            byTownship.computeIfAbsent(village.townshipCode(), t -> new CoverageTally()).add(village, isCovered);
        }
        return of(total, byTownship);
    }

    static CoverageTotals of(CoverageTally total, Map<String, CoverageTally> byTownship) {
        SortedMap<String, CoverageSummary> townships = new TreeMap<>();
        byTownship.forEach((code, tally) -> townships.put(code, tally.summary()));
        return new CoverageTotals(total.summary(), townships);
    }

    /**
     * Administrative coverage (行政村覆盖率): a village counts as covered when its code is among those with
     * an active village service point registered in it (the caller derives that set from region codes).
     */
    public static CoverageTotals administrative(Iterable<Village> villages, Set<String> villageCodesWithStation) {
        return of(villages, village -> villageCodesWithStation.contains(village.code()));
    }
}
