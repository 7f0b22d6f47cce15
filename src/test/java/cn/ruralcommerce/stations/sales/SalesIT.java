package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.FakeStationGate;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.ruralcommerce.stations.support.SalesFixture.sale;
import static cn.ruralcommerce.stations.support.SalesFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sales logging over HTTP: idempotency, concurrency, validation, scope and reversals. */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "test.fake-station-gate", value = "true")
class SalesIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionImportService regions;
    @Inject
    AccountBootstrap accounts;
    @Inject
    FakeStationGate stations;
    @Inject
    SaleEntryRepository entries;
    @Inject
    SalesActivity activity;

    ApiClient api;
    String admin;
    String op1;

    @BeforeEach
    void setUp() {
        SalesFixture.install(regions, accounts, stations);
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        op1 = api.token("op1", "Operator12345");
    }

    HttpResponse<Map> post(Map<String, Object> body, String key, String token) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/sales", body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.exchange(request, token, Map.class);
    }

    static List<String> fields(HttpResponse<Map> response) {
        assertEquals("application/problem+json", response.getContentType().orElseThrow().toString());
        return ((List<Map<String, Object>>) ApiClient.problem(response).get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }

    @Test
    void replayReturnsTheOriginalAndAConflictingReplayIs409() {
        String key = UUID.randomUUID().toString();
        HttpResponse<Map> first = post(sale("S1", "2021-03-01"), key, op1);
        assertEquals(HttpStatus.CREATED, first.getStatus());
        assertEquals(false, first.body().get("onBehalf"));
        long count = entries.count();
        HttpResponse<Map> replay = post(sale("S1", "2021-03-01"), key, op1);
        assertEquals(HttpStatus.OK, replay.getStatus());
        assertEquals(first.body().get("id"), replay.body().get("id"));
        assertEquals(first.body(), replay.body(), "the 201 (built from what was written) is the stored entry, field by field");
        assertEquals(first.body(), api.exchange(HttpRequest.GET("/api/sales/" + first.body().get("id")), op1, Map.class).body());
        assertEquals(count, entries.count());
        HttpResponse<Map> conflict = post(with(sale("S1", "2021-03-01"), "amountFen", 10001), key, op1);
        assertEquals(HttpStatus.CONFLICT, conflict.getStatus());
        assertEquals(count, entries.count());
    }

    @Test
    void concurrentReplaysOfOneKeyWriteOneEntry() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = entries.count();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<HttpResponse<Map>>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> post(sale("S1", "2021-04-01"), key, op1));
        }
        List<Object> ids = new ArrayList<>();
        for (Future<HttpResponse<Map>> f : pool.invokeAll(calls)) {
            HttpResponse<Map> r = f.get();
            assertTrue(r.getStatus() == HttpStatus.CREATED || r.getStatus() == HttpStatus.OK, "status " + r.getStatus() + " " + r.body());
            ids.add(r.body().get("id"));
        }
        pool.shutdown();
        assertEquals(1, ids.stream().distinct().count());
        assertEquals(before + 1, entries.count());
    }

    @Test
    void missingOrLongKeyIs400NamingTheHeader() {
        assertEquals(List.of("Idempotency-Key"), fields(post(sale("S1", "2021-03-01"), null, op1)));
        assertEquals(List.of("Idempotency-Key"), fields(post(sale("S1", "2021-03-01"), "k".repeat(65), op1)));
    }

    @Test
    void everyValidationRuleNamesItsField() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        Map<String, Object> ok = sale("S1", "2021-05-01");
        Object[][] cases = {
                {"dateSold", tomorrow}, {"amountFen", 0}, {"amountFen", -5}, {"amountFen", 10_000_000_001L},
                {"quantity", 0}, {"quantity", 10_000_001}, {"quantity", 1.2345}, {"categoryCode", "C0101"},
                {"categoryCode", "NOPE"}, {"direction", "SIDEWAYS"}, {"productName", " "}, {"unit", null}, {"channel", null},
                {"stationCode", "NOPE"}, {"originVillageCode", "500153999999"}, {"dateSold", null}};
        for (Object[] c : cases) {
            HttpResponse<Map> r = post(with(ok, c[0], c[1]), UUID.randomUUID().toString(), admin);
            assertEquals(HttpStatus.BAD_REQUEST, r.getStatus(), c[0] + "=" + c[1]);
            assertTrue(fields(r).contains((String) c[0]), c[0] + "=" + c[1] + " gave " + fields(r));
        }
        HttpResponse<Map> closed = post(sale("SX", "2021-05-01"), UUID.randomUUID().toString(), admin);
        assertEquals(List.of("dateSold"), fields(closed));
        assertEquals(HttpStatus.CREATED, post(sale("SX", "2019-12-31"), UUID.randomUUID().toString(), admin).getStatus());
        assertEquals(HttpStatus.CREATED, post(sale("S1", today), UUID.randomUUID().toString(), op1).getStatus());
    }

    @Test
    void scopeOperatorOwnStationBureauOwnCountyPlannerNone() {
        assertEquals(HttpStatus.FORBIDDEN, post(sale("S2", "2021-06-01"), UUID.randomUUID().toString(), op1).getStatus());
        String rc = api.token("rcbureau", "Bureau12345x");
        assertEquals(HttpStatus.FORBIDDEN, post(sale("S1", "2021-06-01"), UUID.randomUUID().toString(), rc).getStatus());
        String tn = api.token("tnbureau", "Bureau12345x");
        HttpResponse<Map> onBehalf = post(sale("S1", "2021-06-01"), UUID.randomUUID().toString(), tn);
        assertEquals(HttpStatus.CREATED, onBehalf.getStatus());
        assertEquals(true, onBehalf.body().get("onBehalf"));
        assertEquals("tnbureau", onBehalf.body().get("recordedBy"));
        String planner = api.token("planner", "Planner12345");
        assertEquals(HttpStatus.FORBIDDEN, post(sale("S1", "2021-06-01"), UUID.randomUUID().toString(), planner).getStatus());
        String op2 = api.token("op2", "Operator12345");
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.GET("/api/sales/" + onBehalf.body().get("id")), op2, Map.class).getStatus());
    }

    @Test
    void batchReportsEachEntry() {
        String k1 = UUID.randomUUID().toString();
        post(sale("S1", "2021-07-01"), k1, op1);
        List<Map<String, Object>> batch = List.of(
                with(sale("S1", "2021-07-02"), "idempotencyKey", UUID.randomUUID().toString()),
                with(sale("S1", "2021-07-01"), "idempotencyKey", k1),
                with(sale("S1", "2021-07-01"), "idempotencyKey", k1, "amountFen", 1),
                with(sale("S1", "2021-07-02"), "idempotencyKey", UUID.randomUUID().toString(), "amountFen", -1),
                with(sale("S2", "2021-07-02"), "idempotencyKey", UUID.randomUUID().toString()),
                sale("S1", "2021-07-02"));
        List<Map<String, Object>> results = api.exchange(HttpRequest.POST("/api/sales/batch", Map.of("entries", batch)), op1, List.class).body();
        assertEquals(List.of("CREATED", "REPLAYED", "CONFLICT", "INVALID", "FORBIDDEN", "INVALID"),
                results.stream().map(r -> r.get("status")).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), results.stream().map(r -> r.get("index")).toList());
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(with(sale("S1", "2021-07-02"), "idempotencyKey", "k" + i));
        }
        assertEquals(HttpStatus.BAD_REQUEST, api.exchange(HttpRequest.POST("/api/sales/batch", Map.of("entries", tooMany)), op1, Map.class).getStatus());
    }

    @Test
    void reversalOnceAndOnlyOnce() {
        HttpResponse<Map> sale = post(sale("S1", "2021-08-01"), UUID.randomUUID().toString(), op1);
        Object id = sale.body().get("id");
        HttpResponse<Map> noReason = api.exchange(HttpRequest.POST("/api/sales/" + id + "/reversal", Map.of()), op1, Map.class);
        assertEquals(List.of("reason"), fields(noReason));
        HttpResponse<Map> reversal = api.exchange(HttpRequest.POST("/api/sales/" + id + "/reversal", Map.of("reason", "录错数量")), op1, Map.class);
        assertEquals(HttpStatus.CREATED, reversal.getStatus());
        assertEquals(-10000, reversal.body().get("amountFen"));
        assertEquals(((Number) id).intValue(), ((Number) reversal.body().get("reversesId")).intValue());
        assertEquals(HttpStatus.CONFLICT, api.exchange(HttpRequest.POST("/api/sales/" + id + "/reversal", Map.of("reason", "again")), op1, Map.class).getStatus());
        assertEquals(HttpStatus.CONFLICT, api.exchange(HttpRequest.POST("/api/sales/" + reversal.body().get("id") + "/reversal", Map.of("reason", "x")), op1, Map.class).getStatus());
        assertTrue(activity.lastSaleDateByStation(List.of("S1")).containsKey("S1"));
    }
}
