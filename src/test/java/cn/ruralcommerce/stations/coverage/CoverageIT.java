package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.changelog.ChangeLogRepository;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.gis.Geodesy;
import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coverage over HTTP on the sample county: counts, distances, radius, as-of dates, what-if, plan, exports, scope. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoverageIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionRepository regions;
    @Inject
    RegionImportService importer;
    @Inject
    BoundaryService boundaries;
    @Inject
    AccountBootstrap accounts;
    @Inject
    ChangeRecorder recorder;
    @Inject
    ChangeLogRepository changeLog;

    ApiClient api;
    String admin;

    @BeforeAll
    void setUp() {
        NetworkFixture.ensureRegions(regions, importer, boundaries);
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        accounts.create("rongchang", "Rongchang2026", Role.BUREAU, "500153", null);
        accounts.create("planner2", "Planner20261", Role.PLANNER, null, null);
    }

    Map<?, ?> coverage(String query, String token) {
        HttpResponse<Map> response = api.exchange(HttpRequest.GET("/api/coverage?" + query), token, Map.class);
        assertEquals(HttpStatus.OK, response.getStatus(), String.valueOf(response.body()));
        return response.body();
    }

    static Map<?, ?> summary(Map<?, ?> view) {
        return (Map<?, ?>) view.get("summary");
    }

    @Test
    @Order(1)
    void noStationsMeansNothingCovered() {
        Map<?, ?> view = coverage("region=500152", admin);
        assertEquals(3, summary(view).get("ruralVillages"));
        assertEquals(0, summary(view).get("coveredVillages"));
        assertEquals(5400, summary(view).get("population"));
        assertEquals(3, ((List<?>) view.get("uncovered")).size());
        assertEquals(2, summary(view).get("townships"));
    }

    @Test
    @Order(2)
    void aStationCoversWithinTheRadiusAndCountsAdministratively() {
        assertEquals(HttpStatus.CREATED, api.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation("CV-1")), admin, Map.class).getStatus());
        Map<?, ?> view = coverage("region=500152000000&radiusKm=3", admin);
        assertEquals(1, summary(view).get("coveredVillages"));
        assertEquals(1, summary(view).get("adminCoveredVillages"));
        assertEquals(1500, summary(view).get("coveredPopulation"));
        assertEquals(1, summary(view).get("formerPovertyCovered"));
        List<Map<?, ?>> uncovered = (List<Map<?, ?>>) view.get("uncovered");
        Map<?, ?> shipan = uncovered.stream().filter(v -> v.get("code").equals(NetworkFixture.VILLAGE2)).findFirst().orElseThrow();
        assertEquals("CV-1", shipan.get("nearestStationCode"));
        double expected = Geodesy.distanceMetres(105.741, 30.061, 105.71, 30.04);
        assertEquals(expected, ((Number) shipan.get("nearestDistanceM")).doubleValue(), 1.0);
        assertTrue(expected > 3000 && expected < 4000, "fixture: 石盘村 lies between 3 and 4 km from the station");

        assertEquals(2, summary(coverage("region=500152&radiusKm=4", admin)).get("coveredVillages"));
        assertEquals(0, summary(coverage("region=500152&asOf=2022-12-31", admin)).get("coveredVillages"));
        assertEquals(0, summary(coverage("region=500152&tiers=TOWNSHIP_STATION", admin)).get("coveredVillages"));
        Map<?, ?> township = ((List<Map<?, ?>>) coverage("region=500152", admin).get("townships")).stream()
                .filter(t -> t.get("code").equals(NetworkFixture.TOWNSHIP)).findFirst().orElseThrow();
        assertEquals(2, township.get("ruralVillages"));
        assertEquals(1, township.get("coveredVillages"));
    }

    @Test
    @Order(3)
    void whatIfAndPlanShowTheGain() {
        Map<String, Object> request = Map.of("region", "500152", "radiusKm", 3.0,
                "add", List.of(Map.of("lon", 105.81, "lat", 30.11)), "close", List.of("CV-1"));
        HttpResponse<Map> response = api.exchange(HttpRequest.POST("/api/coverage/what-if", request), admin, Map.class);
        assertEquals(HttpStatus.OK, response.getStatus(), String.valueOf(response.body()));
        assertEquals(1, ((Map<?, ?>) response.body().get("before")).get("coveredVillages"));
        assertEquals(1, ((Map<?, ?>) response.body().get("after")).get("coveredVillages"));
        List<Map<?, ?>> changes = (List<Map<?, ?>>) response.body().get("changes");
        assertEquals(2, changes.size());
        assertTrue(changes.stream().anyMatch(c -> c.get("code").equals(NetworkFixture.OTHER_VILLAGE) && Boolean.TRUE.equals(c.get("coveredAfter"))));
        assertTrue(changes.stream().anyMatch(c -> c.get("code").equals(NetworkFixture.VILLAGE) && Boolean.FALSE.equals(c.get("coveredAfter"))));

        HttpResponse<Map> unknown = api.exchange(HttpRequest.POST("/api/coverage/what-if",
                Map.of("region", "500152", "close", List.of("NOPE"))), admin, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, unknown.getStatus());

        Map<?, ?> plan = api.exchange(HttpRequest.GET("/api/coverage/plan?region=500152&k=2"), admin, Map.class).body();
        assertEquals(3900, ((Number) plan.get("newlyCoveredPopulation")).longValue(), "both uncovered villages need a site each");
        assertTrue(((Number) plan.get("upperBound")).longValue() >= 3900);
        assertEquals(2, ((List<?>) plan.get("sites")).size());
        HttpResponse<Map> both = api.exchange(HttpRequest.GET("/api/coverage/plan?region=500152&k=2&targetCoverage=0.9"), admin, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, both.getStatus());
    }

    @Test
    @Order(4)
    void exportsTheUncoveredVillages() {
        HttpResponse<String> csv = api.raw(HttpRequest.GET("/api/coverage/uncovered.csv?region=500152"), admin);
        assertEquals(HttpStatus.OK, csv.getStatus());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).replace("\uFEFF", "").startsWith("code,name,township_code"), lines.get(0));
        assertEquals(3, lines.size());
        Map<?, ?> geojson = ApiClient.read(api.raw(HttpRequest.GET("/api/coverage/uncovered.geojson?region=500152"), admin).body(), Map.class);
        assertEquals(2, ((List<?>) geojson.get("features")).size());
        HttpResponse<String> xlsx = api.raw(HttpRequest.GET("/api/coverage/uncovered.xlsx?region=500152"), admin);
        assertEquals(HttpStatus.OK, xlsx.getStatus());
    }

    @Test
    @Order(5)
    void statusChangesReachCoverageAtOnce() {
        HttpResponse<Map> suspended = api.exchange(HttpRequest.POST("/api/stations/CV-1/status",
                Map.of("status", "SUSPENDED", "effectiveOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                        "reason", "停业整顿")), admin, Map.class);
        assertEquals(HttpStatus.OK, suspended.getStatus(), String.valueOf(suspended.body()));
        assertEquals(0, summary(coverage("region=500152", admin)).get("coveredVillages"));
        assertTrue(recorder.wroteHere(changeLog.lastId()), "the change feed knows this instance wrote (and applied) the row");
        assertFalse(recorder.wroteHere(changeLog.lastId() + 1));
    }

    @Test
    @Order(6)
    void rejectsBadParametersAndOtherCounties() {
        for (String bad : List.of("region=5001529", "region=500152&radiusKm=0", "region=500152&radiusKm=abc",
                "region=500152&tiers=KIOSK", "region=500152&asOf=2999-01-01", "region=500152&effectiveDays=0")) {
            HttpResponse<Map> response = api.exchange(HttpRequest.GET("/api/coverage?" + bad), admin, Map.class);
            assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), bad);
            assertEquals("application/problem+json", response.getContentType().orElseThrow().toString());
        }
        String other = api.token("rongchang", "Rongchang2026");
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.GET("/api/coverage?region=500152"), other, Map.class).getStatus());
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.GET("/api/coverage?region=500153"), other, Map.class).getStatus());
        String planner = api.token("planner2", "Planner20261");
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.GET("/api/coverage?region=50"), planner, Map.class).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, api.exchange(HttpRequest.GET("/api/coverage?region=500199"), planner, Map.class).getStatus());
    }
}
