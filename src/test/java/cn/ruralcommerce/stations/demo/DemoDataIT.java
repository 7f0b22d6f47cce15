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

    @Test
    void everyCountyDrawsItsTownshipAreas() throws Exception {
        ApiClient api = new ApiClient(client.toBlocking());
        String admin = api.token("admin", DemoData.ADMIN_PASSWORD);
        var reader = new org.locationtech.jts.io.geojson.GeoJsonReader();
        var json = io.micronaut.json.JsonMapper.createDefault();
        List<String> failed = new java.util.ArrayList<>();
        for (var county : regions.findByLevelOrderByCode(RegionLevel.COUNTY)) {
            var response = api.raw(HttpRequest.GET("/api/regions/" + county.code() + "/children/boundaries"), admin);
            if (response.code() != 200) {
                failed.add(county.name() + " " + county.code() + ": HTTP " + response.code());
                continue;
            }
            long withPoint = regions.findByParentCodeOrderByCode(county.code()).stream().filter(t -> t.lon() != null).count();
            List<?> features = (List<?>) ApiClient.read(response.body(), Map.class).get("features");
            assertEquals(withPoint, features.size(), county.name());
            for (Object f : features) {
                var cell = reader.read(json.writeValueAsString(((Map<?, ?>) f).get("geometry")));
                assertTrue(!cell.isEmpty() && cell.isValid(), county.name() + ": " + ((Map<?, ?>) f).get("properties"));
            }
        }
        assertEquals(List.of(), failed, "counties whose township areas do not draw");
    }

    @Test
    void villageSearchListsTheSelectedCountyFirstAndSaysWhereEachResultIs() {
        ApiClient api = new ApiClient(client.toBlocking());
        String admin = api.token("admin", DemoData.ADMIN_PASSWORD);
        List<Map<String, Object>> inTongnan = search(api, admin, "柿花", "500152");
        assertEquals("500152114208", inTongnan.get(0).get("code"));
        assertEquals("潼南区", inTongnan.get(0).get("countyName"));
        assertEquals(regions.findById("500152114").orElseThrow().name(), inTongnan.get(0).get("townshipName"));
        Map<String, Object> tongliang = inTongnan.stream().filter(r -> r.get("code").equals("500151001012")).findFirst().orElseThrow();
        assertEquals("铜梁区", tongliang.get("countyName"));
        assertEquals("500151001", tongliang.get("townshipCode"));

        String planner = api.token("planner", "Planner2026");
        assertEquals("500151001012", search(api, planner, "柿花", "500151").get(0).get("code"));
    }

    @Test
    void villageSearchStaysInTheCountyOfABureauOrOperator() {
        ApiClient api = new ApiClient(client.toBlocking());
        for (String[] account : List.of(new String[] {"tongnan", "Tongnan2026"}, new String[] {"zhanzhang", "Operator2026"})) {
            String token = api.token(account[0], account[1]);
            List<Map<String, Object>> found = search(api, token, "柿花", null);
            assertEquals(List.of("500152114208"), found.stream().map(r -> r.get("code")).toList(), account[0]);
            assertTrue(search(api, token, "500151001", null).isEmpty(), account[0] + " finds no township of 铜梁区 by code");
        }
        String bureau = api.token("tongnan", "Tongnan2026");
        assertEquals(403, api.raw(HttpRequest.GET("/api/regions?q=" + encode("柿花") + "&county=500151"), bureau).code());
        var bad = api.exchange(HttpRequest.GET("/api/regions?q=" + encode("柿花") + "&county=abc"), bureau, Map.class);
        assertEquals(400, bad.code());
        assertEquals("county", ((Map<?, ?>) ((List<?>) ApiClient.problem(bad).get("errors")).get(0)).get("field"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> search(ApiClient api, String token, String q, String county) {
        var response = api.exchange(HttpRequest.GET("/api/regions?q=" + encode(q) + (county == null ? "" : "&county=" + county)),
                token, List.class);
        assertEquals(200, response.code(), String.valueOf(response.body()));
        return (List<Map<String, Object>>) response.body();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> shippedLines() throws IOException {
        try (InputStream in = DemoDataIT.class.getClassLoader().getResourceAsStream("gis-data/chongqing/regions.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
