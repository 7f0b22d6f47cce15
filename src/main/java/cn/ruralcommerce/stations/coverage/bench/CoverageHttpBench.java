package cn.ruralcommerce.stations.coverage.bench;

import cn.ruralcommerce.stations.security.JwtKeys;
import cn.ruralcommerce.stations.coverage.CoverageQuery;
import cn.ruralcommerce.stations.coverage.CoverageService;
import cn.ruralcommerce.stations.coverage.RuralVillages;
import cn.ruralcommerce.stations.coverage.CoverageView;
import cn.ruralcommerce.stations.coverage.PlanView;
import cn.ruralcommerce.stations.coverage.core.SiteTier;
import cn.ruralcommerce.stations.demo.DemoData;
import cn.ruralcommerce.stations.demo.NetworkGenerator;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.region.BoundaryLookup;
import cn.ruralcommerce.stations.region.CountyBoundaries;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.region.RegionService;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.station.StationImportService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Benchmark of the HTTP coverage endpoint on all of Chongqing (issue 4, "HTTP GET /api/coverage?region=50
 * in ≤ 150 ms", warm, R = 3 km, village stations only). Starts the application with its embedded server
 * on a free port against DB_URL (default: in-memory H2), loads the Chongqing divisions (DemoData) and a
 * generated network (about 4,300 ACTIVE village stations plus township stations and county centres,
 * {@link NetworkGenerator}) through the station import service, signs in over HTTP, warms up, then times
 * sequential requests with {@link HttpClient} and prints min/median/p90/max. For region=50 it also times
 * the server-side parts in process (analysis, view building, JSON writing) to show where the time goes.
 * Run: {@code ./mvnw -q compile exec:exec -Dexec.mainClass=cn.ruralcommerce.stations.coverage.bench.CoverageHttpBench}
 * (WARMUPS, RUNS, PLAN_RUNS from the environment override the counts).
 */
public final class CoverageHttpBench {
    private static final int WARMUPS = env("WARMUPS", 30);
    private static final int RUNS = env("RUNS", 40);
    private static final int PLAN_WARMUPS = env("PLAN_WARMUPS", 5);
    private static final int PLAN_RUNS = env("PLAN_RUNS", 10);
    private static final String PASSWORD = "BenchAdmin2026";
    private static final double VILLAGE_STATION_SHARE = 0.59; // 92 % of generated stations are ACTIVE: ≈ 54 % of villages
    private static final String COVERAGE = "/api/coverage?radiusKm=3&tiers=VILLAGE_STATION&region=";

    private CoverageHttpBench() {
    }

    public static void main(String[] args) throws Exception {
        int exit = 0;
        try {
            run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    private static void run() throws Exception {
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
        properties.put("app.admin-initial-password", PASSWORD);
        properties.put("micronaut.server.port", -1);
        print("Coverage HTTP benchmark (%s): %d cores, load average %.1f at start, JVM max heap %d MB",
                url.replaceAll("//[^/]*@", "//").replaceAll("\\?.*", ""), Runtime.getRuntime().availableProcessors(),
                Medians.loadAverage(), Runtime.getRuntime().maxMemory() >> 20);
        long boot = System.nanoTime();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            print("server started on port %d in %d ms", server.getPort(), millis(boot));
            load(context);
            String base = "http://127.0.0.1:" + server.getPort();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            JsonMapper json = context.getBean(JsonMapper.class);
            String token = login(http, json, base);

            CoverageView all = coverage(http, json, base, token, "50", "region=50");
            coverage(http, json, base, token, "50", "region=50", false);
            coverage(http, json, base, token, "500152", "region=500152");
            plan(http, json, base, token);
            serverSide(context, json, all);
        }
    }

    /** Divisions (DemoData) and the generated network through the station import service. */
    private static void load(ApplicationContext context) {
        long start = System.nanoTime();
        if (!context.getBean(DemoData.class).loadIfEmpty()) {
            print("divisions already present: not reloaded");
        }
        RegionRepository repository = context.getBean(RegionRepository.class);
        List<Region> all = new ArrayList<>();
        for (RegionLevel level : List.of(RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE)) {
            all.addAll(repository.findByLevelOrderByCode(level));
        }
        long rural = all.stream().filter(Region::isRuralVillage).count();
        print("divisions: %,d counties/townships/villages (%,d rural villages) in %d ms", all.size(), rural, millis(start));
        BoundaryLookup lookup = context.getBean(CountyBoundaries.class).forCounties(
                all.stream().filter(r -> r.level() == RegionLevel.COUNTY).map(Region::code).toList());
        NetworkGenerator.Network network = new NetworkGenerator(2026, new NetworkGenerator.Shares(0.9, VILLAGE_STATION_SHARE, 0.95, 0.40),
                LocalDate.now(), (county, p) -> lookup.contains(county, p[0], p[1]).orElse(true)).generate(all);
        long activeVillage = network.stations().lines().filter(l -> l.contains(",VILLAGE_STATION,") && l.contains(",ACTIVE,")).count();
        long activeTownship = network.stations().lines().filter(l -> l.contains(",TOWNSHIP_STATION,") && l.contains(",ACTIVE,")).count();
        long t0 = System.nanoTime();
        ImportReport report = context.getBean(StationImportService.class).importFile(network.stations().getBytes(StandardCharsets.UTF_8),
                CoordinateSystem.CGCS2000, false, false, new CurrentUser("bench", Role.ADMIN, null));
        print("stations: %,d generated (%,d ACTIVE village stations = %.1f %% of rural villages, %,d ACTIVE township stations);"
                        + " import %d created, %d unchanged in %d ms", network.stationCount(), activeVillage,
                100.0 * activeVillage / Math.max(1, rural), activeTownship, report.created(), report.unchanged(), millis(t0));
    }

    private static String login(HttpClient http, JsonMapper json, String base) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        check(response, "POST /login");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.readValue(response.body(), Map.class);
        return (String) body.get("access_token");
    }

    private static CoverageView coverage(HttpClient http, JsonMapper json, String base, String token, String region, String label)
            throws IOException, InterruptedException {
        return coverage(http, json, base, token, region, label, true);
    }

    private static CoverageView coverage(HttpClient http, JsonMapper json, String base, String token, String region, String label,
                                         boolean gzip) throws IOException, InterruptedException {
        HttpRequest request = get(base + COVERAGE + region, token, gzip);
        Timing t = timeHttp(http, request, WARMUPS, RUNS);
        CoverageView view = json.readValue(t.body, CoverageView.class);
        CoverageView.Summary s = view.summary();
        print("GET /api/coverage?%s&radiusKm=3&tiers=VILLAGE_STATION (%s): %s; response %,d bytes (%s)", label,
                gzip ? "Accept-Encoding: gzip" : "no Accept-Encoding", t, t.body.length, t.encoding);
        print("    %s %s: rural villages %,d, covered %,d (%.1f %%), uncovered %,d, admin covered %,d, townships %,d, population covered %.1f %%",
                view.region().code(), view.region().name(), s.ruralVillages(), s.coveredVillages(), 100 * s.coverageRate(),
                view.uncovered().size(), s.adminCoveredVillages(), view.townships().size(), 100 * s.populationCoverageRate());
        return view;
    }

    private static void plan(HttpClient http, JsonMapper json, String base, String token) throws IOException, InterruptedException {
        HttpRequest request = get(base + "/api/coverage/plan?region=50&radiusKm=3&k=50&tiers=VILLAGE_STATION", token, true);
        Timing t = timeHttp(http, request, PLAN_WARMUPS, PLAN_RUNS);
        PlanView plan = json.readValue(t.body, PlanView.class);
        print("GET /api/coverage/plan?region=50&radiusKm=3&k=50&tiers=VILLAGE_STATION: %s; response %,d bytes", t, t.body.length);
        print("    %d sites, newly covered population %,d (greedy %,d, upper bound %,d, gap %.2f %%), covered share after %.1f %%",
                plan.sites().size(), plan.newlyCoveredPopulation(), plan.greedyPopulation(), plan.upperBound(), plan.gapPercent(),
                100 * plan.coveredShareAfter());
    }

    /** Where the time of region=50 goes, measured in process: analysis, view building, JSON writing. */
    private static void serverSide(ApplicationContext context, JsonMapper json, CoverageView httpView) throws IOException {
        CoverageService service = context.getBean(CoverageService.class);
        CoverageQuery query = new CoverageQuery("50", 3.0, EnumSet.of(SiteTier.VILLAGE_STATION), service.today(), null);
        Medians.Timed<CoverageService.Analysis> analysis = Medians.time(WARMUPS, RUNS, () -> service.analyze(query));
        Medians.Timed<CoverageView> view = Medians.time(WARMUPS, RUNS, () -> service.view(query));
        RegionService regions = context.getBean(RegionService.class);
        Medians.Timed<Region> region = Medians.time(WARMUPS, RUNS, () -> regions.get("50"));
        RuralVillages divisions = context.getBean(RuralVillages.class);
        Medians.Timed<List<Region>> townships = Medians.time(WARMUPS, RUNS, () -> divisions.townshipsWithin("50"));
        Medians.Timed<byte[]> write = Medians.time(WARMUPS, RUNS, unchecked(() -> json.writeValueAsBytes(view.result())));
        CoverageView noUncovered = new CoverageView(httpView.region(), httpView.radiusKm(), httpView.asOf(), httpView.tiers(),
                httpView.effectiveDays(), httpView.summary(), httpView.townships(), List.of(), httpView.withoutStation());
        CoverageView noTownships = new CoverageView(httpView.region(), httpView.radiusKm(), httpView.asOf(), httpView.tiers(),
                httpView.effectiveDays(), httpView.summary(), List.of(), httpView.uncovered(), httpView.withoutStation());
        byte[] withoutUncovered = json.writeValueAsBytes(noUncovered);
        byte[] withoutTownships = json.writeValueAsBytes(noTownships);
        print("in process, region=50 (median of %d after %d warm-ups, wall / CPU ms):", RUNS, WARMUPS);
        print("    CoverageService.analyze (villages, site index, analyzer)  %7.2f / %7.2f", analysis.medianMillis(), analysis.cpuMedianMillis());
        print("    CoverageService.view (analyze + township rows + uncovered)  %7.2f / %7.2f", view.medianMillis(), view.cpuMedianMillis());
        print("      incl. RegionService.get(\"50\") (database)                   %7.2f / %7.2f", region.medianMillis(), region.cpuMedianMillis());
        print("      incl. RuralVillages.townshipsWithin(50), %,d rows (memory)  %7.2f / %7.2f", townships.result().size(),
                townships.medianMillis(), townships.cpuMedianMillis());
        print("    JsonMapper.writeValueAsBytes(view), %,d bytes              %7.2f / %7.2f", write.result().length,
                write.medianMillis(), write.cpuMedianMillis());
        print("    JSON share: townships %,d bytes (%,d rows), uncovered %,d bytes (%,d villages)",
                write.result().length - withoutTownships.length, httpView.townships().size(),
                write.result().length - withoutUncovered.length, httpView.uncovered().size());
    }

    private static HttpRequest get(String uri, String token, boolean gzip) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        return (gzip ? builder.header("Accept-Encoding", "gzip") : builder).GET().build();
    }

    private static Timing timeHttp(HttpClient http, HttpRequest request, int warmUps, int runs) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = null;
        for (int i = 0; i < warmUps; i++) {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            check(response, request.uri().toString());
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ms[i] = (System.nanoTime() - start) / 1e6;
            check(response, request.uri().toString());
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        byte[] body = response.body();
        if ("gzip".equalsIgnoreCase(encoding)) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                encoding = "gzip, " + body.length + " bytes on the wire";
                body = in.readAllBytes();
            }
        }
        return new Timing(ms, runs, warmUps, body, encoding);
    }

    private static void check(HttpResponse<byte[]> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " → " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    /** Sorted timings of the timed runs, milliseconds, and the last body (decompressed). */
    private record Timing(double[] ms, int runs, int warmUps, byte[] body, String encoding) {
        @Override
        public String toString() {
            double[] s = ms.clone();
            Arrays.sort(s);
            double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
            double p90 = s[Math.min(s.length - 1, (int) Math.ceil(0.9 * s.length) - 1)];
            return String.format(Locale.ROOT, "%d runs after %d warm-ups: min %.1f, median %.1f, p90 %.1f, max %.1f ms",
                    runs, warmUps, s[0], median, p90, s[s.length - 1]);
        }
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> Supplier<T> unchecked(IoSupplier<T> supplier) {
        return () -> {
            try {
                return supplier.get();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static int env(String name, int fallback) {
        return Integer.parseInt(System.getenv().getOrDefault(name, String.valueOf(fallback)));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
