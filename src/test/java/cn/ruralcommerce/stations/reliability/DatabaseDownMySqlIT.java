package cn.ruralcommerce.stations.reliability;

import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.ServiceOnOwnMariaDb;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What clients see while the database is shut down (a clean stop, where the no-loss test kills it): 503
 * problem+json with Retry-After within seconds for reads, writes and logins — also with a token this instance
 * has never checked — and for starting a report job, /health DOWN; and all of it working again
 * once the database is back, without restarting the service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseDownMySqlIT {
    private ServiceOnOwnMariaDb service;

    @BeforeAll
    void start() {
        service = ServiceOnOwnMariaDb.start("down", Duration.ofSeconds(10));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void whileTheDatabaseIsStoppedClientsGet503AndAfterwardsEverythingWorksAgain() throws InterruptedException {
        String token = service.api().token("admin", "TestAdmin2026");
        service.context().getBean(AccountBootstrap.class).create("planner1", "Planner12345", Role.PLANNER, null, "规划");
        String unchecked = service.api().token("planner1", "Planner12345");
        assertEquals(200, service.api().raw(HttpRequest.GET("/api/stats/sales?region=500152"), token).getStatus().getCode(),
                "the admin's token is checked (and its account cached) before the stop");
        service.db.stop();

        assertUnavailable(HttpRequest.GET("/api/coverage?region=500152"), unchecked);
        assertUnavailable(HttpRequest.GET("/api/stats/sales?region=500152"), token);
        assertUnavailable(HttpRequest.POST("/api/sales", Map.of("stationCode", "S1")).header("Idempotency-Key", "down-1"), token);
        assertUnavailable(HttpRequest.POST("/login", Map.of("username", "admin", "password", "TestAdmin2026")), null);
        HttpResponse<String> health = service.api().raw(HttpRequest.GET("/health"), null);
        assertEquals(503, health.getStatus().getCode());
        assertTrue(health.body().contains("DOWN"), health.body());
        // starting a report job needs the division looked up, so it gets the 503 too (a job already running
        // when the database goes away ends FAILED with a plain message: ReportJobsTest)
        assertUnavailable(HttpRequest.POST("/api/reports/annual/jobs", Map.of("region", "500152", "year", 2024)), token);

        service.db.restart();
        awaitHealthy();
        assertEquals(200, service.api().raw(HttpRequest.GET("/api/stats/sales?region=500152"), token).getStatus().getCode());
        assertTrue(service.api().token("admin", "TestAdmin2026") != null);
        HttpResponse<Map> again = service.api().exchange(HttpRequest.POST("/api/reports/annual/jobs", Map.of("region", "500152", "year", 2024)), token, Map.class);
        Map<?, ?> done = awaitJob(again.body().get("id"), token);
        assertEquals("DONE", done.get("status"), String.valueOf(done));
    }

    private void assertUnavailable(MutableHttpRequest<?> request, String token) {
        long start = System.nanoTime();
        HttpResponse<String> response = service.api().raw(request, token);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, response.getStatus().getCode(), request.getPath() + ": " + response.body());
        assertTrue(millis < 6_000, request.getPath() + " answered after " + millis + " ms");
        assertEquals("5", response.getHeaders().get("Retry-After"));
        assertEquals("application/problem+json", response.getContentType().orElseThrow().getName());
        Map<?, ?> problem = ApiClient.read(response.body(), Map.class);
        assertEquals("数据库暂不可用", problem.get("title"));
        assertEquals(503, problem.get("status"));
        for (String internal : List.of("SQL", "jdbc", "Hikari", "Exception", "127.0.0.1")) {
            assertFalse(response.body().contains(internal), "no internals in " + response.body());
        }
    }

    private Map<?, ?> awaitJob(Object id, String token) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Map<?, ?> view = service.api().exchange(HttpRequest.GET("/api/reports/annual/jobs/" + id), token, Map.class).body();
            if (!"RUNNING".equals(view.get("status")) || System.nanoTime() > deadline) {
                return view;
            }
            Thread.sleep(100);
        }
    }

    private void awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (service.api().raw(HttpRequest.GET("/health"), null).getStatus().getCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "health UP within a minute of the restart");
            Thread.sleep(100);
        }
    }
}
