package cn.ruralcommerce.stations.coverage.core;

import java.util.List;

/**
 * Coverage before and after opening and closing sites, with the villages whose coverage status changes.
 *
 * @param before     the analysis on the current sites
 * @param after      the analysis with the changes applied
 * @param changes    villages that gain or lose coverage, in input order
 * @param afterSites the site index with the changes applied
 */
public record WhatIfReport(CoverageReport before, CoverageReport after, List<VillageChange> changes,
                           SiteIndex afterSites) {

    public WhatIfReport {
        changes = List.copyOf(changes);
    }
}
