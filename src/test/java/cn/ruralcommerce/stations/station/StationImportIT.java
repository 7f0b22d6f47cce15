package cn.ruralcommerce.stations.station;

import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import io.micronaut.core.type.Argument;
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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk import of stations: dry run, all-or-nothing, skipBadRows, idempotent re-import, lifecycle via status, XLSX round trip. */
@MicronautTest(transactional = false)
class StationImportIT {
    static final String HEADER = "code,name,tier,region_code,lon,lat,status,opened_on,closed_on,crs,address,services\n";
    static final String FILE = HEADER
            + "V1,中渡村站,VILLAGE_STATION,500152113201,105.741,30.061,ACTIVE,2023-03-01,,,中渡村1组,PARCELS;代购\n"
            + "V2,石盘村站,VILLAGE_STATION,500152113202,105.711,30.041,PLANNED,,,,,\n"
            + "T1,柏梓镇站,TOWNSHIP_STATION,500152113,105.731,30.051,ACTIVE,2022-05-01,,,\"柏梓镇, 正街\",\n"
            + "C1,=HYPERLINK(\"x\"),COUNTY_CENTER,500152,105.84,30.19,ACTIVE,2021-01-01,,,,TRAINING\n";

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

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        NetworkFixture.ensureRegions(regions, regionImport, boundaries);
        history.deleteAll();
        stations.deleteAll();
        if (!accounts.exists("rongchang2")) {
            accounts.create("rongchang2", "Rongchang1234", Role.BUREAU, "500153", "荣昌");
        }
    }

    HttpResponse<Map> upload(String query, String name, byte[] content, String token) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build();
        return api.exchange(HttpRequest.POST("/api/stations/import" + query, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token, Map.class);
    }

    HttpResponse<Map> upload(String query, String csv) {
        return upload(query, "stations.csv", csv.getBytes(StandardCharsets.UTF_8), admin);
    }

    static List<Map<String, Object>> errors(HttpResponse<Map> response) {
        return (List<Map<String, Object>>) ApiClient.problem(response).get("errors");
    }

    @Test
    void importsThenReimportsAsANoOp() {
        HttpResponse<Map> first = upload("", FILE);
        assertEquals(HttpStatus.OK, first.getStatus(), () -> String.valueOf(first.body()));
        assertEquals(4, first.body().get("created"));
        assertEquals("柏梓镇, 正街", stations.findById("T1").orElseThrow().address());
        assertEquals("BUYING_AGENT;PARCELS", stations.findById("V1").orElseThrow().services());
        HttpResponse<Map> second = upload("", FILE);
        assertEquals(0, second.body().get("created"));
        assertEquals(0, second.body().get("updated"));
        assertEquals(4, second.body().get("unchanged"));
        assertEquals(4, history.count());
    }

    @Test
    void dryRunWritesNothing() {
        HttpResponse<Map> response = upload("?dryRun=true", FILE);
        assertEquals(4, response.body().get("created"));
        assertEquals(true, response.body().get("dryRun"));
        assertEquals(0, stations.count());
    }

    @Test
    void fileWithErrorsWritesNothingAndNamesRowAndField() {
        String bad = FILE
                + "V3,x,VILLAGE_STATION,500152113001,105.73,30.05,,,,,,\n"       // urban community
                + "V4,y,VILLAGE_STATION,500152113201,107.5,30.05,,,,,,\n"        // outside the county
                + "V5,z,HAMLET,500152113201,105.73,30.05,,,,,,\n"                // tier
                + "V1,dup,VILLAGE_STATION,500152113201,105.73,30.05,,,,,,\n"     // duplicate code
                + "V6,w,VILLAGE_STATION,500152113201,105.73,30.05,ACTIVE,2031-01-01,,,,\n"; // future opening
        HttpResponse<Map> response = upload("", bad);
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        List<Map<String, Object>> errors = errors(response);
        assertEquals(List.of(6, 7, 8, 9, 10), errors.stream().map(e -> e.get("row")).toList());
        assertEquals(List.of("region_code", "lon", "tier", "code", "opened_on"), errors.stream().map(e -> e.get("field")).toList());
        assertEquals(0, stations.count());
        assertEquals(0, history.count());

        HttpResponse<Map> skipping = upload("?skipBadRows=true", bad);
        assertEquals(HttpStatus.OK, skipping.getStatus());
        assertEquals(4, skipping.body().get("created"));
        assertEquals(5, skipping.body().get("skipped"));
        assertEquals(4, stations.count());
    }

    @Test
    void rejectsAMissingColumnOrUnreadableFile() {
        HttpResponse<Map> response = upload("", "code,name\nA,b\n");
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        assertEquals("header", errors(response).get(0).get("field"));
        HttpResponse<Map> bytes = upload("", "x.csv", new byte[] {'c', 'o', (byte) 0xFF, '\n'}, admin);
        assertEquals(HttpStatus.BAD_REQUEST, bytes.getStatus());
    }

    @Test
    void statusColumnAppliesLifecycleChanges() {
        upload("", FILE);
        String closedOn = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String changed = HEADER
                + "V1,中渡村站,VILLAGE_STATION,500152113201,105.741,30.061,CLOSED,2023-03-01," + closedOn + ",,中渡村1组,PARCELS;代购\n"
                + "V2,石盘村站,VILLAGE_STATION,500152113202,105.711,30.041,ACTIVE," + closedOn + ",,,,\n";
        HttpResponse<Map> response = upload("", changed);
        assertEquals(HttpStatus.OK, response.getStatus(), () -> String.valueOf(response.body()));
        assertEquals(2, response.body().get("updated"));
        assertEquals(StationStatus.CLOSED, stations.findById("V1").orElseThrow().status());
        assertEquals(List.of(StationStatus.ACTIVE, StationStatus.CLOSED),
                history.findHistory("V1").stream().map(StationStatusChange::status).toList());
        assertEquals(LocalDate.parse(closedOn), history.findHistory("V1").get(1).effectiveOn());
        HttpResponse<Map> early = upload("", HEADER + "V2,石盘村站,VILLAGE_STATION,500152113202,105.711,30.041,SUSPENDED,2020-01-01,,,,\n");
        assertEquals(HttpStatus.BAD_REQUEST, early.getStatus(), "opened_on before the opening recorded is refused");
        HttpResponse<Map> reopen = upload("", HEADER + "V1,中渡村站,VILLAGE_STATION,500152113201,105.741,30.061,ACTIVE,,,,,\n");
        assertEquals("status", errors(reopen).get(0).get("field"));
    }

    @Test
    void bureauImportRowsOutsideItsCountyAreRejected() {
        HttpResponse<Map> response = upload("", "stations.csv", FILE.getBytes(StandardCharsets.UTF_8), api.token("rongchang2", "Rongchang1234"));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        assertEquals(4, errors(response).size());
        assertEquals("region_code", errors(response).get(0).get("field"));
        assertEquals(0, stations.count());
    }

    @Test
    void xlsxExportReimportsUnchangedAndCellsAreGuarded() {
        upload("?crs=GCJ02", FILE);
        HttpResponse<byte[]> xlsx = client.toBlocking().exchange(HttpRequest.GET("/api/stations/export?format=xlsx").bearerAuth(admin),
                Argument.of(byte[].class));
        assertEquals(HttpStatus.OK, xlsx.getStatus());
        HttpResponse<Map> again = upload("", "stations.xlsx", xlsx.body(), admin);
        assertEquals(HttpStatus.OK, again.getStatus(), () -> String.valueOf(again.body()));
        assertEquals(4, again.body().get("unchanged"));
        assertEquals(0, again.body().get("updated"));
        String csv = api.exchange(HttpRequest.GET("/api/stations/export?format=csv"), admin, String.class).body();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv);
        assertEquals(4, upload("", csv).body().get("unchanged"));
        Map<?, ?> geo = api.exchange(HttpRequest.GET("/api/stations/export?format=geojson"), admin, Map.class).body();
        assertEquals(4, ((List<?>) geo.get("features")).size());
        assertEquals("format", errors(api.exchange(HttpRequest.GET("/api/stations/export?format=pdf"), admin, Map.class)).get(0).get("field"));
    }
}
