package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.coverage.CoverageService.Analysis;
import cn.ruralcommerce.stations.coverage.core.Candidate;
import cn.ruralcommerce.stations.coverage.core.CoverageAnalyzer;
import cn.ruralcommerce.stations.coverage.core.Site;
import cn.ruralcommerce.stations.coverage.core.SitePlan;
import cn.ruralcommerce.stations.coverage.core.SitePlanner;
import cn.ruralcommerce.stations.coverage.core.VillageChange;
import cn.ruralcommerce.stations.coverage.core.WhatIfAnalyzer;
import cn.ruralcommerce.stations.coverage.core.WhatIfReport;
import cn.ruralcommerce.stations.gis.CoordinateConverter;
import cn.ruralcommerce.stations.gis.LonLat;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.Params;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Site planning (maximal covering / set cover over villages without a station) and what-if comparisons. */
@Singleton
public class PlanningService {
    public static final int MAX_SITES = 500;

    private final CoverageService coverage;

    public PlanningService(CoverageService coverage) {
        this.coverage = coverage;
    }

    public PlanView plan(CoverageQuery query, @Nullable Integer k, @Nullable Double targetCoverage) {
        if ((k == null) == (targetCoverage == null)) {
            throw ApiException.badField("k", "请给出 k（站点数）或 targetCoverage（人口覆盖率 0..1）之一", "give either k (number of sites) or targetCoverage (population share 0..1)");
        }
        if (k != null && (k < 1 || k > MAX_SITES)) {
            throw ApiException.badField("k", "须为 1 至 " + MAX_SITES, "must be 1.." + MAX_SITES);
        }
        if (targetCoverage != null && !(targetCoverage > 0 && targetCoverage <= 1)) {
            throw ApiException.badField("targetCoverage", "须大于 0 且不超过 1", "must be more than 0 and at most 1");
        }
        Analysis a = coverage.analyze(query);
        List<Candidate> candidates = a.villages().stream()
                .filter(v -> !a.adminCovered().contains(v.code()))
                .map(Candidate::of).toList();
        SitePlanner planner = new SitePlanner(query.radiusMetres());
        SitePlan plan = k != null
                ? planner.planSites(a.villages(), candidates, a.sites(), k)
                : planner.planTarget(a.villages(), candidates, a.sites(), targetCoverage);
        List<PlanView.SiteView> sites = plan.sites().stream().map(s -> new PlanView.SiteView(s.candidateCode(),
                coverage.villageName(s.candidateCode()), s.lon(), s.lat(), s.newlyCoveredPopulation(), s.newlyCoveredVillages())).toList();
        return new PlanView(a.region().code(), query.radiusKm(), k, targetCoverage, sites, plan.newlyCoveredPopulation(),
                plan.greedyPopulation(), plan.upperBound(), CoverageService.round(plan.gapPercent() / 100) * 100,
                plan.totalPopulation(), plan.coveredBefore(), CoverageService.round(plan.coveredShareAfter()),
                plan.targetReached(), plan.sitesLowerBound());
    }

    /**
     * The administrative gap's first {@code k} villages in priority order, or the fewest of them (in that order) that
     * lift 行政村覆盖率 to {@code targetCoverage}; each would get one village service point.
     */
    public PriorityView priorities(CoverageQuery query, @Nullable Integer k, @Nullable Double targetCoverage) {
        if ((k == null) == (targetCoverage == null)) {
            throw ApiException.badField("k", "请给出 k（村数）或 targetCoverage（行政村覆盖率目标 0..1）之一");
        }
        if (k != null && (k < 1 || k > MAX_SITES)) {
            throw ApiException.badField("k", "须为 1.." + MAX_SITES);
        }
        if (targetCoverage != null && !(targetCoverage > 0 && targetCoverage <= 1)) {
            throw ApiException.badField("targetCoverage", "须大于 0 且不超过 1");
        }
        CoverageView view = coverage.view(query, GapKind.WITHOUT_STATION);
        CoverageView.Summary s = view.summary();
        List<CoverageView.GapVillage> gap = view.withoutStation();
        int wanted = k != null ? k
                // villages still needed; the tolerance keeps e.g. 0.8 × 10 from rounding up to 9
                : (int) Math.max(0, Math.ceil(targetCoverage * s.ruralVillages() - 1e-9) - s.adminCoveredVillages());
        List<CoverageView.GapVillage> chosen = gap.subList(0, Math.min(wanted, gap.size()));
        int after = s.adminCoveredVillages() + chosen.size();
        int poorAfter = s.formerPovertyAdminCovered() + (int) chosen.stream().filter(CoverageView.GapVillage::formerPoverty).count();
        boolean reached = targetCoverage == null || after >= Math.ceil(targetCoverage * s.ruralVillages() - 1e-9);
        return new PriorityView(view.region().code(), query.radiusKm(), k, targetCoverage, PriorityView.RANKING,
                s.ruralVillages(), s.villagesWithoutStation(), s.adminCoveredVillages(), after, s.adminCoverageRate(),
                CoverageService.round(s.ruralVillages() == 0 ? 0 : (double) after / s.ruralVillages()), s.formerPovertyVillages(),
                s.formerPovertyAdminCovered(), poorAfter, reached, List.copyOf(chosen));
    }

    public WhatIfView whatIf(CoverageQuery query, WhatIfRequest request) {
        Analysis a = coverage.analyze(query);
        List<double[]> points = new ArrayList<>();
        List<WhatIfRequest.NewSite> add = request.add() == null ? List.of() : request.add();
        for (int i = 0; i < add.size(); i++) {
            WhatIfRequest.NewSite site = add.get(i);
            try {
                LonLat p = CoordinateConverter.toCgcs2000(site.lon(), site.lat(), Params.crs("add[" + i + "].crs", site.crs()));
                points.add(new double[]{p.lon(), p.lat()});
            } catch (IllegalArgumentException e) {
                // the coordinate at fault: latitude when it is out of range, else longitude (range or CGCS2000 zone)
                boolean lat = site.lat() == null || !(Math.abs(site.lat()) <= 90);
                throw ApiException.badField("add[" + i + "]." + (lat ? "lat" : "lon"), e.getMessage());
            }
        }
        List<String> close = request.close() == null ? List.of() : request.close();
        for (int i = 0; i < close.size(); i++) {
            if (a.sites().site(close.get(i)).isEmpty()) {
                throw ApiException.badField("close[" + i + "]", "'" + close.get(i) + "' 不是参与统计的运营站点", "'" + close.get(i) + "' is not a counted active station");
            }
        }
        List<Site> opened = CoverageService.newSites(points);
        CoverageAnalyzer analyzer = new CoverageAnalyzer(query.radiusMetres());
        WhatIfReport report = new WhatIfAnalyzer(analyzer).run(a.villages(), a.sites(), opened, close);
        CoverageView before = coverage.toView(a, GapKind.BEYOND_RADIUS);
        CoverageView after = coverage.toView(new Analysis(query, a.region(), a.villages(), report.afterSites(),
                a.adminCovered(), a.townshipsWithStation(), report.after()), GapKind.BEYOND_RADIUS);
        List<WhatIfView.Change> changes = report.changes().stream().map(PlanningService::change).map(c -> c.withName(coverage.villageName(c.code()))).toList();
        return new WhatIfView(a.region().code(), query.radiusKm(), before.summary(), after.summary(), changes);
    }

    private static WhatIfView.Change change(VillageChange c) {
        var v = c.before().village();
        return new WhatIfView.Change(v.code(), null, v.townshipCode(), v.population(), v.formerPoverty(),
                c.before().covered(), c.after().covered(), c.before().nearestSiteCode(), metres(c.before().nearestDistanceMetres()),
                c.after().nearestSiteCode(), metres(c.after().nearestDistanceMetres()));
    }

    private static Long metres(Double d) {
        return d == null ? null : Math.round(d);
    }
}
