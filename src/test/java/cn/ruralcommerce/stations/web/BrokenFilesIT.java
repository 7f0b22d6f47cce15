package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.archive.ArchiveFiles;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.BrokenFiles;
import cn.ruralcommerce.stations.support.BrokenFiles.Upload;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.RegionFixture;
import cn.ruralcommerce.stations.support.SampleCounty;
import cn.ruralcommerce.stations.support.TableCounts;
import cn.ruralcommerce.stations.support.WriteRoutes;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every upload route of the router gets broken files ({@link BrokenFiles}): each must be a 400 problem+json whose
 * errors name the file, header, line or row, with no table changed; the good file the cases start from is
 * accepted by a dry run, so the 400s are about the breakage.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "1MB")
@Property(name = "micronaut.server.multipart.max-file-size", value = "1MB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenFilesIT {
    static final String ARCHIVE_ROUTE = "/api/counties/{code}/archive";
    /** Per upload route: a good header line and data line. */
    static final Map<String, String[]> GOOD = Map.of(
            "POST /api/regions/import", new String[]{RegionFixture.HEADER.strip(),
                    "500152113298,新村村民委员会,VILLAGE,500152113,105.70,30.02,100,1,0"},
            "POST /api/stations/import", new String[]{"code,name,tier,region_code,lon,lat,status,opened_on",
                    "BF-1,导入站,VILLAGE_STATION," + NetworkFixture.VILLAGE + ",105.741,30.061,ACTIVE,2023-01-10"},
            "POST /api/logistics-nodes/import", new String[]{"code,tier,region_code,lon,lat,parent_code",
                    "BFN1,COUNTY_HUB," + NetworkFixture.COUNTY + ",105.84,30.19,"},
            "POST /api/catalog/categories/import", new String[]{"code,name,level,parent_code", "C99,测试大类,LARGE,"});

    static final String GEOJSON = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"code\":\"500152\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105.5,30.0],[106.0,30.0],"
            + "[106.0,30.4],[105.5,30.4],[105.5,30.0]]]}}]}";

    @Inject
    SampleCounty sample;
    @Inject
    Router router;
    @Inject
    DataSource dataSource;

    ApiClient api;
    String admin;
    TableCounts tables;

    @BeforeAll
    void setUp() {
        api = sample.api();
        admin = api.token("admin", SampleCounty.ADMIN_PASSWORD);
        tables = new TableCounts(dataSource);
    }

    @TestFactory
    Stream<DynamicNode> brokenUploads() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (WriteRoutes.Route route : WriteRoutes.of(router)) {
            if (!route.multipart()) {
                continue;
            }
            String path = route.path();
            List<DynamicTest> tests = new ArrayList<>();
            Map<String, Upload> files;
            if (path.equals(ARCHIVE_ROUTE)) {
                byte[] archive = exportedArchive();
                String county = ARCHIVE_ROUTE.replace("{code}", NetworkFixture.COUNTY);
                tests.add(DynamicTest.dynamicTest("the county's own archive restores", () -> {
                    HttpResponse<String> response = send(county, zip(archive));
                    assertEquals(200, response.getStatus().getCode(), response.body());
                }));
                brokenArchives(archive).forEach((name, file) -> tests.add(DynamicTest.dynamicTest(name, () -> rejected(county, name, file))));
                nodes.add(DynamicContainer.dynamicContainer(route.key(), tests));
                continue;
            }
            if (path.equals("/api/regions/boundaries")) {
                files = brokenGeoJson();
                tests.add(DynamicTest.dynamicTest("good file accepted", () -> assertEquals(200,
                        send(path, new Upload("b.geojson", "application/geo+json", GEOJSON.getBytes(StandardCharsets.UTF_8))).getStatus().getCode())));
            } else if (GOOD.containsKey(route.key())) {
                String[] good = GOOD.get(route.key());
                files = BrokenFiles.of(good[0], good[1]);
                tests.add(DynamicTest.dynamicTest("good file accepted by a dry run", () -> {
                    HttpResponse<String> response = send(path + "?dryRun=true", new Upload("good.csv", "text/csv",
                            (good[0] + "\n" + good[1] + "\n").getBytes(StandardCharsets.UTF_8)));
                    assertEquals(200, response.getStatus().getCode(), response.body());
                }));
            } else {
                nodes.add(DynamicTest.dynamicTest(route.key(), () -> fail("new upload route without broken-file cases: " + route.key())));
                continue;
            }
            files.forEach((name, file) -> tests.add(DynamicTest.dynamicTest(name, () -> rejected(path, name, file))));
            Upload good = GOOD.containsKey(route.key()) ? new Upload("good.csv", "text/csv",
                    String.join("\n", GOOD.get(route.key())).getBytes(StandardCharsets.UTF_8)) : geo(GEOJSON);
            route.query().forEach((parameter, type) -> {
                String value = type == boolean.class || type == Boolean.class ? "maybe" : "' OR 1=1 --";
                tests.add(DynamicTest.dynamicTest("?" + parameter + "=" + value, () -> {
                    HttpResponse<String> response = rejected(path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                            parameter + "=" + value, good);
                    assertTrue(response.body().contains(parameter), "the 400 does not name " + parameter + ": " + response.body());
                }));
            });
            nodes.add(DynamicContainer.dynamicContainer(route.key(), tests));
        }
        nodes.add(DynamicTest.dynamicTest("service healthy afterwards", () ->
                assertEquals("UP", api.exchange(HttpRequest.GET("/health"), null, Map.class).body().get("status"))));
        return nodes.stream();
    }

    /** An archive of the sample county with one station, exported by the service. */
    byte[] exportedArchive() {
        api.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation("BF-ARCHIVE")), admin, Map.class);
        return sample.client().toBlocking().retrieve(HttpRequest.GET(ARCHIVE_ROUTE.replace("{code}", NetworkFixture.COUNTY))
                .bearerAuth(admin), byte[].class);
    }

    /** Broken county archives: not a ZIP, truncated, a ZIP of something else, edited without its checksum, a bomb. */
    static Map<String, Upload> brokenArchives(byte[] archive) {
        Map<String, byte[]> files = ArchiveFiles.unzip(archive);
        Map<String, Upload> broken = new LinkedHashMap<>();
        broken.put("empty file", zip(new byte[0]));
        broken.put("binary garbage named .zip", zip(BrokenFiles.garbage()));
        broken.put("CSV text named .zip", zip("code,name\n500152,潼南区\n".getBytes(StandardCharsets.UTF_8)));
        broken.put("truncated archive", zip(Arrays.copyOf(archive, archive.length / 2)));
        broken.put("XLSX instead of an archive", zip(BrokenFiles.of("code,name", "500152,x").get("XLSX with a formula cell").bytes()));
        Map<String, byte[]> noManifest = new LinkedHashMap<>(files);
        noManifest.remove("manifest.json");
        broken.put("archive without its manifest", zip(ArchiveFiles.zip(noManifest)));
        Map<String, byte[]> edited = new LinkedHashMap<>(files);
        edited.put("stations.csv", ArchiveFiles.replace(files.get("stations.csv"), "BF-ARCHIVE", "BF-ARCHIVX"));
        broken.put("stations.csv edited, checksum not", zip(ArchiveFiles.zip(edited)));
        broken.put("zip bomb", zip(BrokenFiles.zipBomb()));
        return broken;
    }

    static Upload zip(byte[] bytes) {
        return new Upload("county-archive.zip", "application/zip", bytes);
    }

    static Map<String, Upload> brokenGeoJson() {
        Map<String, Upload> files = new LinkedHashMap<>();
        files.put("empty file", geo(""));
        files.put("not JSON", geo("code,name\n500152,潼南区\n"));
        files.put("truncated JSON", geo(GEOJSON.substring(0, GEOJSON.length() / 2)));
        files.put("JSON array", geo("[" + GEOJSON + "]"));
        files.put("GBK bytes", new Upload("b.geojson", "application/geo+json",
                GEOJSON.replace("500152", "潼南区").getBytes(Charset.forName("GBK"))));
        files.put("unknown division", geo(GEOJSON.replace("500152", "500199")));
        files.put("coordinates out of range", geo(GEOJSON.replace("105.5,30.0", "305.5,130.0")));
        files.put("unclosed ring", geo(GEOJSON.replace("[105.5,30.0]]]", "[105.6,30.1]]]")));
        files.put("XLSX", BrokenFiles.of("code,name", "500152,x").get("XLSX with a formula cell"));
        return files;
    }

    static Upload geo(String text) {
        return new Upload("b.geojson", "application/geo+json", text.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> rejected(String path, String name, Upload file) {
        Map<String, Long> before = tables.snapshot();
        HttpResponse<String> response = send(path, file);
        String body = response.body() == null ? "" : response.body();
        String what = path + " " + name + " → " + response.getStatus().getCode() + " " + BadInputSweepIT.abbreviate(body);
        assertEquals(400, response.getStatus().getCode(), what);
        assertEquals(Problem.MEDIA_TYPE, response.getContentType().map(MediaType::toString).orElse(""), what);
        Map<?, ?> problem = ApiClient.read(body, Map.class);
        List<?> errors = (List<?>) problem.get("errors");
        assertTrue(errors != null && !errors.isEmpty(), "no errors listed: " + what);
        assertTrue(errors.stream().allMatch(e -> ((Map<?, ?>) e).get("field") != null), "an error without a field: " + what);
        cn.ruralcommerce.stations.support.ChineseText.assertProblemIsChinese(body, what);
        assertEquals(before, tables.snapshot(), "a rejected upload changed tables: " + what);
        return response;
    }

    HttpResponse<String> send(String path, Upload file) {
        MultipartBody body = MultipartBody.builder().addPart("file", file.name(), MediaType.of(file.contentType()), file.bytes()).build();
        return api.raw(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin);
    }
}
