package cn.ruralcommerce.stations.demo;

import cn.ruralcommerce.stations.region.RegionBoundaryRepository;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.support.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fresh install with demo data shows all of Chongqing and the demo accounts work. */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
@Property(name = "app.admin-initial-password", value = "")
class DemoDataIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionRepository regions;
    @Inject
    RegionBoundaryRepository boundaries;

    @Test
    void loadsEveryChongqingDivisionAndBoundary() throws IOException {
        List<String> lines = shippedLines();
        assertEquals(lines.size() - 1, regions.count());
        assertEquals(38, regions.findByLevelOrderByCode(RegionLevel.COUNTY).size());
        assertEquals(38, boundaries.count());
        long tongnanTownships = lines.stream().filter(l -> l.matches("^500152\\d{3},.*")).count();
        assertEquals(tongnanTownships, regions.findByParentCodeOrderByCode("500152").size());
    }

    @Test
    void demoAccountsSignInAndSeeTheDemoCounty() {
        ApiClient api = new ApiClient(client.toBlocking());
        String bureau = api.token("tongnan", "Tongnan2026");
        Map<?, ?> county = api.exchange(HttpRequest.GET("/api/regions/500152"), bureau, Map.class).body();
        assertEquals("潼南区", county.get("name"));
        assertTrue(api.token("admin", DemoData.ADMIN_PASSWORD).length() > 20);
    }

    private static List<String> shippedLines() throws IOException {
        try (InputStream in = DemoDataIT.class.getClassLoader().getResourceAsStream("gis-data/chongqing/regions.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
