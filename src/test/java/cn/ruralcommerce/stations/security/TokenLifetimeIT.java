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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Access tokens expire; a refresh token gets a new one until the account is disabled or its password changes. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.security.token.generator.access-token.expiration", value = "2")
class TokenLifetimeIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AccountBootstrap accounts;

    @Test
    void accessTokensExpireAndRefreshTokensRenewThemUntilRevoked() throws InterruptedException {
        accounts.create("shortlived", "Shortlived2026", Role.PLANNER, null, null);
        ApiClient api = new ApiClient(client.toBlocking());
        Map<?, ?> login = api.exchange(HttpRequest.POST("/login", Map.of("username", "shortlived", "password", "Shortlived2026")), null, Map.class).body();
        String access = (String) login.get("access_token");
        String refresh = (String) login.get("refresh_token");
        assertNotNull(refresh, "login returns a refresh token");
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.GET("/api/me"), access, Map.class).getStatus());

        Thread.sleep(3_000);
        assertEquals(HttpStatus.UNAUTHORIZED, api.exchange(HttpRequest.GET("/api/me"), access, Map.class).getStatus(), "expired");

        HttpResponse<Map> renewed = api.exchange(HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "refresh_token", "refresh_token", refresh)), null, Map.class);
        assertEquals(HttpStatus.OK, renewed.getStatus(), String.valueOf(renewed.body()));
        String fresh = (String) renewed.body().get("access_token");
        assertNotEquals(access, fresh);
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.GET("/api/me"), fresh, Map.class).getStatus());

        String admin = api.token("admin", "TestAdmin2026");
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.POST("/api/users/shortlived/disable", Map.of()), admin, Map.class).getStatus());
        HttpResponse<Map> refused = api.exchange(HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "refresh_token", "refresh_token", refresh)), null, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus(), "a disabled account's refresh token is revoked");
        assertEquals(HttpStatus.BAD_REQUEST, api.exchange(HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "refresh_token", "refresh_token", "not-a-token")), null, Map.class).getStatus());
    }
}
