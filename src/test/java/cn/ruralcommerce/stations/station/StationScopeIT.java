package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.changelog.NetworkChangedEvent;
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
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static cn.ruralcommerce.stations.support.NetworkFixture.villageStation;
import static cn.ruralcommerce.stations.support.NetworkFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may write where, who sees the operator's personal data, who reads the audit log, and the change event. */
@MicronautTest(transactional = false)
class StationScopeIT {
    /** Collects the events published after commit. */
    @Singleton
    static class Events {
        final List<NetworkChangedEvent> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(NetworkChangedEvent event) {
            seen.add(event);
        }
    }

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
    AccountBootstrap accounts;
    @Inject
    Events events;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        NetworkFixture.ensureRegions(regions, regionImport, boundaries);
        history.deleteAll();
        stations.deleteAll();
        if (!accounts.exists("tongnan1")) {
            accounts.create("tongnan1", "Tongnan12345", Role.BUREAU, "500152", "潼南");
            accounts.create("rongchang1", "Rongchang1234", Role.BUREAU, "500153", "荣昌");
            accounts.create("planner2", "Planner12345", Role.PLANNER, null, "规划");
            accounts.create("op-a", "OperatorA1234", Role.OPERATOR, "A", "站长A");
        }
        api.exchange(HttpRequest.POST("/api/stations", villageStation("A")), admin, Map.class);
        api.exchange(HttpRequest.POST("/api/stations", with(villageStation("B"), "regionCode", NetworkFixture.VILLAGE2)), admin, Map.class);
    }

    HttpResponse<Map> call(io.micronaut.http.MutableHttpRequest<?> request, String user, String password) {
        return api.exchange(request, api.token(user, password), Map.class);
    }

    @Test
    void bureauWritesOnlyInItsCounty() {
        assertEquals(HttpStatus.CREATED, call(HttpRequest.POST("/api/stations", villageStation("C")), "tongnan1", "Tongnan12345").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.POST("/api/stations", villageStation("D")), "rongchang1", "Rongchang1234").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.PUT("/api/stations/A", villageStation("A")), "rongchang1", "Rongchang1234").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.POST("/api/stations/A/status",
                Map.of("status", "SUSPENDED", "reason", "x")), "rongchang1", "Rongchang1234").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.POST("/api/stations", villageStation("E")), "planner2", "Planner12345").getStatus());
        assertEquals(HttpStatus.OK, call(HttpRequest.POST("/api/stations/A/status",
                Map.of("status", "SUSPENDED", "reason", "renovation")), "tongnan1", "Tongnan12345").getStatus());
    }

    @Test
    void operatorUpdatesOnlyItsOwnStationsContactHoursAndServices() {
        Map<String, Object> contact = Map.of("operator", Map.of("name", "李四", "phone", "13900139000"),
                "openingHours", "08:00-20:00", "services", List.of("PARCELS"));
        HttpResponse<Map> own = call(HttpRequest.PUT("/api/stations/A/contact", contact), "op-a", "OperatorA1234");
        assertEquals(HttpStatus.OK, own.getStatus(), () -> String.valueOf(own.body()));
        assertEquals("08:00-20:00", stations.findById("A").orElseThrow().openingHours());
        assertEquals("李四", ((Map<?, ?>) own.body().get("operator")).get("name"));
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.PUT("/api/stations/B/contact", contact), "op-a", "OperatorA1234").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.PUT("/api/stations/A", villageStation("A")), "op-a", "OperatorA1234").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.GET("/api/stations/B"), "op-a", "OperatorA1234").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.GET("/api/stations"), "op-a", "OperatorA1234").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.PUT("/api/stations/A/contact", contact), "rongchang1", "Rongchang1234").getStatus());
    }

    @Test
    void personalDataIsHiddenFromPlannersAndOtherCounties() {
        assertNotNull(call(HttpRequest.GET("/api/stations/A"), "admin", "TestAdmin2026").body().get("operator"));
        assertNotNull(call(HttpRequest.GET("/api/stations/A"), "tongnan1", "Tongnan12345").body().get("operator"));
        assertNull(call(HttpRequest.GET("/api/stations/A"), "planner2", "Planner12345").body().get("operator"));
        assertNull(call(HttpRequest.GET("/api/stations/A"), "rongchang1", "Rongchang1234").body().get("operator"));
        Map<?, ?> page = call(HttpRequest.GET("/api/stations"), "planner2", "Planner12345").body();
        assertTrue(((List<?>) page.get("items")).stream().allMatch(i -> ((Map<?, ?>) i).get("operator") == null));
        String csv = api.exchange(HttpRequest.GET("/api/stations/export?format=csv"), api.token("planner2", "Planner12345"), String.class).body();
        assertTrue(!csv.contains("operator_phone") && !csv.contains("13800138000"));
        String own = api.exchange(HttpRequest.GET("/api/stations/export?format=csv&region=500152"), api.token("tongnan1", "Tongnan12345"), String.class).body();
        assertTrue(own.contains("13800138000"));
    }

    @Test
    void auditIsReadableByAdminAndTheOwnCountyBureau() {
        api.exchange(HttpRequest.PUT("/api/stations/A", with(villageStation("A"), "name", "改名")), admin, Map.class);
        Map<?, ?> all = call(HttpRequest.GET("/api/audit?entityType=STATION&entityId=A"), "admin", "TestAdmin2026").body();
        assertTrue(((Number) all.get("total")).intValue() >= 2);
        Map<?, ?> latest = (Map<?, ?>) ((List<?>) all.get("items")).get(0);
        assertEquals("UPDATE", latest.get("action"));
        assertTrue(((String) latest.get("beforeJson")).contains("中渡村服务站") && ((String) latest.get("afterJson")).contains("改名"));
        Map<?, ?> own = call(HttpRequest.GET("/api/audit?entityType=STATION&entityId=A"), "tongnan1", "Tongnan12345").body();
        assertEquals(all.get("total"), own.get("total"));
        Map<?, ?> other = call(HttpRequest.GET("/api/audit?entityType=STATION&entityId=A"), "rongchang1", "Rongchang1234").body();
        assertEquals(0, ((Number) other.get("total")).intValue());
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.GET("/api/audit"), "planner2", "Planner12345").getStatus());
    }

    @Test
    void publishesAnEventAfterCommitAndTheDirectoryScopesOperators() {
        events.seen.clear();
        api.exchange(HttpRequest.POST("/api/stations", villageStation("C")), admin, Map.class);
        assertTrue(events.seen.stream().anyMatch(e -> e.entityIds().contains("C") && e.countyCodes().contains("500152")));
        events.seen.clear();
        api.exchange(HttpRequest.POST("/api/stations", villageStation("C")), admin, Map.class);
        assertTrue(events.seen.isEmpty(), "a rejected write publishes nothing");
        HttpResponse<Map> operator = call(HttpRequest.POST("/api/users", Map.of("username", "op-c", "password", "OperatorC1234",
                "role", "OPERATOR", "scopeCode", "C")), "tongnan1", "Tongnan12345");
        assertEquals(HttpStatus.CREATED, operator.getStatus(), () -> String.valueOf(operator.body()));
        assertEquals(HttpStatus.FORBIDDEN, call(HttpRequest.POST("/api/users", Map.of("username", "op-c2", "password", "OperatorC1234",
                "role", "OPERATOR", "scopeCode", "C")), "rongchang1", "Rongchang1234").getStatus());
    }
}
