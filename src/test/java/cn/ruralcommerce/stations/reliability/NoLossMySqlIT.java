package cn.ruralcommerce.stations.reliability;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.ServiceOnOwnMariaDb;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No loss, no duplicates (不丢不重): 100,000 distinct sales over HTTP from many client threads, a fifth of them
 * sent twice, while the database — a MariaDB process of the test's own — is killed with SIGKILL halfway and
 * started again. Clients retry 503s, broken connections and timeouts with the same keys. Afterwards the
 * database holds exactly the sent sales, once each, and the summaries and statistics agree with them.
 * Tunable with -Dnoloss.sales, -Dnoloss.threads, -Dnoloss.singles (share sent as single POSTs).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoLossMySqlIT {
    private static final int SALES = Integer.getInteger("noloss.sales", 100_000);
    private static final int THREADS = Integer.getInteger("noloss.threads", 16);
    private static final double SINGLES = Double.parseDouble(System.getProperty("noloss.singles", "0.3"));
    private static final double RESENT = 0.2;
    private static final Duration DEADLINE = Duration.ofMinutes(6);
    private static final Duration DOWN_FOR = Duration.ofSeconds(4);

    private ServiceOnOwnMariaDb service;
    private String token;

    @BeforeAll
    void start() {
        service = ServiceOnOwnMariaDb.start("noloss", Duration.ofSeconds(10));
        token = service.api().token("admin", "TestAdmin2026");
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everySaleIsStoredExactlyOnceThroughADatabaseKill() throws Exception {
        SalesPlan plan = SalesPlan.generate(SALES, SINGLES, RESENT, stations(3), SalesPlan.smallCategories(service.api(), token, 8),
                LocalDate.of(2023, 2, 1), LocalDate.of(2024, 12, 31), 20261122L);
        RetryingSender sender = new RetryingSender(service.api(), token, System.nanoTime() + DEADLINE.toNanos());
        ExecutorService drillThread = Executors.newSingleThreadExecutor();
        Future<OutageDrill.Figures> drill = drillThread.submit(new OutageDrill(service.db, sender, service.api(), token, SALES / 2, DOWN_FOR));
        long started = System.nanoTime();
        sender.sendAll(plan, THREADS);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        OutageDrill.Figures outage = drill.get(1, TimeUnit.MINUTES);
        drillThread.shutdown();

        System.out.printf("no-loss: %,d sales (%,d re-sent, %.0f %% as single POSTs) from %d threads in %,d ms = %,.0f sales/s;"
                        + " %,d CREATED, %,d REPLAYED answers; %,d 503s (slowest %,d ms), %,d connection errors, %,d timeouts%n",
                SALES, plan.resent(), SINGLES * 100, THREADS, elapsedMillis, SALES * 1000.0 / elapsedMillis,
                sender.created.sum(), sender.replayed.sum(), sender.unavailable.sum(),
                sender.slowest503Nanos.get() / 1_000_000, sender.connectionErrors.sum(), sender.timeouts.sum());
        System.out.printf("no-loss outage: database down %,d ms (restart %,d ms); while down /health %d in %,d ms,"
                        + " a read %d in %,d ms; first sale stored %,d ms and /health UP %,d ms after the restart%n",
                outage.downMillis(), outage.restartMillis(), outage.healthWhileDown().status(), outage.healthWhileDown().millis(),
                outage.readWhileDown().status(), outage.readWhileDown().millis(),
                outage.firstSaleAfterRestartMillis(), outage.healthUpAfterRestartMillis());

        assertTrue(sender.anomalies.isEmpty(), () -> sender.anomalies.size() + " anomalies, e.g. "
                + sender.anomalies.stream().limit(10).toList() + "; stored: " + storedRows(sender.anomalies));
        assertDownAnswers(outage, sender);
        assertStoredOnce(plan, sender);
        plan.assertStatistics(service.api(), token);
    }


    private static void assertDownAnswers(OutageDrill.Figures outage, RetryingSender sender) {
        assertTrue(sender.unavailable.sum() > 0, "clients met 503s while the database was down");
        OutageDrill.Probe health = outage.healthWhileDown();
        assertEquals(503, health.status(), health.body());
        assertTrue(health.body().contains("DOWN"), health.body());
        OutageDrill.Probe read = outage.readWhileDown();
        assertEquals(503, read.status(), read.body());
        assertTrue(read.response().getHeaders().get("Retry-After") != null, "a 503 says when to retry");
        Map<?, ?> problem = ApiClient.read(read.body(), Map.class);
        assertEquals("数据库暂不可用", problem.get("title"));
        assertTrue(read.millis() < 10_000 && health.millis() < 10_000,
                "answers while down come within seconds, not after the 30 s default pool timeout");
        assertTrue(outage.firstSaleAfterRestartMillis() >= 0, "sales are stored again without restarting the service");
    }

    private void assertStoredOnce(SalesPlan plan, RetryingSender sender) throws Exception {
        Ledger ledger;
        try (Connection connection = service.db.connect()) {
            connection.setCatalog(service.database);
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
    }


    private List<String> stations(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = "NL-" + i;
            assertEquals(HttpStatus.CREATED, service.api().exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation(code)),
                    token, Map.class).getStatus());
            codes.add(code);
        }
        return codes;
    }

    /** The stored rows (id, key, recorded_at) of the keys named in the first anomalies, to tell what happened. */
    private String storedRows(java.util.Collection<String> anomalies) {
        StringBuilder out = new StringBuilder();
        try (Connection connection = service.db.connect()) {
            connection.setCatalog(service.database);
            for (String anomaly : anomalies.stream().limit(5).toList()) {
                String key = anomaly.split(" ")[0];
                try (java.sql.PreparedStatement ps = connection.prepareStatement(
                        "SELECT id, idempotency_key, recorded_at FROM sale_entry WHERE idempotency_key = ?")) {
                    ps.setString(1, key);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.append(rs.getLong(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append("; ");
                        }
                    }
                }
            }
        } catch (Exception e) {
            out.append("(could not read: ").append(e.getMessage()).append(')');
        }
        return out.toString();
    }

}
