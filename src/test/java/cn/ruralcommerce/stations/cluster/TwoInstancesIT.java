package cn.ruralcommerce.stations.cluster;

import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two service instances on one database (as behind a load balancer): a station registered through one
 * is counted by coverage on the other within seconds, and a sale sent to both with one key is stored once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {
    private EmbeddedServer first;
    private EmbeddedServer second;
    private ApiClient apiA;
    private ApiClient apiB;
    private HttpClient clientA;
    private HttpClient clientB;

    @BeforeAll
    void start() {
        Map<String, Object> shared = Map.of(
                "datasources.default.url", "jdbc:h2:mem:cluster-" + UUID.randomUUID()
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY;DB_CLOSE_DELAY=-1",
                "micronaut.security.token.jwt.signatures.secret.generator.secret", "a-shared-secret-of-at-least-32-characters!",
                "app.coverage.poll-interval", "500ms",
                "micronaut.server.port", -1);
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
        clientA.close();
        clientB.close();
        second.close();
        first.close();
    }

    @Test
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

    private int covered(String token) {
        return covered(token, "");
    }

    private int covered(String token, String extra) {
        Map<?, ?> view = apiB.exchange(HttpRequest.GET("/api/coverage?region=500152" + extra), token, Map.class).body();
        return ((Number) ((Map<?, ?>) view.get("summary")).get("coveredVillages")).intValue();
    }
}
