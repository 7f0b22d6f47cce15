package cn.ruralcommerce.stations.loadtest;

import cn.ruralcommerce.stations.security.JwtKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Month-end load test (issue 8): the service on MariaDB (DB_URL, default the local server's database
 * {@code loadtest}, created when missing) on a loopback port, one county (LOAD_COUNTY, default 潼南区) with
 * OPERATORS (200) operators and BUREAU_USERS (5) bureau users. After WARMUP_SECONDS (120) at full load (on 2 cores
 * the JIT keeps compiling the HTTP, JSON and JDBC paths for about two minutes, taking most of a core, so a
 * shorter warm-up measures the compiler, not the service),
 * it measures DURATION_SECONDS (60): SALE_RPS (200) single sale POSTs a second, RESEND_SHARE (0.05) of them
 * sent again with the same key, BATCHES_PER_MINUTE (120) offline batches of 20–100 of last week's sales,
 * and the bureau users' coverage, statistics and report requests (THINK_MS 2000: 1–3 s between clicks). It prints throughput and
 * p50/p90/p99/max per request kind, checks that the sales the service reported CREATED are exactly the
 * rows stored with their amounts, and exits 1 when a target is missed: single sale p99 ≤ 50 ms, county
 * coverage p99 ≤ 100 ms, no errors. Run: {@code ./mvnw -q compile exec:exec@load}.
 */
public final class LoadTest {
    private static final String DEFAULT_DB = "jdbc:mysql://127.0.0.1:3306/loadtest?rewriteBatchedStatements=true&cachePrepStmts=true"
            + "&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&useLocalSessionState=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&allowPublicKeyRetrieval=true&useSSL=false";
    private static final double SALE_P99_TARGET_MS = 50;
    private static final double COVERAGE_P99_TARGET_MS = 100;

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int exit;
        try {
            exit = run() ? 0 : 1;
        } catch (Exception e) {
            e.printStackTrace();
            exit = 2;
        }
        System.exit(exit);
    }

    private static boolean run() throws Exception {
        String url = env("DB_URL", DEFAULT_DB);
        String user = env("DB_USER", "root");
        String password = env("DB_PASSWORD", "");
        createDatabaseIfMissing(url, user, password);
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", user);
        properties.put("datasources.default.password", password);
        properties.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        properties.put("app.demo-data", false);
        properties.put("app.jwt-secret", JwtKeys.randomSecret());
        properties.put("app.admin-initial-password", "LoadAdmin2026");
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.server.host", "127.0.0.1");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            LoadHttp http = new LoadHttp("http://127.0.0.1:" + server.getPort(), context.getBean(JsonMapper.class));
            LoadCounty county = LoadCounty.prepare(context, http, env("LOAD_COUNTY", "500152"), envInt("OPERATORS", 200),
                    envInt("BUREAU_USERS", 5), today);
            return drive(http, county, today);
        }
    }

    private static boolean drive(LoadHttp http, LoadCounty county, LocalDate today) throws Exception {
        int warmup = envInt("WARMUP_SECONDS", 120);
        int duration = envInt("DURATION_SECONDS", 60);
        double saleRps = envInt("SALE_RPS", 200);
        double batchesPerSecond = envInt("BATCHES_PER_MINUTE", 120) / 60.0;
        String runId = UUID.randomUUID().toString().substring(0, 8);
        SaleTraffic sales = new SaleTraffic(http, county, today, runId, Double.parseDouble(env("RESEND_SHARE", "0.05")));
        BureauTraffic bureau = new BureauTraffic(http, county, today, envInt("THINK_MS", 2000));
        System.out.printf(Locale.ROOT, "load: %d s warm-up + %d s measured; %.0f single sales/s, %.1f batches/s, %d bureau users;"
                        + " %d cores, load average %.1f%n", warmup, duration, saleRps, batchesPerSecond,
                county.bureauTokens().size(), Runtime.getRuntime().availableProcessors(), loadAverage());

        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(warmup + duration);
        List<Thread> threads = new ArrayList<>(List.of(sales.start(saleRps, batchesPerSecond, end)));
        threads.addAll(bureau.start(end));
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
        sales.recording(true);
        bureau.recording(true);
        long measuredFrom = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        sales.drain();
        double seconds = (System.nanoTime() - measuredFrom) / 1e9;
        sales.recording(false);
        bureau.recording(false);

        List<Latencies.Summary> rows = List.of(sales.singles.summary(seconds), sales.resends.summary(seconds),
                sales.batches.summary(seconds), bureau.coverage.summary(seconds), bureau.stats.summary(seconds),
                bureau.report.summary(seconds));
        System.out.printf(Locale.ROOT, "%nmeasured %.1f s, load average %.1f at the end%n%s%n", seconds, loadAverage(),
                Latencies.Summary.header());
        rows.forEach(r -> System.out.println(r.row()));
        rows.forEach(r -> r.errorSamples().forEach(e -> System.out.println("  error: " + r.name() + ": " + e)));
        long createdFen = sales.created().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "sales created over the run (warm-up included): %,d (%,d of them in batches), %,d fen;"
                + " %,d with an unknown outcome%n", sales.created().size(), sales.batchEntries(), createdFen, sales.unknown().size());
        return verdict(rows, stored(sales.keyPrefix()), sales);
    }

    private static boolean verdict(List<Latencies.Summary> rows, Map<String, Long> stored, SaleTraffic sales) {
        Latencies.Summary single = rows.get(0);
        Latencies.Summary coverage = rows.get(3);
        long errors = rows.stream().mapToLong(Latencies.Summary::errors).sum();
        boolean ok = check("single sale POST p99 ≤ 50 ms at " + Math.round(single.perSecond()) + " req/s",
                single.p99() <= SALE_P99_TARGET_MS, String.format(Locale.ROOT, "%.1f ms", single.p99()));
        ok &= check("county coverage p99 ≤ 100 ms under that load", coverage.p99() <= COVERAGE_P99_TARGET_MS,
                String.format(Locale.ROOT, "%.1f ms over %d requests", coverage.p99(), coverage.requests()));
        ok &= check("no errors", errors == 0, errors + " errors");
        long missing = sales.created().entrySet().stream().filter(e -> !e.getValue().equals(stored.get(e.getKey()))).count();
        long unexpected = stored.keySet().stream().filter(k -> !sales.created().containsKey(k) && !sales.unknown().contains(k)).count();
        ok &= check("every CREATED sale stored once with its amount, nothing else stored", missing == 0 && unexpected == 0,
                String.format(Locale.ROOT, "%,d rows under this run's keys; %d CREATED missing or with another amount;"
                        + " %d stored that were neither CREATED nor unanswered", stored.size(), missing, unexpected));
        return ok;
    }

    private static boolean check(String target, boolean met, String measured) {
        System.out.printf("%s %s: %s%n", met ? "PASS" : "FAIL", target, measured);
        return met;
    }

    /** Amount of each row stored under this run's keys (unique in the schema), read straight from the database. */
    private static Map<String, Long> stored(String keyPrefix) throws SQLException {
        try (Connection connection = DriverManager.getConnection(env("DB_URL", DEFAULT_DB), env("DB_USER", "root"), env("DB_PASSWORD", ""));
             PreparedStatement query = connection.prepareStatement(
                     "SELECT idempotency_key, amount_fen FROM sale_entry WHERE idempotency_key LIKE ?")) {
            query.setString(1, keyPrefix + "%");
            Map<String, Long> stored = new HashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getLong(2));
                }
            }
            return stored;
        }
    }

    private static void createDatabaseIfMissing(String url, String user, String password) throws SQLException {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?');
        String name = url.substring(slash + 1, query < 0 ? url.length() : query);
        try (Connection connection = DriverManager.getConnection(url.substring(0, slash + 1), user, password)) {
            connection.createStatement().execute("CREATE DATABASE IF NOT EXISTS `" + name.replace("`", "") + "`"
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int envInt(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }
}
