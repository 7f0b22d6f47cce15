package cn.ruralcommerce.stations.station.bench;

import cn.ruralcommerce.stations.security.JwtKeys;
import cn.ruralcommerce.stations.demo.NetworkGenerator;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.logistics.LogisticsImportService;
import cn.ruralcommerce.stations.region.BoundaryLookup;
import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.CountyBoundaries;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.station.StationImportService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark: imports the Chongqing divisions, then a generated network of about 5,000 stations and 4,000
 * logistics nodes through the import services, into the database of DB_URL (e.g.
 * {@code jdbc:mysql://127.0.0.1:3306/bench?rewriteBatchedStatements=true}); prints the median of RUNS
 * fresh imports (network tables emptied in between) and of a re-import (all rows unchanged).
 * Run: {@code DB_URL=... ./mvnw -q compile exec:exec -Dexec.mainClass=cn.ruralcommerce.stations.station.bench.NetworkImportBench}
 */
public final class NetworkImportBench {
    private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("RUNS", "3"));
    private static final CurrentUser BENCH = new CurrentUser("bench", Role.ADMIN, null);

    private NetworkImportBench() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Map<String, Object> properties = new HashMap<>();
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:h2:mem:bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY;DB_CLOSE_DELAY=-1");
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", System.getenv().getOrDefault("DB_USER", url.startsWith("jdbc:mysql") ? "root" : "sa"));
        properties.put("datasources.default.password", System.getenv().getOrDefault("DB_PASSWORD", ""));
        if (url.startsWith("jdbc:mysql")) {
            properties.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        }
        properties.put("app.demo-data", false);
        properties.put("app.jwt-secret", JwtKeys.randomSecret());
        properties.put("app.admin-initial-password", "BenchAdmin2026");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            long start = System.nanoTime();
            ImportReport regions = context.getBean(RegionImportService.class).importFile(resource("gis-data/chongqing/regions.csv"),
                    CoordinateSystem.CGCS2000, false, false, "bench");
            context.getBean(BoundaryService.class).importFeatures(resource("gis-data/chongqing/county-boundaries.geojson"), false, "bench");
            System.out.printf("regions: %d created, %d unchanged in %d ms%n", regions.created(), regions.unchanged(), millis(start));

            List<Region> all = new ArrayList<>();
            RegionRepository repository = context.getBean(RegionRepository.class);
            for (RegionLevel level : List.of(RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE)) {
                all.addAll(repository.findByLevelOrderByCode(level));
            }
            BoundaryLookup lookup = context.getBean(CountyBoundaries.class).forCounties(
                    all.stream().filter(r -> r.level() == RegionLevel.COUNTY).map(Region::code).toList());
            NetworkGenerator.Network network = new NetworkGenerator(2026, new NetworkGenerator.Shares(0.9, 0.51, 0.95, 0.40),
                    LocalDate.now(), (county, p) -> lookup.contains(county, p[0], p[1]).orElse(true)).generate(all);
            System.out.printf("generated %d stations and %d logistics nodes%n", network.stationCount(), network.nodeCount());

            StationImportService stations = context.getBean(StationImportService.class);
            LogisticsImportService nodes = context.getBean(LogisticsImportService.class);
            byte[] stationFile = network.stations().getBytes(StandardCharsets.UTF_8);
            byte[] nodeFile = network.nodes().getBytes(StandardCharsets.UTF_8);
            List<Long> stationTimes = new ArrayList<>();
            List<Long> nodeTimes = new ArrayList<>();
            List<Long> reimportTimes = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                clear(context.getBean(TransactionOperations.class));
                long t0 = System.nanoTime();
                ImportReport s = stations.importFile(stationFile, CoordinateSystem.CGCS2000, false, false, BENCH);
                stationTimes.add(millis(t0));
                long t1 = System.nanoTime();
                ImportReport n = nodes.importFile(nodeFile, CoordinateSystem.CGCS2000, false, false, BENCH);
                nodeTimes.add(millis(t1));
                long t2 = System.nanoTime();
                ImportReport again = stations.importFile(stationFile, CoordinateSystem.CGCS2000, false, false, BENCH);
                ImportReport againNodes = nodes.importFile(nodeFile, CoordinateSystem.CGCS2000, false, false, BENCH);
                reimportTimes.add(millis(t2));
                System.out.printf("run %d: stations %d created in %d ms; nodes %d created in %d ms; re-import %d+%d unchanged in %d ms%n",
                        run + 1, s.created(), stationTimes.get(run), n.created(), nodeTimes.get(run),
                        again.unchanged(), againNodes.unchanged(), reimportTimes.get(run));
            }
            System.out.printf("median of %d: stations %d ms, logistics nodes %d ms, network total %d ms, re-import %d ms (%s)%n",
                    RUNS, median(stationTimes), median(nodeTimes), median(stationTimes) + median(nodeTimes), median(reimportTimes),
                    url.replaceAll("//[^/]*@", "//"));
        }
    }

    /**
     * Empties the network tables in one transaction. Their audit rows stay: the audit log is append-only
     * (production grants only SELECT, INSERT on it), the bench included.
     */
    @SuppressWarnings("unchecked")
    private static void clear(TransactionOperations<?> transactions) {
        ((TransactionOperations<Connection>) transactions).executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                for (String table : List.of("logistics_node", "station_status_change", "station", "change_log")) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
            return null;
        });
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static byte[] resource(String path) throws java.io.IOException {
        try (InputStream in = NetworkImportBench.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (copy gis-data/ from the main worktree)");
            }
            return in.readAllBytes();
        }
    }
}
