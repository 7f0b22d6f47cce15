package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.coverage.ActiveStations.ActiveStation;
import cn.ruralcommerce.stations.coverage.core.CoverageAnalyzer;
import cn.ruralcommerce.stations.coverage.core.CoverageReport;
import cn.ruralcommerce.stations.coverage.core.CoverageSummary;
import cn.ruralcommerce.stations.coverage.core.CoverageTotals;
import cn.ruralcommerce.stations.coverage.core.GapPriority;
import cn.ruralcommerce.stations.coverage.core.Site;
import cn.ruralcommerce.stations.coverage.core.SiteIndex;
import cn.ruralcommerce.stations.coverage.core.SiteTier;
import cn.ruralcommerce.stations.coverage.core.Village;
import cn.ruralcommerce.stations.coverage.core.VillageCoverage;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionService;
import cn.ruralcommerce.stations.region.TownshipKind;
import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Geographic and administrative coverage of a division's rural villages by the stations ACTIVE on a
 * date, from the in-memory network (no database read per request for today's network).
 */
@Singleton
public class CoverageService {
    private final RuralVillages villages;
    private final ActiveStations stations;
    private final RegionService regions;
    private final LastSaleDates sales;

    public CoverageService(RuralVillages villages, ActiveStations stations, RegionService regions, LastSaleDates sales) {
        this.villages = villages;
        this.stations = stations;
        this.regions = regions;
        this.sales = sales;
    }

    public LocalDate today() {
        return stations.today();
    }

    /** Everything one coverage request needs: the villages, the counted sites and the analysis. */
    public record Analysis(CoverageQuery query, Region region, List<Village> villages, SiteIndex sites,
                           Set<String> adminCovered, Set<String> townshipsWithStation, CoverageReport report) {
    }

    public Analysis analyze(CoverageQuery query) {
        Region region = regions.get(query.region());
        List<Village> inRegion = villages.within(region.code());
        Map<String, ActiveStation> active = stations.on(query.asOf());
        Predicate<ActiveStation> counted = effectiveFilter(query);
        // today's unfiltered network has a kept index; past dates and effective-only build one from the stations read above
        SiteIndex sites = query.effectiveDays() == null && query.asOf().equals(stations.today())
                ? stations.indexToday(query.tiers())
                : SiteIndex.of(active.values().stream().filter(counted)
                .map(ActiveStation::site).filter(s -> query.tiers().contains(s.tier())).toList());
        Set<String> adminCovered = new HashSet<>();
        Set<String> townshipsWithStation = new HashSet<>();
        for (ActiveStation station : active.values()) {
            if (!counted.test(station)) {
                continue;
            }
            if (station.site().tier() == SiteTier.VILLAGE_STATION) {
                adminCovered.add(station.regionCode());
            } else if (station.site().tier() == SiteTier.TOWNSHIP_STATION) {
                townshipsWithStation.add(station.regionCode());
            }
        }
        CoverageReport report = new CoverageAnalyzer(query.radiusMetres()).withNearestForCoveredVillages(false).analyze(inRegion, sites);
        return new Analysis(query, region, inRegion, sites, adminCovered, townshipsWithStation, report);
    }

    /** The coverage with both gap lists. */
    public CoverageView view(CoverageQuery query) {
        return view(query, null);
    }

    /** The coverage with the gap list of {@code kind} only, or both when it is null. */
    public CoverageView view(CoverageQuery query, @Nullable GapKind kind) {
        return toView(analyze(query), kind);
    }

    CoverageView toView(Analysis a) {
        return toView(a, null);
    }

    CoverageView toView(Analysis a, @Nullable GapKind kind) {
        CoverageTotals admin = CoverageTotals.administrative(a.villages(), a.adminCovered());
        List<Region> townships = villages.townshipsWithin(a.region().code());
        List<CoverageView.TownshipRow> rows = new ArrayList<>();
        int counted = 0, withStation = 0, subdistricts = 0, subdistrictsWithStation = 0;
        for (Region township : townships) {
            CoverageSummary geo = a.report().townships().getOrDefault(township.code(), CoverageSummary.EMPTY);
            CoverageSummary adm = admin.townships().getOrDefault(township.code(), CoverageSummary.EMPTY);
            boolean hasStation = a.townshipsWithStation().contains(township.code());
            TownshipKind townshipKind = TownshipKind.of(township.code());
            // 乡镇 indicators count 乡 and 镇 with rural villages; 街道 (urban) are counted apart
            boolean countedAsTownship = townshipKind.isRuralTownship() && geo.ruralVillages() > 0;
            if (countedAsTownship) {
                counted++;
                withStation += hasStation ? 1 : 0;
            } else if (townshipKind == TownshipKind.SUBDISTRICT) {
                subdistricts++;
                subdistrictsWithStation += hasStation ? 1 : 0;
            }
            rows.add(new CoverageView.TownshipRow(township.code(), township.name(), geo.ruralVillages(), geo.coveredVillages(),
                    adm.coveredVillages(), geo.population(), geo.coveredPopulation(), geo.formerPovertyVillages(),
                    geo.formerPovertyCovered(), hasStation, township.lon(), township.lat(), townshipKind.name(),
                    countedAsTownship, adm.formerPovertyCovered()));
        }
        CoverageSummary geo = a.report().summary();
        CoverageSummary adm = admin.summary();
        CoverageView.Summary summary = new CoverageView.Summary(geo.ruralVillages(), geo.coveredVillages(), adm.coveredVillages(),
                geo.population(), geo.coveredPopulation(), geo.formerPovertyVillages(), geo.formerPovertyCovered(),
                adm.formerPovertyCovered(), counted, withStation, round(geo.villageShare()), round(adm.villageShare()),
                round(geo.populationShare()), geo.ruralVillages() - geo.coveredVillages(), adm.ruralVillages() - adm.coveredVillages(),
                round(geo.formerPovertyShare()), round(adm.formerPovertyShare()),
                round(counted == 0 ? 0 : (double) withStation / counted), subdistricts, subdistrictsWithStation);
        return new CoverageView(new CoverageView.RegionRef(a.region().code(), a.region().name(), a.region().level().name()),
                a.query().radiusKm(), a.query().asOf(), a.query().tiers().stream().map(Enum::name).sorted().toList(),
                a.query().effectiveDays(), summary, rows,
                kind == GapKind.WITHOUT_STATION ? null : uncovered(a.report().uncovered()),
                kind == GapKind.BEYOND_RADIUS ? null : withoutStation(a));
    }

    List<CoverageView.UncoveredVillage> uncovered(Collection<VillageCoverage> list) {
        return list.stream().map(c -> new CoverageView.UncoveredVillage(c.village().code(), villages.name(c.village().code()),
                c.village().townshipCode(), c.village().lon(), c.village().lat(), c.village().population(),
                c.village().formerPoverty(), c.nearestSiteCode(),
                c.nearestDistanceMetres() == null ? null : Math.round(c.nearestDistanceMetres()))).toList();
    }

    /** The administrative gap in priority order ({@link GapPriority}). */
    List<CoverageView.GapVillage> withoutStation(Analysis a) {
        List<VillageCoverage> gap = GapPriority.withoutStation(a.report(), a.adminCovered(), a.sites());
        List<CoverageView.GapVillage> out = new ArrayList<>(gap.size());
        for (VillageCoverage c : gap) {
            Village v = c.village();
            out.add(new CoverageView.GapVillage(out.size() + 1, v.code(), villages.name(v.code()), v.townshipCode(), v.lon(), v.lat(),
                    v.population(), v.formerPoverty(), !c.covered(), c.nearestSiteCode(),
                    c.nearestDistanceMetres() == null ? null : Math.round(c.nearestDistanceMetres())));
        }
        return out;
    }

    public String villageName(String code) {
        return villages.name(code);
    }

    private Predicate<ActiveStation> effectiveFilter(CoverageQuery query) {
        if (query.effectiveDays() == null) {
            return s -> true;
        }
        LocalDate since = query.asOf().minusDays(query.effectiveDays() - 1L);
        Set<String> selling = sales.stationsSellingBetween(since, query.asOf()).orElseThrow(() -> ApiException.badField(
                "effectiveDays", "无法计算有效覆盖：未安装销售台账", "effective coverage is unavailable: no sales ledger is installed"));
        return s -> selling.contains(s.site().code());
    }

    static double round(double share) {
        return Math.round(share * 10000) / 10000.0;
    }

    /** Sites for what-if additions, from request points already in CGCS2000. */
    static List<Site> newSites(List<double[]> points) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            sites.add(Site.villageStation("NEW-" + (i + 1), points.get(i)[0], points.get(i)[1]));
        }
        return sites;
    }
}
