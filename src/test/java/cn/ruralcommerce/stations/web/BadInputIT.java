package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.station.StationRepository;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile or broken input gets a 4xx problem, writes nothing, and leaves the service healthy. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "1MB")
@Property(name = "micronaut.server.multipart.max-file-size", value = "1MB")
class BadInputIT {
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
    StationRepository stations;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        NetworkFixture.ensureRegions(regions, importer, boundaries);
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
    }

    void assertProblem(HttpResponse<?> response, int status) {
        assertEquals(status, response.getStatus().getCode(), String.valueOf(response.body()));
        assertEquals("application/problem+json", response.getContentType().orElseThrow().toString());
    }

    @Test
    void nonFiniteAndOutOfRangeCoordinatesAreRejected() {
        long before = stations.count();
        for (Object lon : new Object[]{"NaN", "Infinity", 181.0, -200}) {
            HttpResponse<Map> response = api.exchange(HttpRequest.POST("/api/stations",
                    NetworkFixture.with(NetworkFixture.villageStation("BAD-" + Math.abs(lon.hashCode())), "lon", lon)), admin, Map.class);
            assertEquals(400, response.getStatus().getCode(), lon + ": " + response.body());
        }
        String huge = "{\"code\":\"BAD-HUGE\",\"name\":\"x\",\"tier\":\"VILLAGE_STATION\",\"regionCode\":\"500152113201\","
                + "\"lon\":1e400,\"lat\":30.061,\"status\":\"ACTIVE\",\"openedOn\":\"2023-01-10\"}";
        HttpResponse<Map> response = api.exchange(HttpRequest.POST("/api/stations", huge).contentType(MediaType.APPLICATION_JSON_TYPE), admin, Map.class);
        assertEquals(400, response.getStatus().getCode(), "1e400: " + response.body());
        assertEquals(before, stations.count());
    }

    @Test
    void oversizeUploadsAreRefused() {
        long before = stations.count();
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        MultipartBody body = MultipartBody.builder().addPart("file", "big.csv", MediaType.TEXT_CSV_TYPE, big).build();
        HttpResponse<String> response = api.raw(HttpRequest.POST("/api/stations/import", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin);
        assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, response.getStatus());
        assertEquals(before, stations.count());
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.GET("/api/regions/500152"), admin, Map.class).getStatus(), "still healthy");
    }

    @Test
    void brokenSpreadsheetsAreA400() {
        long before = stations.count();
        byte[] garbage = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x13, 0x37, (byte) 0xFF, (byte) 0xFE, 0x00};
        MultipartBody body = MultipartBody.builder().addPart("file", "broken.xlsx",
                MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), garbage).build();
        HttpResponse<Map> response = api.exchange(HttpRequest.POST("/api/stations/import", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin, Map.class);
        assertProblem(response, 400);
        assertEquals(before, stations.count());
    }

    @Test
    void scriptAndFormulaTextIsStoredVerbatimAndExportedHarmless() {
        String name = "=HYPERLINK(\"http://x\")<script>alert(1)</script>'; DROP TABLE station;--";
        HttpResponse<Map> created = api.exchange(HttpRequest.POST("/api/stations",
                NetworkFixture.with(NetworkFixture.villageStation("INJ-1"), "name", name)), admin, Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus(), String.valueOf(created.body()));
        assertEquals(name, api.exchange(HttpRequest.GET("/api/stations/INJ-1"), admin, Map.class).body().get("name"));
        String csv = api.raw(HttpRequest.GET("/api/stations/export?format=csv&region=500152"), admin).body();
        assertTrue(csv.contains("'=HYPERLINK"), "a formula-looking cell is prefixed with a quote: " + csv);
        assertTrue(stations.existsById("INJ-1"), "the table is still there");
    }
}
