package cn.ruralcommerce.stations.coverage.bench;

import cn.ruralcommerce.stations.coverage.core.CoverageAnalyzer;
import cn.ruralcommerce.stations.coverage.core.CoverageReport;
import cn.ruralcommerce.stations.coverage.core.Site;
import cn.ruralcommerce.stations.coverage.core.SiteIndex;
import cn.ruralcommerce.stations.coverage.core.Village;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark of the coverage core on generated networks, printing medians of several warm runs.
 */
public final class CoverageBench {

    private static final long SEED = 20_240_601L;
    private static final double RADIUS = 3_000;

    private CoverageBench() {
    }

    public static void main(String[] args) {
        List<Village> chongqing = ChongqingVillages.load();
        List<Site> cqStations = StationPlacement.villageStations(chongqing, SEED);
        analysis("Chongqing", chongqing, cqStations, 200, 51);
        List<Village> national = NationalVillages.generate(NationalVillages.DEFAULT_COUNT, SEED);
        List<Site> nationalStations = StationPlacement.villageStations(national, SEED);
        analysis("National", national, nationalStations, 3, 7);
    }

    private static void analysis(String name, List<Village> villages, List<Site> sites, int warmUps, int runs) {
        Medians.Timed<SiteIndex> build = Medians.time(warmUps, runs, () -> SiteIndex.of(sites));
        CoverageAnalyzer analyzer = new CoverageAnalyzer(RADIUS);
        Medians.Timed<CoverageReport> run = Medians.time(warmUps, runs, () -> analyzer.analyze(villages, build.result()));
        CoverageReport report = run.result();
        System.out.printf(Locale.ROOT, "%s: %,d rural villages, %,d village stations; index build median %.1f ms%n",
            name, villages.size(), sites.size(), build.medianMillis());
        System.out.printf(Locale.ROOT, "%s: R=3 km coverage + nearest for all villages median %.1f ms (min %.1f, max %.1f);"
            + " covered %,d, uncovered %,d, covered population share %.3f%n", name, run.medianMillis(),
            run.minMillis(), run.maxMillis(), report.summary().coveredVillages(), report.uncovered().size(),
            report.summary().populationShare());
    }
}
