package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.RegionFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AccountsIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionImportService regionImport;
    @Inject
    AppUserRepository users;
    @Inject
    AccountBootstrap accounts;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        if (!accounts.exists("bureau1")) {
            regionImport.importFile(RegionFixture.tongnanSample().getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000, false, false, "test");
            accounts.create("bureau1", "Bureau12345x", Role.BUREAU, "500152", "潼南");
            accounts.create("planner1", "Planner12345", Role.PLANNER, null, "规划");
        }
    }

    HttpResponse<Map> call(HttpRequest<?> request, String token) {
        return api.exchange((io.micronaut.http.MutableHttpRequest<?>) request, token, Map.class);
    }

    @Test
    void requestsWithoutTokenGet401() {
        assertEquals(HttpStatus.UNAUTHORIZED, call(HttpRequest.GET("/api/regions/50"), null).getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, call(HttpRequest.GET("/api/users"), null).getStatus());
    }

    @Test
    void httpBasicIsNeitherAcceptedNorOffered() {
        String basic = Base64.getEncoder().encodeToString("admin:TestAdmin2026".getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/api/users", "/api/me", "/api/regions/50")) {
            HttpResponse<String> response = api.raw(HttpRequest.GET(path).header("Authorization", "Basic " + basic), null);
            assertEquals(HttpStatus.UNAUTHORIZED, response.getStatus(), "Basic credentials on " + path);
            assertTrue(response.getHeaders().getAll("WWW-Authenticate").stream().noneMatch(h -> h.toLowerCase().startsWith("basic")),
                    "no Basic challenge on " + path + ": " + response.getHeaders().getAll("WWW-Authenticate"));
        }
        HttpResponse<String> anonymous = api.raw(HttpRequest.GET("/api/users"), null);
        assertTrue(anonymous.getHeaders().getAll("WWW-Authenticate").stream().noneMatch(h -> h.toLowerCase().startsWith("basic")),
                "no Basic challenge without credentials: " + anonymous.getHeaders().getAll("WWW-Authenticate"));
    }

    @Test
    void wrongPasswordIsRefused() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> api.token("admin", "wrong-password-1"));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void unsignedOrTamperedTokensAreRefused() {
        String token = api.token("planner1", "Planner12345");
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("PLANNER", "ADMIN");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        assertEquals(HttpStatus.UNAUTHORIZED, call(HttpRequest.GET("/api/users"), header + "." + forgedPayload + ".").getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, call(HttpRequest.GET("/api/users"), parts[0] + "." + forgedPayload + "." + parts[2]).getStatus());
        assertEquals("HS256", new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replaceAll(".*\"alg\":\"([^\"]+)\".*", "$1"));
    }

    @Test
    void rolesOutsideTheirRightsGet403() {
        String bureau = api.token("bureau1", "Bureau12345x");
        String planner = api.token("planner1", "Planner12345");
        HttpRequest<?> retire = HttpRequest.POST("/api/regions/500152114/retire", Map.of("retiredOn", "2030-01-01"));
        assertEquals(HttpStatus.FORBIDDEN, call(retire, bureau).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.GET("/api/users"), planner).getStatus());
        HttpResponse<Map> bureauCreatesBureau = call(HttpRequest.POST("/api/users",
                Map.of("username", "other", "password", "Another12345", "role", "BUREAU", "scopeCode", "500153")), bureau);
        assertEquals(HttpStatus.FORBIDDEN, bureauCreatesBureau.getStatus());
        assertEquals("application/problem+json", bureauCreatesBureau.getContentType().orElseThrow().toString());
        assertEquals(HttpStatus.OK, call(HttpRequest.GET("/api/regions/500152"), planner).getStatus());
    }

    @Test
    void adminCreatesScopedAccountsWithCheckedScopeAndPassword() {
        Map<String, Object> request = new HashMap<>(Map.of("username", "rongchang", "password", "short", "role", "BUREAU", "scopeCode", "500153000000"));
        HttpResponse<Map> weak = call(HttpRequest.POST("/api/users", request), admin);
        assertEquals(HttpStatus.BAD_REQUEST, weak.getStatus());
        assertEquals("password", field(weak));

        request.put("password", "Rongchang2026");
        request.put("scopeCode", "500152113");
        HttpResponse<Map> township = call(HttpRequest.POST("/api/users", request), admin);
        assertEquals(HttpStatus.BAD_REQUEST, township.getStatus());
        assertEquals("scopeCode", field(township));

        request.put("scopeCode", "500153000000");
        HttpResponse<Map> created = call(HttpRequest.POST("/api/users", request), admin);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        assertEquals("500153", created.body().get("scopeCode"));
        assertFalse(created.body().containsKey("passwordHash"));
        assertTrue(users.findByUsername("rongchang").orElseThrow().passwordHash().startsWith("$2"));

        HttpResponse<Map> operatorWithoutStation = call(HttpRequest.POST("/api/users",
                Map.of("username", "op1", "password", "Operator2026", "role", "OPERATOR", "scopeCode", "NO-SUCH")), admin);
        assertEquals("scopeCode", field(operatorWithoutStation));
        assertEquals(HttpStatus.CONFLICT, call(HttpRequest.POST("/api/users", request), admin).getStatus());
    }

    @Test
    void disabledAccountIsLockedOutAtOnce() {
        accounts.create("temp1", "Temporary2026", Role.PLANNER, null, null);
        String token = api.token("temp1", "Temporary2026");
        assertEquals(HttpStatus.OK, call(HttpRequest.GET("/api/me"), token).getStatus());
        assertEquals(HttpStatus.OK, call(HttpRequest.POST("/api/users/temp1/disable", Map.of()), admin).getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, call(HttpRequest.GET("/api/me"), token).getStatus());
        assertThrows(HttpClientResponseException.class, () -> api.token("temp1", "Temporary2026"));
    }

    @Test
    void userChangesOwnPassword() {
        accounts.create("temp2", "Temporary2026", Role.PLANNER, null, null);
        String token = api.token("temp2", "Temporary2026");
        HttpResponse<Map> wrong = call(HttpRequest.POST("/api/me/password",
                Map.of("currentPassword", "nope", "newPassword", "Changed20261")), token);
        assertEquals("currentPassword", field(wrong));
        assertEquals(HttpStatus.NO_CONTENT, call(HttpRequest.POST("/api/me/password",
                Map.of("currentPassword", "Temporary2026", "newPassword", "Changed20261")), token).getStatus());
        assertTrue(api.token("temp2", "Changed20261").length() > 20);
    }

    @Test
    void malformedUnknownOrMistypedJsonIsA400() {
        HttpResponse<Map> unknown = call(HttpRequest.POST("/api/users", Map.of("username", "x1234", "password", "Another12345",
                "role", "PLANNER", "rolle", "ADMIN")), admin);
        assertEquals(HttpStatus.BAD_REQUEST, unknown.getStatus());
        assertTrue(ApiClient.problem(unknown).get("detail").toString().contains("rolle"), unknown.body().toString());
        HttpResponse<Map> badEnum = call(HttpRequest.POST("/api/users", Map.of("username", "x1234", "password", "Another12345",
                "role", "KING")), admin);
        assertEquals(HttpStatus.BAD_REQUEST, badEnum.getStatus());
        HttpResponse<Map> malformed = call(HttpRequest.POST("/api/users", "{\"username\": ").contentType("application/json"), admin);
        assertEquals(HttpStatus.BAD_REQUEST, malformed.getStatus());
        assertEquals("application/problem+json", malformed.getContentType().orElseThrow().toString());
        assertTrue(users.findByUsername("x1234").isEmpty());
    }

    private static String field(HttpResponse<Map> response) {
        List<?> errors = (List<?>) ApiClient.problem(response).get("errors");
        return (String) ((Map<?, ?>) errors.get(0)).get("field");
    }
}
