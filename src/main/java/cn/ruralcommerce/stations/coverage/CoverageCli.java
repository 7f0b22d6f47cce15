package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.security.JwtKeys;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

/**
 * Batch coverage runs for planners who script: the same analysis as the HTTP API against the configured
 * database (DB_URL …), writing the uncovered villages as GeoJSON, CSV and XLSX, the township statistics
 * as GeoJSON and, with --k, a site plan as JSON.
 *
 * <pre>java -cp target/station-network-*.jar cn.ruralcommerce.stations.coverage.CoverageCli \
 *     --region 500152 --radius-km 3 [--tiers VILLAGE_STATION] [--as-of 2025-06-30] [--k 10] --out out/</pre>
 */
public final class CoverageCli {
    private CoverageCli() {
    }

    public static void main(String[] args) throws IOException {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Map<String, String> options = options(args);
        if (!options.containsKey("region") || !options.containsKey("out")) {
            System.err.println("usage: CoverageCli --region CODE --out DIR [--radius-km 3] [--tiers T1,T2] [--as-of YYYY-MM-DD] [--k N]");
            System.exit(2);
        }
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out);
        try (ApplicationContext context = ApplicationContext.run(Map.of("micronaut.server.port", -1,
                "app.jwt-secret", JwtKeys.randomSecret()), "cli")) {
            CoverageService coverage = context.getBean(CoverageService.class);
            CoverageExports exports = context.getBean(CoverageExports.class);
            CoverageQuery query = CoverageQuery.parse(options.get("region"), options.get("radius-km"), options.get("tiers"),
                    options.get("as-of"), null, coverage.today());
            CoverageView view = coverage.view(query);
            String stem = "coverage-" + view.region().code();
            for (GapKind kind : GapKind.values()) {
                String gap = stem + "-" + kind.slug();
                Files.writeString(out.resolve(gap + ".geojson"), exports.gapGeoJson(view, kind), StandardCharsets.UTF_8);
                Files.write(out.resolve(gap + ".csv"), exports.gapCsv(view, kind));
                Files.write(out.resolve(gap + ".xlsx"), exports.gapXlsx(view, kind));
            }
            Files.writeString(out.resolve(stem + "-townships.geojson"), exports.townshipsGeoJson(view), StandardCharsets.UTF_8);
            var json = context.getBean(io.micronaut.json.JsonMapper.class);
            if (options.containsKey("k")) {
                PlanView plan = context.getBean(PlanningService.class).plan(query, Integer.parseInt(options.get("k")), null);
                Files.write(out.resolve(stem + "-plan.json"), json.writeValueAsBytes(plan));
            }
            CoverageView.Summary s = view.summary();
            System.out.printf("%s %s: %d rural villages, %d covered within %.1f km (%.1f%%, %d beyond the radius), %d with a village station (%.1f%%, %d without); files in %s%n",
                    view.region().code(), view.region().name(), s.ruralVillages(), s.coveredVillages(), view.radiusKm(),
                    s.coverageRate() * 100, s.villagesBeyondRadius(), s.adminCoveredVillages(), s.adminCoverageRate() * 100,
                    s.villagesWithoutStation(), out.toAbsolutePath());
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
