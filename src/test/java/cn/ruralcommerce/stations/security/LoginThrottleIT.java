package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.support.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "app.login.max-failures-per-user", value = "3")
@Property(name = "app.login.max-failures-per-address", value = "8")
class LoginThrottleIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AccountBootstrap accounts;

    HttpResponse<String> login(String username, String password) {
        return new ApiClient(client.toBlocking()).raw(HttpRequest.POST("/login", Map.of("username", username, "password", password)), null);
    }

    @Test
    void locksAnAccountAfterRepeatedFailuresThenRefusesTheAddress() {
        accounts.create("victim", "Victim202611", Role.PLANNER, null, null);
        for (int i = 0; i < 3; i++) {
            assertEquals(HttpStatus.UNAUTHORIZED, login("victim", "guess" + i).getStatus());
        }
        assertEquals(HttpStatus.UNAUTHORIZED, login("victim", "Victim202611").getStatus(), "locked even with the right password");
        assertEquals(HttpStatus.OK, login("admin", "TestAdmin2026").getStatus(), "other accounts unaffected");

        for (int i = 0; i < 5; i++) {
            login("nobody" + i, "guess");
        }
        HttpResponse<String> refused = login("admin", "TestAdmin2026");
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, refused.getStatus());
        assertTrue(Long.parseLong(refused.getHeaders().get("Retry-After")) > 0);
        assertEquals("application/problem+json", refused.getContentType().orElseThrow().toString());
    }
}
