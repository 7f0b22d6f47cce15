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

    @Test
    void townshipsGetApproximateAreasThatTileTheirCounty() throws Exception {
        ApiClient api = new ApiClient(client.toBlocking());
        String admin = api.token("admin", DemoData.ADMIN_PASSWORD);
        String collection = api.raw(HttpRequest.GET("/api/regions/500152/children/boundaries"), admin).body();
        String county = api.raw(HttpRequest.GET("/api/regions/500152/boundary"), admin).body();
        var reader = new org.locationtech.jts.io.geojson.GeoJsonReader();
        var countyShape = reader.read(county);
        List<?> features = (List<?>) ApiClient.read(collection, Map.class).get("features");
        assertEquals(regions.findByParentCodeOrderByCode("500152").size(), features.size());
        double sum = 0;
        for (Object f : features) {
            Map<?, ?> feature = (Map<?, ?>) f;
            assertEquals(true, ((Map<?, ?>) feature.get("properties")).get("approximate"));
            var cell = reader.read(io.micronaut.json.JsonMapper.createDefault().writeValueAsString(feature.get("geometry")));
            assertTrue(cell.getGeometryType().endsWith("Polygon"), cell.getGeometryType());
            assertTrue(countyShape.buffer(1e-6).contains(cell));
            sum += cell.getArea();
        }
        assertEquals(countyShape.getArea(), sum, countyShape.getArea() * 1e-6);
        List<?> villages = api.exchange(HttpRequest.GET("/api/regions/500152/descendants?level=VILLAGE"), admin, List.class).body();
        assertEquals(regions.findWithin("500152", RegionLevel.VILLAGE).size(), villages.size());
        assertTrue(villages.size() > 200);
    }

    private static List<String> shippedLines() throws IOException {
        try (InputStream in = DemoDataIT.class.getClassLoader().getResourceAsStream("gis-data/chongqing/regions.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
