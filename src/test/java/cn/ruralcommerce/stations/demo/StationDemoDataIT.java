package cn.ruralcommerce.stations.demo;

import cn.ruralcommerce.stations.station.Station;
import cn.ruralcommerce.stations.station.StationQueryService;
import cn.ruralcommerce.stations.station.StationTier;
import cn.ruralcommerce.stations.support.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo network of 潼南区: plausible counts, history, the planted chain defects and the operator account. */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
class StationDemoDataIT {
    private static final List<String> PROBLEMS = List.of("ORPHAN", "MISSING_PARENT", "WRONG_TIER");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    StationQueryService queries;

    @Test
    void demoNetworkIsPlausibleAndTheChainCheckFindsThePlantedDefects() {
        ApiClient api = new ApiClient(client.toBlocking());
        String admin = api.token("admin", "TestAdmin2026");
        Map<?, ?> page = api.exchange(HttpRequest.GET("/api/stations?region=500152&tier=VILLAGE_STATION&size=1"), admin, Map.class).body();
        int villages = ((Number) page.get("total")).intValue();
        assertTrue(villages > 80 && villages < 150, "about 55% of 208 rural villages, was " + villages);
        List<Station> center = queries.activeOn(LocalDate.now(), "500152", Set.of(StationTier.COUNTY_CENTER));
        assertEquals(1, center.size());
        int twoYearsAgo = queries.activeOn(LocalDate.now().minusYears(2), "500152", null).size();
        int now = queries.activeOn(LocalDate.now(), "500152", null).size();
        assertTrue(twoYearsAgo < now, "the network grew: " + twoYearsAgo + " → " + now);

        Map<?, ?> report = api.exchange(HttpRequest.GET("/api/logistics-nodes/chain-check?region=500152"), admin, Map.class).body();
        List<String> problems = ((List<?>) report.get("brokenChains")).stream()
                .map(b -> (String) ((Map<?, ?>) b).get("problem")).sorted((a, b) -> PROBLEMS.indexOf(a) - PROBLEMS.indexOf(b)).toList();
        assertEquals(PROBLEMS, problems);
        assertTrue(!((List<?>) report.get("villagesWithoutPoint")).isEmpty());

        String operator = api.token("zhanzhang", StationDemoData.OPERATOR_PASSWORD);
        Map<?, ?> me = api.exchange(HttpRequest.GET("/api/me"), operator, Map.class).body();
        String own = (String) me.get("scopeCode");
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.GET("/api/stations/" + own), operator, Map.class).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.GET("/api/stations/C500152"), operator, Map.class).getStatus());
    }

    @Test
    void demoNamesSayVillageOnceAndDivisionsCarryTheSourceVintage() {
        ApiClient api = new ApiClient(client.toBlocking());
        String admin = api.token("admin", "TestAdmin2026");
        List<?> items = (List<?>) api.exchange(HttpRequest.GET("/api/stations?region=500152&tier=VILLAGE_STATION&size=500"), admin, Map.class)
                .body().get("items");
        List<String> doubled = items.stream().map(i -> (String) ((Map<?, ?>) i).get("name")).filter(n -> n.contains("村村服务站")).toList();
        assertTrue(doubled.isEmpty(), "names with 村村服务站: " + doubled);
        assertTrue(items.stream().map(i -> (String) ((Map<?, ?>) i).get("name")).allMatch(n -> n.endsWith("村服务站")));
        assertEquals("2023-06-30", api.exchange(HttpRequest.GET("/api/regions/500152"), admin, Map.class).body().get("validFrom"));
    }

    @Test
    void stationCountsComeFromTheServerForAnyDay() {
        ApiClient api = new ApiClient(client.toBlocking());
        String admin = api.token("admin", "TestAdmin2026");
        for (LocalDate day : List.of(LocalDate.now().minusYears(2).withMonth(12).withDayOfMonth(31), LocalDate.now().minusYears(1))) {
            Map<?, ?> counts = api.exchange(HttpRequest.GET("/api/stations/counts?region=500152&asOf=" + day), admin, Map.class).body();
            Map<?, ?> all = (Map<?, ?>) counts.get("all");
            assertEquals(queries.activeOn(day, "500152", null).size(), ((Number) all.get("active")).intValue(), "ACTIVE on " + day);
            for (Object row : (List<?>) counts.get("byTier")) {
                Map<?, ?> r = (Map<?, ?>) row;
                StationTier tier = StationTier.valueOf((String) r.get("tier"));
                assertEquals(queries.activeOn(day, "500152", Set.of(tier)).size(), ((Number) r.get("active")).intValue(), tier + " on " + day);
            }
        }
        Map<?, ?> today = (Map<?, ?>) api.exchange(HttpRequest.GET("/api/stations/counts?region=500152"), admin, Map.class).body().get("all");
        Map<?, ?> listed = api.exchange(HttpRequest.GET("/api/stations?region=500152&size=1"), admin, Map.class).body();
        assertEquals(((Number) listed.get("total")).longValue(), ((Number) today.get("total")).longValue(), "every registered station counted today");
    }
}
