package cn.ruralcommerce.stations.station;

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
import java.util.Set;

import static cn.ruralcommerce.stations.support.NetworkFixture.villageStation;
import static cn.ruralcommerce.stations.support.NetworkFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lifecycle changes with effective dates, and "which stations were active on date D" for past dates. */
@MicronautTest(transactional = false)
class StationLifecycleIT {
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
    StationQueryService queries;

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

    HttpResponse<Map> status(String code, String status, String effectiveOn) {
        return api.exchange(HttpRequest.POST("/api/stations/" + code + "/status",
                Map.of("status", status, "effectiveOn", effectiveOn, "reason", "test")), admin, Map.class);
    }

    List<String> activeOn(String day) {
        Map<?, ?> page = api.exchange(HttpRequest.GET("/api/stations?region=500152&activeOn=" + day), admin, Map.class).body();
        return ((List<?>) page.get("items")).stream().map(i -> (String) ((Map<?, ?>) i).get("code")).toList();
    }

    @Test
    void answersActiveOnForPastDates() {
        api.exchange(HttpRequest.POST("/api/stations", villageStation("A")), admin, Map.class);
        api.exchange(HttpRequest.POST("/api/stations", with(villageStation("B"), "openedOn", "2024-02-01")), admin, Map.class);
        assertEquals(HttpStatus.OK, status("A", "SUSPENDED", "2024-03-01").getStatus());
        assertEquals(HttpStatus.OK, status("A", "ACTIVE", "2024-06-01").getStatus());
        assertEquals(HttpStatus.OK, status("A", "CLOSED", "2025-01-01").getStatus());
        assertEquals(List.of(), activeOn("2022-12-31"));
        assertEquals(List.of("A"), activeOn("2023-06-01"));
        assertEquals(List.of("B"), activeOn("2024-04-01"));
        assertEquals(List.of("A", "B"), activeOn("2024-07-01"));
        assertEquals(List.of("B"), activeOn("2025-02-01"));
        assertEquals(List.of("A"), queries.activeOn(LocalDate.of(2024, 1, 15), "500152113", Set.of(StationTier.VILLAGE_STATION))
                .stream().map(Station::code).toList());
        assertEquals(List.of(), queries.activeOn(LocalDate.of(2024, 7, 1), "500152", Set.of(StationTier.COUNTY_CENTER)));
        assertEquals(2, queries.activeOn(LocalDate.of(2024, 7, 1), "", null).size());
        Station closed = stations.findById("A").orElseThrow();
        assertEquals(StationStatus.CLOSED, closed.status());
        assertEquals(LocalDate.of(2025, 1, 1), closed.closedOn());
        List<?> changes = api.exchange(HttpRequest.GET("/api/stations/A/history"), admin, List.class).body();
        assertEquals(List.of("ACTIVE", "SUSPENDED", "ACTIVE", "CLOSED"), changes.stream().map(c -> ((Map<?, ?>) c).get("status")).toList());
    }

    @Test
    void sameDayChangesTakeTheLastRecorded() {
        api.exchange(HttpRequest.POST("/api/stations", villageStation("A")), admin, Map.class);
        status("A", "SUSPENDED", "2024-03-01");
        status("A", "ACTIVE", "2024-03-01");
        assertEquals(List.of("A"), activeOn("2024-03-01"));
    }

    @Test
    void plannedStationOpensOnItsEffectiveDate() {
        api.exchange(HttpRequest.POST("/api/stations", with(with(villageStation("P"), "status", "PLANNED"), "openedOn", null)), admin, Map.class);
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        HttpResponse<Map> opened = status("P", "ACTIVE", today);
        assertEquals(HttpStatus.OK, opened.getStatus(), () -> String.valueOf(opened.body()));
        assertEquals(today, opened.body().get("openedOn"));
    }

    @Test
    void rejectsTransitionsAndDatesOutOfOrder() {
        api.exchange(HttpRequest.POST("/api/stations", villageStation("A")), admin, Map.class);
        assertEquals("effectiveOn", StationRulesIT.field(status("A", "SUSPENDED", "2022-01-01")));
        assertEquals("effectiveOn", StationRulesIT.field(status("A", "SUSPENDED", LocalDate.now().plusDays(5).toString())));
        assertEquals("status", StationRulesIT.field(status("A", "PLANNED", "2024-01-01")));
        assertEquals("status", StationRulesIT.field(status("A", "ACTIVE", "2024-01-01")));
        status("A", "CLOSED", "2024-01-01");
        assertEquals("status", StationRulesIT.field(status("A", "ACTIVE", "2024-02-01")));
        assertEquals(HttpStatus.NOT_FOUND, status("ZZ", "ACTIVE", "2024-02-01").getStatus());
        HttpResponse<Map> noReason = api.exchange(HttpRequest.POST("/api/stations/A/status", Map.of("status", "ACTIVE")), admin, Map.class);
        assertEquals("reason", StationRulesIT.field(noReason));
    }

    @Test
    void listsByAncestorRegionTierAndStatusWithPaging() {
        api.exchange(HttpRequest.POST("/api/stations", villageStation("A")), admin, Map.class);
        api.exchange(HttpRequest.POST("/api/stations", with(villageStation("B"), "regionCode", NetworkFixture.VILLAGE2)), admin, Map.class);
        api.exchange(HttpRequest.POST("/api/stations", with(with(with(villageStation("C"), "regionCode", NetworkFixture.OTHER_VILLAGE),
                "lon", 105.81), "lat", 30.11)), admin, Map.class);
        api.exchange(HttpRequest.POST("/api/stations", with(with(villageStation("T"), "tier", "TOWNSHIP_STATION"), "regionCode", "500152113000")), admin, Map.class);
        status("B", "SUSPENDED", "2024-03-01");
        assertEquals(4L, total("/api/stations?region=500152000000"));
        assertEquals(3L, total("/api/stations?region=500152113"));
        assertEquals(1L, total("/api/stations?region=500152113201"));
        assertEquals(3L, total("/api/stations?tier=VILLAGE_STATION"));
        assertEquals(1L, total("/api/stations?status=SUSPENDED"));
        Map<?, ?> page = api.exchange(HttpRequest.GET("/api/stations?page=1&size=3"), admin, Map.class).body();
        assertEquals(4, ((Number) page.get("total")).intValue());
        assertEquals(List.of("T"), ((List<?>) page.get("items")).stream().map(i -> ((Map<?, ?>) i).get("code")).toList());
        assertEquals("size", StationRulesIT.field(api.exchange(HttpRequest.GET("/api/stations?size=501"), admin, Map.class)));
        assertEquals("tier", StationRulesIT.field(api.exchange(HttpRequest.GET("/api/stations?tier=X"), admin, Map.class)));
        assertEquals("region", StationRulesIT.field(api.exchange(HttpRequest.GET("/api/stations?region=abc"), admin, Map.class)));
    }

    long total(String uri) {
        HttpResponse<Map> response = api.exchange(HttpRequest.GET(uri), admin, Map.class);
        assertEquals(HttpStatus.OK, response.getStatus(), () -> String.valueOf(response.body()));
        return ((Number) response.body().get("total")).longValue();
    }
}
