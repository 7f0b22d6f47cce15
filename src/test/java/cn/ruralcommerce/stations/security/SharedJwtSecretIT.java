package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.support.RunningService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JWT_SECRET is the signing key: two instances with the same secret accept each other's tokens, a token
 * survives a restart, an instance with another secret refuses it, and a deployment without one does not start.
 */
class SharedJwtSecretIT {
    private static final String SECRET = "shared-secret-of-the-county-network-0123456789";

    @Test
    void instancesWithTheSameSecretAcceptEachOthersTokensAcrossRestarts() {
        Map<String, Object> database = new HashMap<>(RunningService.newH2());
        Map<String, Object> shared = new HashMap<>(database);
        shared.put("JWT_SECRET", SECRET);
        String token;
        try (RunningService first = RunningService.start(shared); RunningService second = RunningService.start(shared)) {
            token = first.api().token("admin", "TestAdmin2026");
            assertEquals(HttpStatus.OK, second.api().raw(HttpRequest.GET("/api/me"), token).getStatus(), "the other instance");
            Map<?, ?> refreshed = second.api().exchange(HttpRequest.POST("/oauth/access_token", Map.of("grant_type", "refresh_token",
                    "refresh_token", first.api().exchange(HttpRequest.POST("/login", Map.of("username", "admin", "password", "TestAdmin2026")),
                            null, Map.class).body().get("refresh_token"))), null, Map.class).body();
            assertTrue(refreshed.containsKey("access_token"), "a refresh token of one instance works on the other: " + refreshed);
        }
        try (RunningService restarted = RunningService.start(shared)) {
            assertEquals(HttpStatus.OK, restarted.api().raw(HttpRequest.GET("/api/me"), token).getStatus(), "after a restart");
        }
        Map<String, Object> other = new HashMap<>(database);
        other.put("JWT_SECRET", "another-secret-of-at-least-32-bytes-0123456789");
        try (RunningService stranger = RunningService.start(other)) {
            assertEquals(HttpStatus.UNAUTHORIZED, stranger.api().raw(HttpRequest.GET("/api/me"), token).getStatus(), "another key");
        }
    }

    @Test
    void aDemotionThroughOneInstanceEndsTheTokenOnTheOtherWithinSeconds() throws InterruptedException {
        Map<String, Object> shared = new HashMap<>(RunningService.newH2());
        shared.put("JWT_SECRET", SECRET);
        try (RunningService first = RunningService.start(shared); RunningService second = RunningService.start(shared)) {
            assertEquals(HttpStatus.CREATED, first.api().raw(HttpRequest.POST("/api/users", Map.of("username", "boss9",
                    "password", "BossNine20261", "role", "ADMIN")), first.admin()).getStatus());
            String token = second.api().token("boss9", "BossNine20261");
            assertEquals(HttpStatus.OK, second.api().raw(HttpRequest.GET("/api/users"), token).getStatus(), "cached on the second");

            assertEquals(HttpStatus.OK, first.api().raw(HttpRequest.PUT("/api/users/boss9/scope", Map.of("role", "PLANNER")),
                    first.admin()).getStatus());
            long demoted = System.nanoTime();
            long deadline = demoted + 6_000_000_000L;
            HttpStatus status = HttpStatus.OK;
            while (status != HttpStatus.UNAUTHORIZED && System.nanoTime() < deadline) {
                Thread.sleep(100);
                status = second.api().raw(HttpRequest.GET("/api/users"), token).getStatus();
            }
            long millis = (System.nanoTime() - demoted) / 1_000_000;
            assertEquals(HttpStatus.UNAUTHORIZED, status, "the second instance still honours the ADMIN token after " + millis + " ms");
            System.out.printf("demotion through one instance refused on the other after %d ms%n", millis);
        }
    }

    @Test
    void aDeploymentWithoutASecretDoesNotStart() {
        Map<String, Object> properties = new HashMap<>(RunningService.newH2());
        properties.put("micronaut.server.port", -1);
        properties.put("app.demo-data", false);
        properties.put("app.admin-initial-password", "TestAdmin2026");
        RuntimeException e = assertThrows(RuntimeException.class, () -> startDeployed(properties));
        assertTrue(messages(e).contains("JWT_SECRET is not set"), messages(e));
        properties.put("JWT_SECRET", "too-short");
        e = assertThrows(RuntimeException.class, () -> startDeployed(properties));
        assertTrue(messages(e).contains("JWT_SECRET has 9 bytes"), messages(e));
    }

    /** Started as a deployment: no test environment deduced from the JUnit stack. */
    private static void startDeployed(Map<String, Object> properties) {
        ApplicationContext.builder().deduceEnvironment(false).properties(properties).start().close();
    }

    private static String messages(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append(" / ");
        }
        return out.toString();
    }
}
