package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.RegionFixture;
import cn.ruralcommerce.stations.support.SampleCounty;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Codes are one code whatever their letter case; household reference numbers tell a county nothing of another's. */
@MicronautTest(transactional = false)
class CodesAndReferencesIT {
    @Inject
    SampleCounty sample;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = sample.api();
        admin = api.token("admin", SampleCounty.ADMIN_PASSWORD);
    }

    @Test
    void codesDifferingOnlyInCaseAreOneCode() {
        assertEquals(201, api.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation("VCASE-1")), admin, Map.class)
                .getStatus().getCode());
        HttpResponse<Map> twin = api.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation("vcase-1")), admin, Map.class);
        assertEquals(409, twin.getStatus().getCode(), String.valueOf(twin.body()));
        Map<String, Object> node = Map.of("code", "NCASE1", "tier", "COUNTY_HUB", "regionCode", NetworkFixture.COUNTY, "lon", 105.84, "lat", 30.19);
        assertEquals(201, api.exchange(HttpRequest.POST("/api/logistics-nodes", node), admin, Map.class).getStatus().getCode());
        HttpResponse<Map> nodeTwin = api.exchange(HttpRequest.POST("/api/logistics-nodes", NetworkFixture.with(node, "code", "ncase1")),
                admin, Map.class);
        assertEquals(409, nodeTwin.getStatus().getCode(), String.valueOf(nodeTwin.body()));
        String csv = "code,name,tier,region_code,lon,lat,status,opened_on\nVcase-1,导入的重复站,VILLAGE_STATION," + NetworkFixture.VILLAGE
                + ",105.741,30.061,ACTIVE,2023-01-10\n";
        MultipartBody file = MultipartBody.builder().addPart("file", "stations.csv", MediaType.TEXT_CSV_TYPE,
                csv.getBytes(StandardCharsets.UTF_8)).build();
        HttpResponse<Map> imported = api.exchange(HttpRequest.POST("/api/stations/import", file)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin, Map.class);
        assertEquals(400, imported.getStatus().getCode(), String.valueOf(imported.body()));
        assertEquals(404, api.raw(HttpRequest.GET("/api/stations/Vcase-1"), admin).getStatus().getCode(), "no twin was stored");
        String nodes = "code,tier,region_code,lon,lat,parent_code\nNCase1,COUNTY_HUB," + NetworkFixture.COUNTY + ",105.84,30.19,\n";
        MultipartBody nodeFile = MultipartBody.builder().addPart("file", "nodes.csv", MediaType.TEXT_CSV_TYPE,
                nodes.getBytes(StandardCharsets.UTF_8)).build();
        HttpResponse<Map> nodeImport = api.exchange(HttpRequest.POST("/api/logistics-nodes/import", nodeFile)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin, Map.class);
        assertEquals(400, nodeImport.getStatus().getCode(), String.valueOf(nodeImport.body()));
        assertEquals(404, api.raw(HttpRequest.GET("/api/logistics-nodes/NCase1"), admin).getStatus().getCode(), "no twin node was stored");
    }

    @Test
    void aReferenceNumberLinkedInOneCountyTellsAnotherNothing() {
        String divisions = RegionFixture.HEADER + "500153101,荣昌测试镇,TOWNSHIP,500153,105.5,29.4,,,\n"
                + "500153101201,荣昌测试村,VILLAGE,500153101,105.51,29.41,600,1,1\n";
        MultipartBody file = MultipartBody.builder().addPart("file", "regions.csv", MediaType.TEXT_CSV_TYPE,
                divisions.getBytes(StandardCharsets.UTF_8)).build();
        assertEquals(200, api.exchange(HttpRequest.POST("/api/regions/import", file).contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                admin, Map.class).getStatus().getCode());
        SampleCounty.created(api.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation("REF-TN")), admin, Map.class));
        Map<String, Object> rongchang = NetworkFixture.with(NetworkFixture.with(NetworkFixture.with(
                NetworkFixture.villageStation("REF-RC"), "regionCode", "500153101201"), "lon", 105.51), "lat", 29.41);
        SampleCounty.created(api.exchange(HttpRequest.POST("/api/stations", rongchang), admin, Map.class));

        assertEquals(201, household("REF-TN", NetworkFixture.VILLAGE, "500152-HH-77").getStatus().getCode());
        HttpResponse<Map> elsewhere = household("REF-RC", "500153101201", "500152-HH-77");
        assertEquals(201, elsewhere.getStatus().getCode(), "another county is not told the number is linked: " + elsewhere.body());
        HttpResponse<Map> again = household("REF-TN", NetworkFixture.VILLAGE, "500152-HH-77");
        assertEquals(409, again.getStatus().getCode(), "within one county the number is unique");
        assertFalse(String.valueOf(again.body()).contains("500153"), String.valueOf(again.body()));
    }

    private HttpResponse<Map> household(String station, String village, String referenceNo) {
        return api.exchange(HttpRequest.POST("/api/households", Map.of("referenceNo", referenceNo, "stationCode", station,
                "villageCode", village, "headName", "李四", "size", 3, "registeredPoor", false, "linkedSince", "2024-01-01")), admin, Map.class);
    }
}
