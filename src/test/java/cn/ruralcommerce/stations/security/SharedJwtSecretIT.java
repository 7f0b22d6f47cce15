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
