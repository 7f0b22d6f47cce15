package cn.ruralcommerce.stations.sales.bench;

import cn.ruralcommerce.stations.security.JwtKeys;
import cn.ruralcommerce.stations.catalog.CategoryLevel;
import cn.ruralcommerce.stations.catalog.CategoryRepository;
import cn.ruralcommerce.stations.sales.SaleRequest;
import cn.ruralcommerce.stations.sales.SaleResult;
import cn.ruralcommerce.stations.sales.SaleService;
import cn.ruralcommerce.stations.sales.StationGate;
import cn.ruralcommerce.stations.sales.stats.GroupBy;
import cn.ruralcommerce.stations.sales.stats.SalesFilter;
import cn.ruralcommerce.stations.sales.stats.SalesStatsService;
import cn.ruralcommerce.stations.sales.stats.StatsView;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Benchmark (基准测试) on the MariaDB named by DB_URL/DB_USER/DB_PASSWORD: batch ingestion through
 * {@link SaleService} (batches of 500), then the per-county-per-year statistics query through
 * {@link SalesStatsService} over BENCH_ENTRIES (default 10 million) generated entries. Prints medians.
 */
public final class SalesBench {
    private static final CurrentUser ADMIN = new CurrentUser("bench", Role.ADMIN, null);

    private SalesBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = require("DB_URL");
        String user = System.getenv().getOrDefault("DB_USER", "root");
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        long total = Long.parseLong(System.getenv().getOrDefault("BENCH_ENTRIES", "10000000"));
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "5"));
        try (ApplicationContext context = ApplicationContext.builder()
                .environments(Environment.CLI)
                .properties(Map.of("datasources.default.url", url, "datasources.default.username", user,
                        "datasources.default.password", password, "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver",
                        "app.demo-data", false, "app.admin-initial-password", "Bench-" + UUID.randomUUID(),
                        "app.jwt-secret", JwtKeys.randomSecret()))
                .singletons(new BenchStationGate())
                .start()) {
            if (!(context.getBean(StationGate.class) instanceof BenchStationGate)) {
                throw new IllegalStateException("bench station gate not installed");
            }
            List<String> categories = context.getBean(CategoryRepository.class).findByLevelOrderByCode(CategoryLevel.SMALL)
                    .stream().map(c -> c.code()).toList();
            ingest(context.getBean(SaleService.class), categories, rounds);
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                long existing = BenchData.generated(c);
                if (existing == 0) {
                    System.out.printf("generating %,d entries with bulk SQL%n", total);
                    BenchData.generate(c, total, categories);
                } else {
                    System.out.printf("using %,d entries generated earlier%n", existing);
                }
            }
            query(context.getBean(SalesStatsService.class), rounds);
        }
    }

    /** A warm-up round, then rounds of 40 batches of 500 fresh entries each; rate = entries / wall time of the round. */
    private static void ingest(SaleService sales, List<String> categories, int rounds) {
        Random random = new Random(7);
        double[] rates = new double[rounds];
        double[] batchMillis = new double[rounds * 40];
        for (int r = -1; r < rounds; r++) {
            long started = System.nanoTime();
            for (int b = 0; b < 40; b++) {
                List<SaleRequest> batch = new ArrayList<>();
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    int station = random.nextInt(BenchStationGate.STATIONS);
                    batch.add(new SaleRequest(null, "B" + station, LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            categories.get(random.nextInt(categories.size())), "产品" + random.nextInt(100),
                            BigDecimal.valueOf(1 + random.nextInt(500), 1), "kg", 100L + random.nextInt(1_000_000),
                            random.nextInt(3) == 0 ? "DOWN" : "UP", "OFFLINE", null, random.nextInt(5) == 0 ? "消费扶贫" : null, null));
                    keys.add(UUID.randomUUID().toString());
                }
                long batchStart = System.nanoTime();
                List<SaleResult> results = sales.record(batch, keys, ADMIN);
                if (r >= 0) {
                    batchMillis[r * 40 + b] = (System.nanoTime() - batchStart) / 1e6;
                }
                if (results.stream().anyMatch(x -> x.status() != SaleResult.Status.CREATED)) {
                    throw new IllegalStateException("bench entry not created: " + results.stream().filter(x -> x.status() != SaleResult.Status.CREATED).findFirst());
                }
            }
            double rate = 20_000 / ((System.nanoTime() - started) / 1e9);
            System.out.printf("ingest %s: %,.0f entries/s%n", r < 0 ? "warm-up round (not counted)" : "round " + (r + 1), rate);
            if (r >= 0) {
                rates[r] = rate;
            }
        }
        System.out.printf("INGEST median %,.0f entries/s (batches of 500; median batch %.0f ms)%n", median(rates), median(batchMillis));
    }

    /** The real statistics query for one county and one year, grouped by village, over several counties. */
    private static void query(SalesStatsService stats, int rounds) {
        String[] counties = {"500101", "500110", "500120", "500130", "500138"};
        List<Double> millis = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String county : counties) {
                for (GroupBy groupBy : new GroupBy[]{GroupBy.VILLAGE, GroupBy.LARGE_CATEGORY}) {
                    long started = System.nanoTime();
                    StatsView view = stats.stats(new SalesFilter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), county, null, null, false), groupBy);
                    double ms = (System.nanoTime() - started) / 1e6;
                    millis.add(ms);
                    if (r == 0) {
                        System.out.printf("query %s 2024 by %s: %.0f ms (%d rows, %,d entries, %,d households)%n", county, groupBy.parameter(),
                                ms, view.rows().size(), view.totals().entries(), view.totals().households());
                    }
                }
            }
        }
        double[] all = millis.stream().mapToDouble(Double::doubleValue).toArray();
        double[] warm = Arrays.copyOfRange(all, counties.length * 2, all.length);
        System.out.printf("QUERY county-year median %.0f ms (warm runs), max %.0f ms, first (cold) %.0f ms%n",
                median(warm.length == 0 ? all : warm), Arrays.stream(all).max().orElse(0), all[0]);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must name the benchmark database, e.g. jdbc:mysql://127.0.0.1:3306/bench?"
                    + "rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
        }
        return value;
    }
}
