package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.RegionFixture;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Security headers on pages, assets and API answers; /health without login; the report-job limit per user. */
@MicronautTest(transactional = false)
@Property(name = "app.report-jobs.per-user", value = "0")
@Property(name = "app.map.tile-url", value = "https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=KEY&x={x}&y={y}&l={z}")
class WebHardeningIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionImportService regionImport;
    @Inject
    RegionRepository regions;

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        ApiClient api = new ApiClient(client.toBlocking());
        String admin = api.token("admin", "TestAdmin2026");
        for (String path : List.of("/", "/map", "/operator", "/static/js/app.js", "/webjars/leaflet/1.9.4/dist/leaflet.js", "/api/me", "/no-such-page")) {
            for (String token : new String[] {null, admin}) {
                HttpResponse<String> response = api.raw(HttpRequest.GET(path), token);
                String what = path + (token == null ? " anonymous" : " signed in") + " → " + response.getStatus();
                String csp = response.getHeaders().get("Content-Security-Policy");
                assertNotNull(csp, "CSP on " + what);
                assertTrue(csp.contains("script-src 'self';") || csp.endsWith("script-src 'self'"), csp);
                assertFalse(csp.matches(".*script-src[^;]*unsafe.*"), "no unsafe script sources: " + csp);
                assertTrue(csp.contains("frame-ancestors 'none'"), csp);
                assertTrue(csp.contains("img-src 'self' data: blob: https://*.tianditu.gov.cn;"), "the configured tiles: " + csp);
                assertEquals("nosniff", response.getHeaders().get("X-Content-Type-Options"), what);
                assertEquals("DENY", response.getHeaders().get("X-Frame-Options"), what);
                assertEquals("strict-origin-when-cross-origin", response.getHeaders().get("Referrer-Policy"), what);
            }
        }
    }

    @Test
    void healthShowsOnlyTheStatusWithoutLogin() {
        ApiClient api = new ApiClient(client.toBlocking());
        HttpResponse<Map> anonymous = api.exchange(HttpRequest.GET("/health"), null, Map.class);
        assertEquals(200, anonymous.getStatus().getCode());
        Map<Object, Object> shown = new java.util.HashMap<>(anonymous.body());
        shown.values().removeIf(java.util.Objects::isNull);
        assertEquals(Map.of("status", "UP"), shown, "status only: no JDBC URL, versions or disk sizes");
        HttpResponse<String> signedIn = api.raw(HttpRequest.GET("/health"), api.token("admin", "TestAdmin2026"));
        assertTrue(signedIn.body().contains("jdbc"), "signed in, the details: " + signedIn.body());
    }

    @Test
    void reportJobsBeyondTheUsersLimitAre429WithRetryAfter() {
        if (!regions.existsById("500152")) {
            regionImport.importFile(RegionFixture.tongnanSample().getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000, false, false, "test");
        }
        ApiClient api = new ApiClient(client.toBlocking());
        HttpResponse<String> response = api.raw(HttpRequest.POST("/api/reports/annual/jobs", Map.of("region", "500152", "year", 2024)),
                api.token("admin", "TestAdmin2026"));
        assertEquals(429, response.getStatus().getCode(), response.body());
        assertEquals("30", response.getHeaders().get("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getContentType().map(Object::toString).orElse(""));
        assertTrue(response.body().contains("报告任务"), "a detail in Chinese: " + response.body());
    }
}
