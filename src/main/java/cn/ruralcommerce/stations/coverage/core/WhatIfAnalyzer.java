package cn.ruralcommerce.stations.coverage.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What-if coverage: the same analysis with sites opened and closed, recomputing only the villages the
 * change can touch and leaving the base index untouched (the change is an overlay on it).
 *
 * <p>A village is re-assessed when its nearest site closes or moves, or when an opened site lies no
 * farther than its nearest one (for covered villages reported without a nearest site: when a closed or
 * moved site stood within R); every other village keeps its status and nearest site, which is exactly
 * what a full recomputation would give.
 */
public final class WhatIfAnalyzer {

    private final CoverageAnalyzer analyzer;

    public WhatIfAnalyzer(CoverageAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Analyses the current sites, then the change. */
    public WhatIfReport run(List<Village> villages, SiteIndex current, Collection<Site> opened,
                            Collection<String> closedCodes) {
        return run(villages, current, analyzer.analyze(villages, current), opened, closedCodes);
    }

    /**
     * Applies the change to a {@code before} report computed by the same analyzer over the same villages
     * and {@code current} sites (e.g. one the service keeps cached).
     */
    public WhatIfReport run(List<Village> villages, SiteIndex current, CoverageReport before,
                            Collection<Site> opened, Collection<String> closedCodes) {
        if (before.villages().size() != villages.size() || before.radiusMetres() != analyzer.radiusMetres()) {
            throw new IllegalArgumentException("before report does not match the villages and radius");
        }
        SiteIndex after = current.with(opened, closedCodes);
        SiteIndex openedIndex = SiteIndex.of(opened);
        Set<String> gone = new HashSet<>(closedCodes);
        opened.forEach(site -> gone.add(site.code()));
        // where closed and moved sites stood, for covered villages reported without their nearest site
        SiteIndex goneIndex = SiteIndex.of(gone.stream().flatMap(code -> current.site(code).stream()).toList());
        List<VillageCoverage> assessed = new ArrayList<>(villages.size());
        List<VillageChange> changes = new ArrayList<>();
        for (VillageCoverage old : before.villages()) {
            VillageCoverage now = touched(old, gone, openedIndex, goneIndex) ? analyzer.assess(old.village(), after)
                : old;
            assessed.add(now);
            if (now.covered() != old.covered()) {
                changes.add(new VillageChange(old, now));
            }
        }
        return new WhatIfReport(before, analyzer.report(assessed), changes, after);
    }

    private boolean touched(VillageCoverage old, Set<String> gone, SiteIndex openedIndex, SiteIndex goneIndex) {
        Village v = old.village();
        if (old.covered() && old.nearestSiteCode() == null) {
            // nearest not kept: opening cannot uncover it, closing a site within R may
            return goneIndex.anyWithin(v.lon(), v.lat(), analyzer.radiusMetres());
        }
        if (old.nearestSiteCode() == null) {
            return openedIndex.size() > 0; // nothing was within the cap; an opened site may be
        }
        return gone.contains(old.nearestSiteCode())
            || openedIndex.anyWithin(v.lon(), v.lat(), old.nearestDistanceMetres());
    }
}
