package cn.ruralcommerce.stations.cluster;

import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.MySqlTestDatabase;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.RegionFixture;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two service instances on one MySQL/MariaDB database (as behind a load balancer): a station registered or a
 * village imported through one is counted by coverage on the other within seconds, and sales sent to both with the same
 * keys — one at a time or thousands concurrently — are stored once each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesMySqlIT {
    private static final int KEYS = 2_000;
    private static final int BATCH = 100;

    private EmbeddedServer first;
    private EmbeddedServer second;
    private ApiClient apiA;
    private ApiClient apiB;
    private HttpClient clientA;
    private HttpClient clientB;

    @BeforeAll
    void start() {
        Map<String, Object> shared = new HashMap<>(MySqlTestDatabase.create());
        shared.putAll(Map.of(
                "app.jwt-secret", "a-shared-secret-of-at-least-32-characters!",
                "app.coverage.poll-interval", "500ms",
                "micronaut.server.port", -1));
        first = ApplicationContext.run(EmbeddedServer.class, shared, "test");
        second = ApplicationContext.run(EmbeddedServer.class, shared, "test");
        var ctx = first.getApplicationContext();
        NetworkFixture.ensureRegions(ctx.getBean(RegionRepository.class), ctx.getBean(RegionImportService.class), ctx.getBean(BoundaryService.class));
        clientA = HttpClient.create(first.getURL());
        clientB = HttpClient.create(second.getURL());
        apiA = new ApiClient(clientA.toBlocking());
        apiB = new ApiClient(clientB.toBlocking());
    }

    @AfterAll
    void stop() {
        for (AutoCloseable open : new AutoCloseable[]{clientA, clientB, second, first}) {
            if (open != null) {
                try {
                    open.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    @Order(1)
    void coverageOnOneInstanceSeesAStationRegisteredThroughTheOther() throws InterruptedException {
        String tokenA = apiA.token("admin", "TestAdmin2026");
        String tokenB = apiB.token("admin", "TestAdmin2026");
        assertEquals(0, covered(tokenB), "instance B has loaded its network before the change");

        assertEquals(HttpStatus.CREATED, apiA.exchange(HttpRequest.POST("/api/stations",
                NetworkFixture.villageStation("TWO-1")), tokenA, Map.class).getStatus());
        long start = System.nanoTime();
        int covered = 0;
        while (covered == 0 && System.nanoTime() - start < 5_000_000_000L) {
            Thread.sleep(100);
            covered = covered(tokenB);
        }
        assertEquals(1, covered, "instance B counts the station registered through A within 5 s");

        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        List<Map<?, ?>> small = apiA.exchange(HttpRequest.GET("/api/catalog/categories?level=SMALL&limit=1"), tokenA, List.class).body();
        Map<String, Object> sale = SalesFixture.with(SalesFixture.sale("TWO-1", day), "categoryCode", small.get(0).get("code"));
        HttpResponse<Map> onA = apiA.exchange(HttpRequest.POST("/api/sales", sale).header("Idempotency-Key", "two-instances-1"), tokenA, Map.class);
        HttpResponse<Map> onB = apiB.exchange(HttpRequest.POST("/api/sales", sale).header("Idempotency-Key", "two-instances-1"), tokenB, Map.class);
        assertEquals(HttpStatus.CREATED, onA.getStatus(), String.valueOf(onA.body()));
        assertEquals(HttpStatus.OK, onB.getStatus(), "the replay on the other instance returns the original");
        assertEquals(onA.body().get("id"), onB.body().get("id"));
        Map<?, ?> stats = apiB.exchange(HttpRequest.GET("/api/stats/sales?region=500152&from=" + day + "&to=" + day + "&groupBy=county"),
                tokenB, Map.class).body();
        assertEquals(10000, ((Number) ((Map<?, ?>) stats.get("totals")).get("amountFen")).intValue());
        assertTrue(((Number) ((Map<?, ?>) stats.get("totals")).get("entries")).intValue() == 1);

        assertEquals(1, covered(tokenB, "&effectiveDays=30"), "a station that sold today is effective");
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        assertEquals(0, covered(tokenB, "&effectiveDays=30&asOf=" + yesterday), "before its first sale it was not");
    }

    @Test
    @Order(2)
    void thousandsOfKeysSentConcurrentlyToBothInstancesAreStoredOnceEach() throws Exception {
        String tokenA = apiA.token("admin", "TestAdmin2026");
        String tokenB = apiB.token("admin", "TestAdmin2026");
        assertEquals(HttpStatus.CREATED, apiA.exchange(HttpRequest.POST("/api/stations",
                NetworkFixture.villageStation("TWO-2")), tokenA, Map.class).getStatus());
        List<Map<?, ?>> small = apiA.exchange(HttpRequest.GET("/api/catalog/categories?level=SMALL&limit=1"), tokenA, List.class).body();
        List<Map<String, Object>> entries = new ArrayList<>();
        long amount = 0;
        for (int i = 0; i < KEYS; i++) {
            entries.add(SalesFixture.with(SalesFixture.sale("TWO-2", LocalDate.of(2023, 3, 1).plusDays(i % 300).toString()),
                    "categoryCode", small.get(0).get("code"), "amountFen", 100 + i, "idempotencyKey", "two-many-" + i));
            amount += 100 + i;
        }
        // batch b goes to A when b is even, to B when odd; every other batch also goes to the other instance at once
        Map<Object, Object> idByKey = new ConcurrentHashMap<>();
        List<Callable<Void>> sends = new ArrayList<>();
        for (int b = 0; b < KEYS / BATCH; b++) {
            List<Map<String, Object>> batch = entries.subList(b * BATCH, (b + 1) * BATCH);
            boolean toA = b % 2 == 0;
            sends.add(() -> send(toA ? apiA : apiB, toA ? tokenA : tokenB, batch, idByKey));
            if (b % 4 < 2) {
                sends.add(() -> send(toA ? apiB : apiA, toA ? tokenB : tokenA, batch, idByKey));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (Future<Void> f : pool.invokeAll(sends)) {
            f.get();
        }
        pool.shutdown();

        assertEquals(KEYS, idByKey.size(), "every key answered with one id, the same on both instances");
        assertEquals(KEYS, idByKey.values().stream().distinct().count(), "no two keys share an entry");
        for (ApiClient api : List.of(apiA, apiB)) {
            Map<?, ?> totals = (Map<?, ?>) api.exchange(HttpRequest.GET("/api/stats/sales?region=500152&from=2023-03-01&to=2023-12-31"
                    + "&groupBy=county"), api == apiA ? tokenA : tokenB, Map.class).body().get("totals");
            assertEquals(KEYS, ((Number) totals.get("entries")).intValue(), "each key stored once");
            assertEquals(amount, ((Number) totals.get("amountFen")).longValue());
        }
    }

    @Test
    @Order(3)
    void coverageOnOneInstanceSeesAVillageImportedThroughTheOther() throws InterruptedException {
        String tokenA = apiA.token("admin", "TestAdmin2026");
        String tokenB = apiB.token("admin", "TestAdmin2026");
        int before = ruralVillages(tokenB);
        String file = RegionFixture.HEADER + "500152113297,新建村村民委员会,VILLAGE,500152113,105.71,30.03,800,1,0\n";
        MultipartBody body = MultipartBody.builder().addPart("file", "villages.csv", MediaType.TEXT_CSV_TYPE,
                file.getBytes(StandardCharsets.UTF_8)).build();
        HttpResponse<Map> imported = apiA.exchange(HttpRequest.POST("/api/regions/import", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), tokenA, Map.class);
        assertEquals(HttpStatus.OK, imported.getStatus(), String.valueOf(imported.body()));
        assertEquals(1, ((Number) imported.body().get("created")).intValue());
        long start = System.nanoTime();
        int after = before;
        while (after == before && System.nanoTime() - start < 5_000_000_000L) {
            Thread.sleep(100);
            after = ruralVillages(tokenB);
        }
        assertEquals(before + 1, after, "instance B counts the village imported through A within 5 s");
    }

    private int ruralVillages(String token) {
        Map<?, ?> view = apiB.exchange(HttpRequest.GET("/api/coverage?region=500152"), token, Map.class).body();
        return ((Number) ((Map<?, ?>) view.get("summary")).get("ruralVillages")).intValue();
    }

    /** Sends a batch; every entry must be CREATED or REPLAYED, with the id any earlier answer for its key gave. */
    private static Void send(ApiClient api, String token, List<Map<String, Object>> batch, Map<Object, Object> idByKey) {
        HttpResponse<List> response = api.exchange(HttpRequest.POST("/api/sales/batch", Map.of("entries", batch)), token, List.class);
        assertEquals(HttpStatus.OK, response.getStatus(), String.valueOf(response.body()));
        List<?> results = response.body();
        for (int i = 0; i < results.size(); i++) {
            Map<?, ?> result = (Map<?, ?>) results.get(i);
            assertTrue(List.of("CREATED", "REPLAYED").contains(result.get("status")), result.toString());
            Object earlier = idByKey.putIfAbsent(batch.get(i).get("idempotencyKey"), result.get("id"));
            assertTrue(earlier == null || earlier.equals(result.get("id")), "one id per key: " + earlier + " vs " + result);
        }
        return null;
    }

    private int covered(String token) {
        return covered(token, "");
    }

    private int covered(String token, String extra) {
        Map<?, ?> view = apiB.exchange(HttpRequest.GET("/api/coverage?region=500152" + extra), token, Map.class).body();
        return ((Number) ((Map<?, ?>) view.get("summary")).get("coveredVillages")).intValue();
    }
}
