package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.changelog.ChangeLogRepository;
import cn.ruralcommerce.stations.gis.CoordinateConverter;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.gis.Geodesy;
import cn.ruralcommerce.stations.gis.LonLat;
import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.ruralcommerce.stations.support.NetworkFixture.villageStation;
import static cn.ruralcommerce.stations.support.NetworkFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registration rules over HTTP: each accepted and rejected case, with the field the 400 names. */
@MicronautTest(transactional = false)
class StationRulesIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionRepository regions;
    @Inject
    RegionImportService regionImport;
    @Inject
    BoundaryService boundaries;
    @Inject
    StationRepository stations;
    @Inject
    StationStatusChangeRepository history;
    @Inject
    ChangeLogRepository changeLog;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        NetworkFixture.ensureRegions(regions, regionImport, boundaries);
        history.deleteAll();
        stations.deleteAll();
    }

    HttpResponse<Map> post(Map<String, Object> body) {
        return api.exchange(HttpRequest.POST("/api/stations", body), admin, Map.class);
    }

    static String field(HttpResponse<Map> response) {
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), () -> String.valueOf(response.body()));
        assertEquals("application/problem+json", response.getContentType().orElseThrow().toString());
        List<?> errors = (List<?>) ApiClient.problem(response).get("errors");
        assertTrue(!errors.isEmpty(), () -> "no field errors in " + response.body());
        return (String) ((Map<?, ?>) errors.get(0)).get("field");
    }

    @Test
    void acceptsAVillageStationAndChangeLogsIt() {
        long before = changeLog.lastId();
        HttpResponse<Map> created = post(villageStation("S1"));
        assertEquals(HttpStatus.CREATED, created.getStatus(), () -> String.valueOf(created.body()));
        assertEquals("ACTIVE", created.body().get("status"));
        assertEquals(List.of("BUYING_AGENT", "PARCELS"), created.body().get("services"));
        assertEquals("500152", created.body().get("countyCode"));
        assertEquals(1, changeLog.findByIdGreaterThan(before).size());
        assertEquals("S1", changeLog.findByIdGreaterThan(before).get(0).entityId());
        assertEquals(1, history.findHistory("S1").size());
    }

    @Test
    void tierMustMatchTheDivisionLevel() {
        assertEquals("regionCode", field(post(with(villageStation("S1"), "regionCode", NetworkFixture.TOWNSHIP))));
        assertEquals("regionCode", field(post(with(with(villageStation("S1"), "tier", "TOWNSHIP_STATION"), "regionCode", NetworkFixture.VILLAGE))));
        assertEquals(HttpStatus.CREATED, post(with(with(villageStation("S2"), "tier", "TOWNSHIP_STATION"), "regionCode", NetworkFixture.TOWNSHIP)).getStatus());
        assertEquals(HttpStatus.CREATED, post(with(with(villageStation("S3"), "tier", "COUNTY_CENTER"), "regionCode", "500152000000")).getStatus());
        assertEquals("regionCode", field(post(with(villageStation("S4"), "regionCode", "500152113299"))));
        assertEquals("regionCode", field(post(with(villageStation("S4"), "regionCode", "50"))));
        assertEquals("tier", field(post(with(villageStation("S4"), "tier", "HAMLET"))));
    }

    @Test
    void urbanCommunityNeedsAllowUrban() {
        assertEquals("regionCode", field(post(with(villageStation("S1"), "regionCode", NetworkFixture.URBAN))));
        HttpResponse<Map> allowed = post(with(with(villageStation("S1"), "regionCode", NetworkFixture.URBAN), "allowUrban", true));
        assertEquals(HttpStatus.CREATED, allowed.getStatus());
        assertEquals(true, allowed.body().get("allowUrban"));
    }

    @Test
    void pointMustLieInTheCountyBoundary() {
        assertEquals("lon", field(post(with(villageStation("S1"), "lon", 106.2))));
        assertEquals("lat", field(post(with(villageStation("S1"), "lat", 95.0))));
        assertEquals("crs", field(post(with(villageStation("S1"), "crs", "MARS"))));
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        assertEquals(HttpStatus.CREATED, post(villageStation("S1")).getStatus());
        HttpResponse<Map> duplicate = post(villageStation("S1"));
        assertEquals(HttpStatus.CONFLICT, duplicate.getStatus());
        assertEquals("code", ((Map<?, ?>) ((List<?>) ApiClient.problem(duplicate).get("errors")).get(0)).get("field"));
        assertEquals("code", field(post(villageStation("S 1"))));
        assertEquals("code", field(post(with(villageStation("x"), "code", null))));
    }

    @Test
    void datesMustBeCoherent() {
        String future = LocalDate.now().plusDays(30).toString();
        assertEquals("closedOn", field(post(with(villageStation("S1"), "closedOn", "2024-01-01"))));
        assertEquals("openedOn", field(post(with(villageStation("S1"), "openedOn", future))));
        assertEquals("closedOn", field(post(with(with(villageStation("S1"), "status", "CLOSED"), "closedOn", "2022-01-01"))));
        assertEquals("status", field(post(with(villageStation("S1"), "status", "OPEN"))));
        HttpResponse<Map> planned = post(with(with(villageStation("S2"), "status", "PLANNED"), "openedOn", future));
        assertEquals(HttpStatus.CREATED, planned.getStatus(), () -> String.valueOf(planned.body()));
        HttpResponse<Map> closed = post(with(with(villageStation("S3"), "status", "CLOSED"), "closedOn", "2024-05-01"));
        assertEquals(HttpStatus.CREATED, closed.getStatus());
        assertEquals(2, history.findHistory("S3").size());
    }

    @Test
    void missingFieldsAreNamed() {
        assertEquals("name", field(post(with(villageStation("S1"), "name", null))));
        assertEquals("lon", field(post(with(villageStation("S1"), "lon", null))));
        assertEquals("operator.phone", field(post(with(villageStation("S1"), "operator", Map.of("phone", "call me")))));
        assertEquals("services", field(post(with(villageStation("S1"), "services", List.of("FLYING")))));
    }

    @Test
    void gcj02InputIsStoredWithinAMetreOfTheTruePoint() {
        LonLat truth = new LonLat(105.7523, 30.0617);
        LonLat gcj = CoordinateConverter.fromCgcs2000(truth, CoordinateSystem.GCJ02);
        assertTrue(Geodesy.distanceMetres(truth, gcj) > 300, "GCJ-02 is offset by hundreds of metres");
        HttpResponse<Map> created = post(with(with(with(villageStation("S1"), "lon", gcj.lon()), "lat", gcj.lat()), "crs", "GCJ-02"));
        assertEquals(HttpStatus.CREATED, created.getStatus());
        Station stored = stations.findById("S1").orElseThrow();
        assertTrue(Geodesy.distanceMetres(truth.lon(), truth.lat(), stored.lon(), stored.lat()) < 1.0);
    }

    @Test
    void updateKeepsCodeAndStatus() {
        post(villageStation("S1"));
        HttpResponse<Map> renamed = api.exchange(HttpRequest.PUT("/api/stations/S1", with(villageStation("S1"), "name", "新名字")), admin, Map.class);
        assertEquals(HttpStatus.OK, renamed.getStatus());
        assertEquals("新名字", stations.findById("S1").orElseThrow().name());
        assertEquals("status", field(api.exchange(HttpRequest.PUT("/api/stations/S1", with(villageStation("S1"), "status", "CLOSED")), admin, Map.class)));
        assertEquals("code", field(api.exchange(HttpRequest.PUT("/api/stations/S1", villageStation("S9")), admin, Map.class)));
        assertEquals(HttpStatus.NOT_FOUND, api.exchange(HttpRequest.PUT("/api/stations/S9", villageStation("S9")), admin, Map.class).getStatus());
    }

    @Test
    void updateKeepsTheOptionalFieldsItLeavesOutAndClearsThoseSentEmpty() {
        Map<String, Object> full = with(with(with(with(villageStation("S1"), "openingHours", "08:00-18:00"),
                "address", "中渡村 1 号"), "floorArea", 60), "services", List.of("PARCELS", "金融服务"));
        assertEquals(HttpStatus.CREATED, post(full).getStatus());
        Map<String, Object> required = new java.util.HashMap<>(Map.of("name", "改名后", "tier", "VILLAGE_STATION",
                "regionCode", full.get("regionCode"), "lon", full.get("lon"), "lat", full.get("lat")));
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.PUT("/api/stations/S1", required), admin, Map.class).getStatus());
        Station kept = stations.findById("S1").orElseThrow();
        assertEquals("改名后", kept.name());
        assertEquals(java.util.Set.of("PARCELS", "FINANCE"), kept.serviceSet());
        assertEquals("08:00-18:00", kept.openingHours());
        assertEquals("中渡村 1 号", kept.address());
        assertEquals(60, kept.floorArea());
        assertEquals("张三", kept.operatorName());
        assertEquals("13800138000", kept.operatorPhone());

        Map<String, Object> cleared = new java.util.HashMap<>(required);
        cleared.put("services", List.of());
        cleared.put("openingHours", "");
        cleared.put("address", "");
        cleared.put("operator", Map.of());
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.PUT("/api/stations/S1", cleared), admin, Map.class).getStatus());
        Station emptied = stations.findById("S1").orElseThrow();
        assertTrue(emptied.serviceSet().isEmpty());
        assertEquals(null, emptied.openingHours());
        assertEquals(null, emptied.address());
        assertEquals(null, emptied.operatorName());
        assertEquals(null, emptied.operatorPhone());
        assertEquals(60, emptied.floorArea());
    }
}
