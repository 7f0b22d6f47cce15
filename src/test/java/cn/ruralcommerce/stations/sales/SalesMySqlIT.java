package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.sales.SaleResult.Status;
import cn.ruralcommerce.stations.sales.stats.GroupBy;
import cn.ruralcommerce.stations.sales.stats.SalesFilter;
import cn.ruralcommerce.stations.sales.stats.SalesStatsService;
import cn.ruralcommerce.stations.sales.stats.StatsView;
import cn.ruralcommerce.stations.sales.stats.UnitQuantity;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.FakeStationGate;
import cn.ruralcommerce.stations.support.MySqlTestDatabase;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Idempotent writes and the summary upsert on MySQL/MariaDB (TEST_MYSQL_URL, or Testcontainers where Docker runs). */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "test.fake-station-gate", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesMySqlIT implements TestPropertyProvider {
    private static final CurrentUser OPERATOR = new CurrentUser("op1", Role.OPERATOR, "S1");

    @Inject
    SaleService sales;
    @Inject
    ReversalService reversals;
    @Inject
    SaleEntryRepository entries;
    @Inject
    SalesStatsService stats;
    @Inject
    SalesActivity activity;
    @Inject
    RegionImportService regions;
    @Inject
    AccountBootstrap accounts;
    @Inject
    FakeStationGate stations;

    @Override
    public Map<String, String> getProperties() {
        return MySqlTestDatabase.create();
    }

    @BeforeAll
    void setUp() {
        SalesFixture.install(regions, accounts, stations);
    }

    static SaleRequest request(String day, long amount) {
        return new SaleRequest(null, "S1", LocalDate.parse(day), "C010101", "潼南脐橙", new BigDecimal("2.5"), "kg",
                amount, "UP", "OFFLINE", null, null, null);
    }

    @Test
    void concurrentBatchesWithTheSameKeysWriteEachEntryOnce() throws Exception {
        List<SaleRequest> batch = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(request("2021-01-0" + (1 + i % 9), 100 + i));
            keys.add("mysql-concurrent-" + i);
        }
        long before = entries.count();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<List<SaleResult>>> calls = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            calls.add(() -> sales.record(batch, keys, OPERATOR));
        }
        List<List<Long>> ids = new ArrayList<>();
        for (Future<List<SaleResult>> f : pool.invokeAll(calls)) {
            List<SaleResult> results = f.get();
            results.forEach(r -> assertEquals(true, r.status() == Status.CREATED || r.status() == Status.REPLAYED, r.toString()));
            ids.add(results.stream().map(SaleResult::id).toList());
        }
        pool.shutdown();
        assertEquals(1, ids.stream().distinct().count());
        assertEquals(before + 50, entries.count());
        StatsView view = stats.stats(new SalesFilter(LocalDate.parse("2021-01-01"), LocalDate.parse("2021-01-31"), "500152", null, null, false), GroupBy.VILLAGE);
        assertEquals(50, view.totals().entries());
        assertEquals(50 * 100 + 49 * 50 / 2, view.totals().amountFen());
        assertEquals(List.of(new UnitQuantity("kg", new BigDecimal("125"))), view.totals().quantities());
    }

    @Test
    void replayConflictAndReversalNetInTheSummary() {
        List<SaleResult> first = sales.record(List.of(request("2022-05-05", 1234)), List.of("mysql-k1"), OPERATOR);
        assertEquals(Status.CREATED, first.get(0).status());
        assertEquals(Status.REPLAYED, sales.record(List.of(request("2022-05-05", 1234)), List.of("mysql-k1"), OPERATOR).get(0).status());
        assertEquals(Status.CONFLICT, sales.record(List.of(request("2022-05-05", 1235)), List.of("mysql-k1"), OPERATOR).get(0).status());
        sales.record(List.of(request("2022-05-05", 1000)), List.of("mysql-k2"), OPERATOR);
        reversals.reverse(first.get(0).id(), new ReversalRequest("wrong amount"), OPERATOR);
        StatsView view = stats.stats(new SalesFilter(LocalDate.parse("2022-05-01"), LocalDate.parse("2022-05-31"), "500152", null, null, false), GroupBy.CATEGORY);
        assertEquals(1000, view.totals().amountFen());
        assertEquals(1, view.totals().entries());
        assertEquals(LocalDate.parse("2022-05-05"), activity.lastSaleDateByStation(List.of("S1")).get("S1"));
    }
}
