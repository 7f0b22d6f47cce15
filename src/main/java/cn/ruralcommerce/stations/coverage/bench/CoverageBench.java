package cn.ruralcommerce.stations.coverage.bench;

import cn.ruralcommerce.stations.coverage.core.Candidate;
import cn.ruralcommerce.stations.coverage.core.CoverageAnalyzer;
import cn.ruralcommerce.stations.coverage.core.CoverageReport;
import cn.ruralcommerce.stations.coverage.core.Site;
import cn.ruralcommerce.stations.coverage.core.SiteIndex;
import cn.ruralcommerce.stations.coverage.core.SitePlan;
import cn.ruralcommerce.stations.coverage.core.SitePlanner;
import cn.ruralcommerce.stations.coverage.core.Village;
import cn.ruralcommerce.stations.coverage.core.WhatIfAnalyzer;
import cn.ruralcommerce.stations.coverage.core.WhatIfReport;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark of the coverage core on generated networks (R = 3 km, village stations only), printing the
 * median of several warm runs per case; single-threaded, deterministic data.
 */
public final class CoverageBench {

    private static final long SEED = 20_240_601L;
    private static final double RADIUS = 3_000;
    private static final int RUNS = 7;

    private CoverageBench() {
    }

    public static void main(String[] args) {
        print("Coverage core benchmark: R = 3 km, village stations only, %d timed runs per case after warm-up;"
            + " %d cores, load average %.1f at start", RUNS, Runtime.getRuntime().availableProcessors(),
            Medians.loadAverage());
        List<Village> chongqing = ChongqingVillages.load();
        List<Site> cqStations = StationPlacement.villageStations(chongqing, SEED);
        SiteIndex cqIndex = analysis("Chongqing", chongqing, cqStations, 60);
        whatIf(chongqing, cqStations, cqIndex);
        plan("Chongqing k=50", chongqing, StationPlacement.withoutStation(chongqing, cqStations), cqIndex, 50);
        List<Village> tongnan = ChongqingVillages.withPrefix(chongqing, ChongqingVillages.TONGNAN);
        plan("潼南区 500152 greenfield k=10", tongnan, tongnan, SiteIndex.of(List.of()), 10);
        target("潼南区 500152 greenfield target 95 %", tongnan, tongnan, SiteIndex.of(List.of()), 0.95);
        target("Chongqing target 99 %", chongqing, StationPlacement.withoutStation(chongqing, cqStations), cqIndex,
            0.99);
        plan("Chongqing greenfield k=50 (extra)", chongqing, chongqing, SiteIndex.of(List.of()), 50);
        List<Village> national = NationalVillages.generate(NationalVillages.DEFAULT_COUNT, SEED);
        List<Site> nationalStations = StationPlacement.villageStations(national, SEED);
        analysis("National", national, nationalStations, 2);
    }

    private static SiteIndex analysis(String name, List<Village> villages, List<Site> sites, int warmUps) {
        Medians.Timed<SiteIndex> build = Medians.time(warmUps, RUNS, () -> SiteIndex.of(sites));
        CoverageAnalyzer analyzer = new CoverageAnalyzer(RADIUS);
        Medians.Timed<CoverageReport> full = Medians.time(warmUps, RUNS, () -> analyzer.analyze(villages, build.result()));
        CoverageAnalyzer fast = analyzer.withNearestForCoveredVillages(false);
        Medians.Timed<CoverageReport> run = Medians.time(warmUps, RUNS, () -> fast.analyze(villages, build.result()));
        CoverageReport report = run.result();
        print("%s: %,d rural villages, %,d village stations; SiteIndex build median %.1f ms (CPU %.1f ms)", name,
            villages.size(), sites.size(), build.medianMillis(), build.cpuMedianMillis());
        print("%s: uncovered set + nearest sites + totals median %.1f ms (min %.1f, max %.1f, CPU %.1f ms);"
                + " uncovered %,d, covered population %.1f %%", name, run.medianMillis(), run.minMillis(),
            run.maxMillis(), run.cpuMedianMillis(), report.uncovered().size(),
            100 * report.summary().populationShare());
        print("%s: ... with the nearest site of every village median %.1f ms (min %.1f, max %.1f, CPU %.1f ms);"
                + " same uncovered set: %b", name, full.medianMillis(), full.minMillis(), full.maxMillis(),
            full.cpuMedianMillis(), full.result().uncovered().equals(report.uncovered()));
        Site moved = new Site("bench-new", sites.get(0).tier(), sites.get(0).lon() + 0.01, sites.get(0).lat());
        Medians.Timed<SiteIndex> change = Medians.time(warmUps, RUNS,
            () -> build.result().with(List.of(moved), List.of(sites.get(1).code())));
        print("%s: SiteIndex.with(1 opened, 1 closed) median %.3f ms", name, change.medianMillis());
        return build.result();
    }

    private static void whatIf(List<Village> villages, List<Site> sites, SiteIndex index) {
        CoverageAnalyzer analyzer = new CoverageAnalyzer(RADIUS).withNearestForCoveredVillages(false);
        WhatIfAnalyzer whatIf = new WhatIfAnalyzer(analyzer);
        CoverageReport before = analyzer.analyze(villages, index);
        List<Site> opened = StationPlacement.villageStations(villages, 0.002, 0, SEED + 1).stream()
            .map(s -> new Site("W" + s.code(), s.tier(), s.lon(), s.lat())).toList();
        List<String> closed = sites.subList(0, 20).stream().map(Site::code).toList();
        Medians.Timed<WhatIfReport> run = Medians.time(60, RUNS,
            () -> whatIf.run(villages, index, before, opened, closed));
        print("Chongqing what-if (%d opened, %d closed, cached before-report) median %.1f ms (CPU %.1f ms);"
            + " %d villages change", opened.size(), closed.size(), run.medianMillis(), run.cpuMedianMillis(),
            run.result().changes().size());
    }

    private static void plan(String name, List<Village> villages, List<Village> candidates, SiteIndex existing,
                             int k) {
        SitePlanner planner = new SitePlanner(RADIUS);
        List<Candidate> sites = candidates.stream().map(Candidate::of).toList();
        Medians.Timed<SitePlan> run = Medians.time(2, RUNS, () -> planner.planSites(villages, sites, existing, k));
        SitePlan plan = run.result();
        print("%s: plan median %.1f ms (min %.1f, max %.1f, CPU %.1f ms); %d sites newly cover %,d persons;"
                + " greedy %,d (%.2f %% of ours); upper bound %,d; gap %.3f %%", name, run.medianMillis(),
            run.minMillis(), run.maxMillis(), run.cpuMedianMillis(), plan.sites().size(), plan.newlyCoveredPopulation(), plan.greedyPopulation(),
            100.0 * plan.greedyPopulation() / plan.newlyCoveredPopulation(), plan.upperBound(), plan.gapPercent());
    }

    private static void target(String name, List<Village> villages, List<Village> candidates, SiteIndex existing,
                               double share) {
        SitePlanner planner = new SitePlanner(RADIUS);
        List<Candidate> sites = candidates.stream().map(Candidate::of).toList();
        Medians.Timed<SitePlan> run = Medians.time(2, RUNS, () -> planner.planTarget(villages, sites, existing, share));
        SitePlan plan = run.result();
        print("%s: plan median %.1f ms (CPU %.1f ms); %d sites (greedy %d, proven minimum >= %d), covered share"
            + " %.4f", name, run.medianMillis(), run.cpuMedianMillis(), plan.sites().size(), plan.greedySites(), plan.sitesLowerBound(),
            plan.coveredShareAfter());
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
