package cn.ruralcommerce.stations.reliability;

import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.GaleraCluster;
import cn.ruralcommerce.stations.support.MySqlTestDatabase;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.ServiceProcess;
import cn.ruralcommerce.stations.tx.ConflictRetry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No loss, no duplicates on a three-node Galera cluster (.ci/galera.sh; TEST_GALERA_URL): sales from many
 * client threads through two service instances — A in this JVM preferring node 1, B a JVM of its own preferring
 * node 2, so both nodes take writes and the summary rows meet certification conflicts — while node 1 is killed
 * with SIGKILL a third of the way and rejoins (IST) after a few seconds, and instance B is killed with SIGKILL
 * at two thirds and started again. Afterwards every acknowledged sale is stored exactly once on every node,
 * the summaries equal the entries and the statistics API of both instances equals SQL.
 * Tunable with -Dgalera.sales (CI: 10,000; the full drill: 100,000), -Dgalera.threads, -Dgalera.singles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoLossGaleraIT {
    private static final int SALES = Integer.getInteger("galera.sales", 10_000);
    private static final int THREADS = Integer.getInteger("galera.threads", 16);
    private static final double SINGLES = Double.parseDouble(System.getProperty("galera.singles", "0.3"));
    private static final Duration DEADLINE = Duration.ofMinutes(Integer.getInteger("galera.minutes", 8));
    private static final Duration NODE_DOWN_FOR = Duration.ofSeconds(5);
    private static final Duration INSTANCE_DOWN_FOR = Duration.ofSeconds(3);
    private static final int KILLED_NODE = 1;

    private GaleraCluster cluster;
    private String database;
    private EmbeddedServer serverA;
    private HttpClient clientA;
    private ApiClient apiA;
    private ServiceProcess instanceB;
    private String token;

    @BeforeAll
    void start() {
        cluster = GaleraCluster.fromEnvironment();
        database = "galera_" + Long.toHexString(System.nanoTime());
        cluster.createDatabase(database);
        Map<String, Object> a = new HashMap<>(MySqlTestDatabase.datasource(cluster.url(database, 1), "root", ""));
        serverA = ApplicationContext.run(EmbeddedServer.class, a, "test");
        ApplicationContext context = serverA.getApplicationContext();
        NetworkFixture.ensureRegions(context.getBean(RegionRepository.class), context.getBean(RegionImportService.class),
                context.getBean(BoundaryService.class));
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(Duration.ofSeconds(10));
        clientA = HttpClient.create(serverA.getURL(), configuration);
        apiA = new ApiClient(clientA.toBlocking());
        token = apiA.token("admin", "TestAdmin2026");
        Path workDir;
        try {
            workDir = Files.createDirectories(Path.of("target", "galera-instance-b")).toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        instanceB = new ServiceProcess(workDir, Map.of("DB_URL", cluster.url(database, 2), "DB_USER", "root", "DB_PASSWORD", "",
                "DEMO_DATA", "false", "ADMIN_INITIAL_PASSWORD", "TestAdmin2026",
                "JWT_SECRET", "galera-drill-secret-0123456789abcdef0123456789"), Duration.ofSeconds(10));
        instanceB.start(Duration.ofMinutes(3));
    }

    @AfterAll
    void stop() {
        if (instanceB != null) {
            instanceB.close();
        }
        if (clientA != null) {
            clientA.close();
        }
        if (serverA != null) {
            serverA.close();
        }
        if (cluster != null && database != null) {
            cluster.dropDatabase(database);
        }
    }

    @Test
    void everySaleIsStoredOnceThroughANodeCrashAndAnInstanceCrash() throws Exception {
        SalesPlan plan = SalesPlan.generate(SALES, SINGLES, 0.2, stations(3), SalesPlan.smallCategories(apiA, token, 8),
                LocalDate.of(2023, 2, 1), LocalDate.of(2024, 12, 31), 20261201L);
        RetryingSender sender = new RetryingSender(List.of(
                new RetryingSender.Instance(apiA, () -> apiA.token("admin", "TestAdmin2026")),
                new RetryingSender.Instance(instanceB.api(), () -> instanceB.api().token("admin", "TestAdmin2026"))),
                System.nanoTime() + DEADLINE.toNanos());
        ExecutorService drillThread = Executors.newSingleThreadExecutor();
        Future<Map<String, Object>> drill = drillThread.submit(() -> drill(sender));
        long started = System.nanoTime();
        sender.sendAll(plan, THREADS);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Object> figures = drill.get(DEADLINE.toMinutes(), TimeUnit.MINUTES);
        drillThread.shutdown();
        ConflictRetry retryA = serverA.getApplicationContext().getBean(ConflictRetry.class);

        System.out.printf("galera no-loss: %,d sales (%,d re-sent, %.0f %% as single POSTs) from %d threads through 2 instances"
                        + " in %,d ms = %,.0f sales/s; %,d CREATED, %,d REPLAYED; %,d 503s (slowest %,d ms), %,d connection errors,"
                        + " %,d timeouts, %,d re-logins; instance A re-ran %,d conflicted transactions (%,d gave up)%n",
                SALES, plan.resent(), SINGLES * 100, THREADS, elapsedMillis, SALES * 1000.0 / elapsedMillis,
                sender.created.sum(), sender.replayed.sum(), sender.unavailable.sum(), sender.slowest503Nanos.get() / 1_000_000,
                sender.connectionErrors.sum(), sender.timeouts.sum(), sender.relogins.sum(), retryA.retried(), retryA.exhausted());
        System.out.printf("galera no-loss outages: %s%n", figures);

        assertTrue(sender.anomalies.isEmpty(), () -> sender.anomalies.size() + " anomalies (a 500 would be one), e.g. "
                + sender.anomalies.stream().limit(10).toList());
        assertStoredOnceOnEveryNode(plan, sender);
        plan.assertStatistics(apiA, token);
        plan.assertStatistics(instanceB.api(), instanceB.api().token("admin", "TestAdmin2026"));
    }

    /**
     * Two edits of one row through two nodes conflict at certification (error 1213) where one server would have
     * made the second wait: the edits run again instead of failing (a 500 before; 103 of 240 failed without the retry).
     */
    @Test
    void concurrentEditsOfOneStationThroughTwoNodesNeverAnswer500() throws Exception {
        String code = "GL-EDIT";
        assertEquals(HttpStatus.CREATED, apiA.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation(code)),
                token, Map.class).getStatus());
        String tokenB = instanceB.api().token("admin", "TestAdmin2026");
        ConflictRetry retryA = serverA.getApplicationContext().getBean(ConflictRetry.class);
        long retriedBefore = retryA.retried();
        ExecutorService editors = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            int n = i;
            ApiClient api = n % 2 == 0 ? apiA : instanceB.api();
            String bearer = n % 2 == 0 ? token : tokenB;
            statuses.add(editors.submit(() -> api.raw(HttpRequest.PUT("/api/stations/" + code + "/contact",
                    Map.of("openingHours", "08:00-18:00 #" + n)), bearer).getStatus().getCode()));
        }
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        for (Future<Integer> f : statuses) {
            byStatus.merge(f.get(2, TimeUnit.MINUTES), 1, Integer::sum);
        }
        editors.shutdown();
        System.out.printf("galera concurrent edits of one station: statuses %s; instance A re-ran %,d conflicted transactions%n",
                byStatus, retryA.retried() - retriedBefore);
        assertTrue(retryA.retried() > retriedBefore, "the edits did meet certification conflicts");
        assertTrue(java.util.Set.of(200, 503).containsAll(byStatus.keySet()), "never a 500: " + byStatus);
        // bounded: an edit still conflicting after the last run gets 503 + Retry-After; without the retry 103 of 240 did
        assertTrue(byStatus.getOrDefault(503, 0) <= 12, "at most 5 % still conflicting after the retries: " + byStatus);
    }

    /** Kills node 1 a third of the way and restarts it; kills instance B at two thirds and restarts it. */
    private Map<String, Object> drill(RetryingSender sender) throws InterruptedException {
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        await(() -> sender.idByKey.size() >= SALES / 3, "a third of the sales acknowledged");
        long killed = System.nanoTime();
        cluster.kill(KILLED_NODE);
        long ackedAtKill = sender.idByKey.size();
        Thread.sleep(NODE_DOWN_FOR.toMillis());
        figures.put("sales acknowledged while node " + KILLED_NODE + " was down", sender.idByKey.size() - ackedAtKill);
        long restarting = System.nanoTime();
        cluster.restart(KILLED_NODE);
        long synced = System.nanoTime();
        figures.put("node down ms", (synced - killed) / 1_000_000);
        figures.put("node restart to Synced ms", (synced - restarting) / 1_000_000);
        figures.put("rejoined by", cluster.lastStateTransfer(KILLED_NODE));

        await(() -> sender.idByKey.size() >= 2L * SALES / 3, "two thirds of the sales acknowledged");
        long instanceKilled = System.nanoTime();
        instanceB.kill();
        long ackedAtInstanceKill = sender.idByKey.size();
        Thread.sleep(INSTANCE_DOWN_FOR.toMillis());
        long instanceRestarting = System.nanoTime();
        instanceB.start(Duration.ofMinutes(3));
        long healthy = System.nanoTime();
        figures.put("sales acknowledged while instance B was down", sender.idByKey.size() - ackedAtInstanceKill);
        figures.put("instance B down ms", (healthy - instanceKilled) / 1_000_000);
        figures.put("instance B start to healthy ms", (healthy - instanceRestarting) / 1_000_000);
        return figures;
    }


    private void assertStoredOnceOnEveryNode(SalesPlan plan, RetryingSender sender) throws Exception {
        Ledger ledger;
        try (Connection connection = cluster.connect(3)) {
            connection.setCatalog(database);
            ledger = new Ledger(connection);
        }
        assertEquals(SALES, ledger.rows, "exactly one entry per sale");
        assertEquals(plan.sales.stream().map(SalesPlan.Sale::key).collect(java.util.stream.Collectors.toSet()),
                ledger.idByKey.keySet(), "the stored keys are the sent keys");
        assertEquals(sender.idByKey, ledger.idByKey, "every id the service acknowledged is stored under its key");
        assertEquals(plan.amountFen(), ledger.amountFen);
        assertEquals(0, plan.quantity().compareTo(ledger.quantity), plan.quantity() + " vs " + ledger.quantity);
        assertEquals(ledger.entriesByDay, ledger.summaryByDay, "the daily summary agrees with the entries");
        assertEquals(ledger.lastSaleFromEntries, ledger.lastSaleTable, "each station's last sale date agrees with the entries");
        for (int node = 1; node <= cluster.size(); node++) {
            try (Connection c = cluster.connect(node); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(amount_fen), (SELECT SUM(entries) FROM " + database
                         + ".sales_daily_summary) FROM " + database + ".sale_entry")) {
                rs.next();
                assertEquals(SALES, rs.getLong(1), "entries on node " + node);
                assertEquals(plan.amountFen(), rs.getLong(2), "amount on node " + node);
                assertEquals(SALES, rs.getLong(3), "summary entries on node " + node);
            }
        }
    }


    private List<String> stations(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = "GL-" + i;
            assertEquals(HttpStatus.CREATED, apiA.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation(code)),
                    token, Map.class).getStatus());
            codes.add(code);
        }
        return codes;
    }


    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
