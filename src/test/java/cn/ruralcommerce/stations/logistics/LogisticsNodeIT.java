package cn.ruralcommerce.stations.logistics;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logistics nodes over HTTP: parent rules, scope, import contract, XLSX round trip and the chain check. */
@MicronautTest(transactional = false)
class LogisticsNodeIT {
    static final String FILE = "code,tier,region_code,lon,lat,parent_code,carriers\n"
            + "VP1,VILLAGE_POINT,500152113201,105.741,30.061,TR1,中国邮政;中通\n"
            + "HUB,COUNTY_HUB,500152,105.84,30.19,,中国邮政\n"
            + "TR1,TOWNSHIP_TRANSFER,500152113,105.731,30.051,HUB,\n"
            + "VP2,VILLAGE_POINT,500152113202,105.711,30.041,TR1,\n";

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
    LogisticsNodeRepository nodes;
    @Inject
    AccountBootstrap accounts;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        NetworkFixture.ensureRegions(regions, regionImport, boundaries);
        nodes.deleteAll();
        if (!accounts.exists("rongchang3")) {
            accounts.create("rongchang3", "Rongchang1234", Role.BUREAU, "500153", "荣昌");
        }
    }

    static Map<String, Object> node(String code, String tier, String region, double lon, double lat, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("tier", tier);
        body.put("regionCode", region);
        body.put("lon", lon);
        body.put("lat", lat);
        if (parent != null) {
            body.put("parentCode", parent);
        }
        return body;
    }

    HttpResponse<Map> post(Map<String, Object> body) {
        return api.exchange(HttpRequest.POST("/api/logistics-nodes", body), admin, Map.class);
    }

    HttpResponse<Map> upload(String query, byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart("file", "nodes", MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build();
        return api.exchange(HttpRequest.POST("/api/logistics-nodes/import" + query, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin, Map.class);
    }

    static String field(HttpResponse<Map> response) {
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), () -> String.valueOf(response.body()));
        return (String) ((Map<?, ?>) ((List<?>) ApiClient.problem(response).get("errors")).get(0)).get("field");
    }

    @Test
    void parentMustBeExactlyOneTierUpInTheSameCountyUnlessAllowed() {
        assertEquals(HttpStatus.CREATED, post(node("HUB", "COUNTY_HUB", "500152", 105.84, 30.19, null)).getStatus());
        assertEquals("parentCode", field(post(node("HUB2", "COUNTY_HUB", "500152", 105.84, 30.19, "HUB"))));
        assertEquals("parentCode", field(post(node("VP", "VILLAGE_POINT", NetworkFixture.VILLAGE, 105.741, 30.061, "HUB"))));
        assertEquals("parentCode", field(post(node("VP", "VILLAGE_POINT", NetworkFixture.VILLAGE, 105.741, 30.061, "NOPE"))));
        assertEquals("regionCode", field(post(node("TR", "TOWNSHIP_TRANSFER", NetworkFixture.VILLAGE, 105.741, 30.061, "HUB"))));
        assertEquals("lon", field(post(node("TR", "TOWNSHIP_TRANSFER", NetworkFixture.TOWNSHIP, 106.5, 30.061, "HUB"))));
        assertEquals(HttpStatus.CREATED, post(node("TR", "TOWNSHIP_TRANSFER", NetworkFixture.TOWNSHIP, 105.731, 30.051, "HUB")).getStatus());
        assertEquals(HttpStatus.CREATED, post(node("HUB-RC", "COUNTY_HUB", "500153", 105.59, 29.40, null)).getStatus());
        assertEquals("parentCode", field(post(node("TR2", "TOWNSHIP_TRANSFER", NetworkFixture.OTHER_TOWNSHIP, 105.80, 30.10, "HUB-RC"))));
        Map<String, Object> cross = node("TR2", "TOWNSHIP_TRANSFER", NetworkFixture.OTHER_TOWNSHIP, 105.80, 30.10, "HUB-RC");
        cross.put("crossCounty", true);
        assertEquals(HttpStatus.CREATED, post(cross).getStatus());
        Map<String, Object> withStation = node("VP", "VILLAGE_POINT", NetworkFixture.VILLAGE, 105.741, 30.061, "TR");
        withStation.put("stationCode", "NO-SUCH");
        assertEquals("stationCode", field(post(withStation)));
        assertEquals(HttpStatus.CONFLICT, post(node("TR", "TOWNSHIP_TRANSFER", NetworkFixture.TOWNSHIP, 105.731, 30.051, "HUB")).getStatus());
    }

    @Test
    void tierChangesAndDeletesKeepChainsIntact() {
        post(node("HUB", "COUNTY_HUB", "500152", 105.84, 30.19, null));
        post(node("TR", "TOWNSHIP_TRANSFER", NetworkFixture.TOWNSHIP, 105.731, 30.051, "HUB"));
        HttpResponse<Map> retier = api.exchange(HttpRequest.PUT("/api/logistics-nodes/HUB",
                node("HUB", "TOWNSHIP_TRANSFER", NetworkFixture.TOWNSHIP, 105.731, 30.051, null)), admin, Map.class);
        assertEquals("tier", field(retier));
        assertEquals(HttpStatus.CONFLICT, api.exchange(HttpRequest.DELETE("/api/logistics-nodes/HUB"), admin, Map.class).getStatus());
        assertEquals(HttpStatus.NO_CONTENT, api.exchange(HttpRequest.DELETE("/api/logistics-nodes/TR"), admin, Map.class).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.DELETE("/api/logistics-nodes/HUB"), api.token("rongchang3", "Rongchang1234"), Map.class).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.POST("/api/logistics-nodes",
                node("X", "COUNTY_HUB", "500152", 105.84, 30.19, null)), api.token("rongchang3", "Rongchang1234"), Map.class).getStatus());
    }

    @Test
    void importsInAnyOrderIdempotentlyAndAllOrNothing() {
        HttpResponse<Map> first = upload("", FILE.getBytes(StandardCharsets.UTF_8));
        assertEquals(HttpStatus.OK, first.getStatus(), () -> String.valueOf(first.body()));
        assertEquals(4, first.body().get("created"));
        assertEquals("中国邮政;中通", nodes.findById("VP1").orElseThrow().carriers());
        assertEquals(4, upload("", FILE.getBytes(StandardCharsets.UTF_8)).body().get("unchanged"));
        nodes.deleteAll();
        String bad = FILE + "VP3,VILLAGE_POINT,500152113202,105.711,30.041,HUB,\n" + "VP4,VILLAGE_POINT,500152114201,105.81,30.11,TR9,\n";
        HttpResponse<Map> rejected = upload("", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(HttpStatus.BAD_REQUEST, rejected.getStatus());
        List<Map<String, Object>> errors = (List<Map<String, Object>>) ApiClient.problem(rejected).get("errors");
        assertEquals(List.of(6, 7), errors.stream().map(e -> e.get("row")).toList());
        assertEquals(List.of("parent_code", "parent_code"), errors.stream().map(e -> e.get("field")).toList());
        assertEquals(0, nodes.count());
        assertEquals(4, upload("?dryRun=true&skipBadRows=true", bad.getBytes(StandardCharsets.UTF_8)).body().get("created"));
        assertEquals(0, nodes.count());
        String orphaned = FILE.replace("HUB,COUNTY_HUB,500152,105.84,30.19,,", "HUB,COUNTY_HUB,500152,107.84,30.19,,");
        HttpResponse<Map> cascade = upload("?skipBadRows=true", orphaned.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, cascade.body().get("created"), "a rejected hub takes its transfer and village points with it");
        assertEquals(4, cascade.body().get("skipped"));
    }

    @Test
    void xlsxExportReimportsUnchanged() {
        upload("", FILE.getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> xlsx = client.toBlocking().exchange(HttpRequest.GET("/api/logistics-nodes/export?format=xlsx").bearerAuth(admin),
                Argument.of(byte[].class));
        HttpResponse<Map> again = upload("", xlsx.body());
        assertEquals(HttpStatus.OK, again.getStatus(), () -> String.valueOf(again.body()));
        assertEquals(4, again.body().get("unchanged"));
    }

    @Test
    void chainCheckFindsBrokenChainsGapsAndLengths() {
        upload("", FILE.getBytes(StandardCharsets.UTF_8));
        post(node("ORPHAN", "VILLAGE_POINT", NetworkFixture.OTHER_VILLAGE, 105.81, 30.11, null));
        Map<?, ?> report = api.exchange(HttpRequest.GET("/api/logistics-nodes/chain-check?region=500152"), admin, Map.class).body();
        List<Map<String, Object>> broken = (List<Map<String, Object>>) report.get("brokenChains");
        assertEquals(1, broken.size());
        assertEquals("ORPHAN", broken.get(0).get("code"));
        assertEquals("ORPHAN", broken.get(0).get("problem"));
        List<Map<String, Object>> noTransfer = (List<Map<String, Object>>) report.get("townshipsWithoutTransfer");
        assertEquals(List.of(NetworkFixture.OTHER_TOWNSHIP), noTransfer.stream().map(p -> p.get("code")).toList());
        assertTrue(((List<?>) report.get("villagesWithoutPoint")).isEmpty(), "the urban community is not counted");
        Map<String, Object> chain = ((List<Map<String, Object>>) report.get("chainLengths")).get(0);
        assertEquals("TR1", chain.get("transferCode"));
        assertEquals(2, chain.get("villagePoints"));
        double toHub = ((Number) chain.get("transferToHubMetres")).doubleValue();
        assertTrue(toHub > 18_300 && toHub < 19_000, "TR1 to HUB is about 18.6 km, was " + toHub);
        assertTrue(((Number) chain.get("maxMetres")).doubleValue() > toHub);
        assertEquals("region", field(api.exchange(HttpRequest.GET("/api/logistics-nodes/chain-check?region=x"), admin, Map.class)));
    }
}
