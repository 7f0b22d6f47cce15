package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.coverage.CoverageQuery;
import cn.ruralcommerce.stations.coverage.CoverageService;
import cn.ruralcommerce.stations.coverage.CoverageView;
import cn.ruralcommerce.stations.coverage.GapKind;
import cn.ruralcommerce.stations.logistics.ChainCheckService;
import cn.ruralcommerce.stations.logistics.ChainReport;
import cn.ruralcommerce.stations.logistics.LogisticsNode;
import cn.ruralcommerce.stations.logistics.LogisticsNodeRepository;
import cn.ruralcommerce.stations.logistics.LogisticsTier;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coverage and logistics of one county (覆盖与物流): administrative and 3 km geographic coverage on the
 * as-of day (also for 原贫困村), township stations (乡 and 镇; 街道 apart), the share of village delivery points
 * whose chain reaches a county hub beside the share of rural villages with a delivery point (物流配送覆盖率),
 * and the villages covered only by dormant stations (coverage without vs with "sold within 90 days").
 */
@Singleton
public class CoverageSection {
    private final CoverageService coverage;
    private final ChainCheckService chains;
    private final LogisticsNodeRepository nodes;
    private final RegionRepository regions;

    public CoverageSection(CoverageService coverage, ChainCheckService chains, LogisticsNodeRepository nodes, RegionRepository regions) {
        this.coverage = coverage;
        this.chains = chains;
        this.nodes = nodes;
        this.regions = regions;
    }

    /** The county's coverage summary on the as-of day, and the effective (90-day) one. */
    public record CountyCoverage(CoverageView.Summary summary, List<CoverageView.UncoveredVillage> uncovered,
                                 List<Map<String, Object>> leftByDormant) {
    }

    public CountyCoverage county(String county, ReportRequest request) {
        CoverageQuery all = new CoverageQuery(county, CoverageQuery.DEFAULT_RADIUS_KM, CoverageQuery.DEFAULT_TIERS, request.asOf(), null);
        CoverageView view = coverage.view(all, GapKind.BEYOND_RADIUS);
        List<Map<String, Object>> left = new ArrayList<>();
        try {
            CoverageView effective = coverage.view(new CoverageQuery(county, all.radiusKm(), all.tiers(), request.asOf(), StationSection.DORMANT_DAYS),
                    GapKind.BEYOND_RADIUS);
            Set<String> before = view.uncovered().stream().map(CoverageView.UncoveredVillage::code).collect(Collectors.toSet());
            for (CoverageView.UncoveredVillage v : effective.uncovered()) {
                if (!before.contains(v.code())) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("code", v.code());
                    row.put("name", v.name());
                    row.put("townshipCode", v.townshipCode());
                    row.put("formerPoverty", v.formerPoverty());
                    left.add(row);
                }
            }
        } catch (RuntimeException noLedger) {
            left = List.of();
        }
        return new CountyCoverage(view.summary(), view.uncovered(), left);
    }

    /**
     * The coverage section from one or more counties' summaries (summed for the municipality). Administrative and
     * geographic coverage sit side by side under distinct names, for all rural villages and for former poverty
     * villages (原贫困村); 乡镇 figures count 乡 and 镇 with rural villages, 街道 apart (docs/indicators.md).
     */
    public static Map<String, Object> section(ReportRequest request, List<CoverageView.Summary> counties) {
        int rural = 0, admin = 0, geo = 0, poor = 0, poorAdmin = 0, poorGeo = 0, townships = 0, withStation = 0;
        int subdistricts = 0, subdistrictsWithStation = 0;
        for (CoverageView.Summary s : counties) {
            rural += s.ruralVillages();
            admin += s.adminCoveredVillages();
            geo += s.coveredVillages();
            poor += s.formerPovertyVillages();
            poorAdmin += s.formerPovertyAdminCovered();
            poorGeo += s.formerPovertyCovered();
            townships += s.townships();
            withStation += s.townshipsWithStation();
            subdistricts += s.subdistricts();
            subdistrictsWithStation += s.subdistrictsWithStation();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noData", rural == 0);
        out.put("asOf", request.asOf().toString());
        out.put("radiusKm", CoverageQuery.DEFAULT_RADIUS_KM);
        out.put("ruralVillages", rural);
        out.put("adminCoveredVillages", admin);
        out.put("adminCoverageRate", SalesIndicators.share(admin, rural));
        out.put("villagesWithoutStation", rural - admin);
        out.put("formerPovertyVillages", poor);
        out.put("formerPovertyAdminCovered", poorAdmin);
        out.put("formerPovertyAdminRate", SalesIndicators.share(poorAdmin, poor));
        out.put("geoCoveredVillages", geo);
        out.put("geoCoverageRate", SalesIndicators.share(geo, rural));
        out.put("villagesBeyondRadius", rural - geo);
        out.put("formerPovertyGeoCovered", poorGeo);
        out.put("formerPovertyGeoRate", SalesIndicators.share(poorGeo, poor));
        out.put("townships", townships);
        out.put("townshipsWithStation", withStation);
        out.put("townshipStationRate", SalesIndicators.share(withStation, townships));
        out.put("subdistricts", subdistricts);
        out.put("subdistrictsWithStation", subdistrictsWithStation);
        return out;
    }

    /**
     * Logistics of the current network, two figures side by side: chain integrity (物流链完整率, {@code completeness}):
     * village delivery points whose chain reaches a county hub; and 物流配送覆盖率 ({@code deliveryCoverageRate}): rural
     * villages with at least one village delivery point.
     */
    public Map<String, Object> logistics(List<String> counties) {
        int points = 0, broken = 0, noTransfer = 0, noPoint = 0, rural = 0;
        for (String county : counties) {
            List<LogisticsNode> inCounty = nodes.findWithin(county);
            if (inCounty.isEmpty()) {
                // no node at all: every current rural village lacks a delivery point (one count, no chain check)
                int villages = (int) regions.countRuralWithin(county, RegionLevel.VILLAGE);
                rural += villages;
                noPoint += villages;
                continue;
            }
            ChainReport report = chains.check(county);
            rural += report.ruralVillages();
            noPoint += report.villagesWithoutPoint().size();
            points += (int) inCounty.stream().filter(n -> n.tier() == LogisticsTier.VILLAGE_POINT).count();
            broken += (int) report.brokenChains().stream().filter(b -> b.tier() == LogisticsTier.VILLAGE_POINT).count();
            noTransfer += report.townshipsWithoutTransfer().size();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noData", points == 0);
        out.put("note", "物流节点为当前网络（不保留历史）");
        out.put("villagePoints", points);
        out.put("villagePointsReachingHub", points - broken);
        out.put("completeness", SalesIndicators.share(points - broken, points));
        out.put("ruralVillages", rural);
        out.put("villagesWithPoint", rural - noPoint);
        out.put("deliveryCoverageRate", SalesIndicators.share(rural - noPoint, rural));
        out.put("townshipsWithoutTransfer", noTransfer);
        out.put("villagesWithoutPoint", noPoint);
        return out;
    }
}
