package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.MutableClock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Any change of role, scope, password or enabled flag ends every token issued before it, access and refresh
 * alike; refresh tokens rotate on use and a spent one presented again revokes its whole family.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "TokenRevocationIT")
class TokenRevocationIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AccountBootstrap accounts;

    ApiClient api;
    String admin;
    /** The service's clock in this test: refresh-token lifetimes are checked against it, so no test sleeps. */
    static final MutableClock CLOCK = new MutableClock(Instant.now());

    @Factory
    @Requires(property = "spec.name", value = "TokenRevocationIT")
    static class MovableClock {
        @Singleton
        @Replaces(Clock.class)
        Clock clock() {
            return CLOCK;
        }
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
    }

    Map<?, ?> login(String username, String password) {
        HttpResponse<Map> response = api.exchange(HttpRequest.POST("/login", Map.of("username", username, "password", password)), null, Map.class);
        assertEquals(HttpStatus.OK, response.getStatus());
        return response.body();
    }

    HttpResponse<Map> refresh(Object refreshToken) {
        return api.exchange(HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)), null, Map.class);
    }

    HttpStatus status(HttpRequest<?> request, Object token) {
        return api.raw((io.micronaut.http.MutableHttpRequest<?>) request, (String) token).getStatus();
    }

    @Test
    void aDemotedAdminLosesAdminAtOnce() {
        accounts.create("boss2", "BossTwo20261", Role.ADMIN, null, null);
        Map<?, ?> tokens = login("boss2", "BossTwo20261");
        Object access = tokens.get("access_token");
        assertEquals(HttpStatus.OK, status(HttpRequest.GET("/api/users"), access));

        assertEquals(HttpStatus.OK, status(HttpRequest.PUT("/api/users/boss2/scope", Map.of("role", "PLANNER")), admin));

        assertEquals(HttpStatus.UNAUTHORIZED, status(HttpRequest.GET("/api/users"), access), "the ADMIN token of a PLANNER");
        assertEquals(HttpStatus.UNAUTHORIZED, status(HttpRequest.POST("/api/users", Map.of("username", "boss3",
                "password", "BossThree2026", "role", "ADMIN")), access), "creates no ADMIN");
        assertEquals(HttpStatus.BAD_REQUEST, refresh(tokens.get("refresh_token")).getStatus(), "nor renews itself");
        Object fresh = login("boss2", "BossTwo20261").get("access_token");
        assertEquals(HttpStatus.FORBIDDEN, status(HttpRequest.GET("/api/users"), fresh), "a new login is a PLANNER");
    }

    @Test
    void aPasswordChangeEndsEveryEarlierToken() {
        accounts.create("pw1", "PassWord20261", Role.PLANNER, null, null);
        Object before = login("pw1", "PassWord20261").get("access_token");
        assertEquals(HttpStatus.NO_CONTENT, status(HttpRequest.POST("/api/users/pw1/password", Map.of("password", "PassWord20262")), admin));
        assertEquals(HttpStatus.UNAUTHORIZED, status(HttpRequest.GET("/api/me"), before), "reset by an administrator");

        Map<?, ?> second = login("pw1", "PassWord20262");
        assertEquals(HttpStatus.NO_CONTENT, status(HttpRequest.POST("/api/me/password",
                Map.of("currentPassword", "PassWord20262", "newPassword", "PassWord20263")), second.get("access_token")));
        assertEquals(HttpStatus.UNAUTHORIZED, status(HttpRequest.GET("/api/me"), second.get("access_token")), "changed by the user");
        assertEquals(HttpStatus.BAD_REQUEST, refresh(second.get("refresh_token")).getStatus());
        assertEquals(HttpStatus.OK, status(HttpRequest.GET("/api/me"), login("pw1", "PassWord20263").get("access_token")));
    }

    @Test
    void disablingAndEnablingAgainEndsEveryEarlierToken() {
        accounts.create("dis1", "Disabled20261", Role.PLANNER, null, null);
        Map<?, ?> tokens = login("dis1", "Disabled20261");
        assertEquals(HttpStatus.OK, status(HttpRequest.POST("/api/users/dis1/disable", Map.of()), admin));
        assertEquals(HttpStatus.OK, status(HttpRequest.POST("/api/users/dis1/enable", Map.of()), admin));
        assertEquals(HttpStatus.UNAUTHORIZED, status(HttpRequest.GET("/api/me"), tokens.get("access_token")));
        assertEquals(HttpStatus.BAD_REQUEST, refresh(tokens.get("refresh_token")).getStatus());
        assertEquals(HttpStatus.OK, status(HttpRequest.GET("/api/me"), login("dis1", "Disabled20261").get("access_token")));
    }

    @Test
    void aRefreshTokenEndsAfterItsLifetimeMeasuredByTheClock() {
        accounts.create("life1", "Lifetime20261", Role.PLANNER, null, null);
        Object refresh = login("life1", "Lifetime20261").get("refresh_token");
        CLOCK.advance(Duration.ofDays(7).minusMinutes(1));
        HttpResponse<Map> renewed = refresh(refresh);
        assertEquals(HttpStatus.OK, renewed.getStatus(), "within its 7 days");
        CLOCK.advance(Duration.ofDays(7).plusMinutes(1));
        assertEquals(HttpStatus.BAD_REQUEST, refresh(renewed.body().get("refresh_token")).getStatus(), "the new one has its own 7 days");
    }

    @Test
    void refreshTokensRotateAndASpentOneRevokesItsFamily() {
        accounts.create("rot1", "Rotation20261", Role.PLANNER, null, null);
        Map<?, ?> first = login("rot1", "Rotation20261");
        Map<?, ?> otherDevice = login("rot1", "Rotation20261");

        HttpResponse<Map> renewed = refresh(first.get("refresh_token"));
        assertEquals(HttpStatus.OK, renewed.getStatus(), String.valueOf(renewed.body()));
        Object next = renewed.body().get("refresh_token");
        assertNotNull(next);
        assertNotEquals(first.get("refresh_token"), next, "a refresh answers a new refresh token");
        assertEquals(HttpStatus.OK, status(HttpRequest.GET("/api/me"), renewed.body().get("access_token")));

        assertEquals(HttpStatus.BAD_REQUEST, refresh(first.get("refresh_token")).getStatus(), "a spent token is refused");
        assertEquals(HttpStatus.BAD_REQUEST, refresh(next).getStatus(), "and its reuse revoked the family");

        HttpResponse<Map> other = refresh(otherDevice.get("refresh_token"));
        assertEquals(HttpStatus.OK, other.getStatus(), "another login's family is untouched");
        assertEquals(HttpStatus.OK, refresh(other.body().get("refresh_token")).getStatus(), "and keeps rotating");
    }
}
