package cn.ruralcommerce.stations.catalog;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;
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
class CatalogIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    CategoryRepository categories;
    @Inject
    RegionImportService regionImport;
    @Inject
    AccountBootstrap accounts;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        if (!accounts.exists("catbureau")) {
            regionImport.importFile(RegionFixture.tongnanSample().getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000, false, false, "test");
            accounts.create("catbureau", "Bureau12345x", Role.BUREAU, "500152", "潼南");
        }
    }

    HttpResponse<Map> upload(String path, String name, byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build();
        return api.exchange(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin, Map.class);
    }

    @Test
    void starterTaxonomyIsLoadedWithInitialsAndProgress() {
        assertTrue(categories.count() >= 60);
        Map<?, ?> zhacai = api.exchange(HttpRequest.GET("/api/catalog/categories/C0201"), admin, Map.class).body();
        assertEquals("榨菜", zhacai.get("name"));
        assertEquals("ZC", zhacai.get("initials"));
        List<?> found = api.exchange(HttpRequest.GET("/api/catalog/categories?q=ZC"), admin, List.class).body();
        assertTrue(found.stream().anyMatch(c -> "C0201".equals(((Map<?, ?>) c).get("code"))));
        Map<?, ?> progress = api.exchange(HttpRequest.GET("/api/catalog/progress"), admin, Map.class).body();
        Map<?, ?> large = (Map<?, ?>) ((List<?>) progress.get("levels")).get(0);
        assertEquals("LARGE", large.get("level"));
        assertEquals(50, large.get("target"));
    }

    @Test
    void importRejectsBadRowsAllOrNothingAndIsIdempotent() {
        String bad = "code,name,level,parent_code\nT01,测试大类,LARGE,\nT0101,测试中类,MEDIUM,T01\nT010101,x,SMALL,T01\nT02,y,HUGE,\n";
        HttpResponse<Map> rejected = upload("/api/catalog/categories/import", "c.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(HttpStatus.BAD_REQUEST, rejected.getStatus());
        List<Map<String, Object>> errors = (List<Map<String, Object>>) ApiClient.problem(rejected).get("errors");
        assertEquals(List.of(4, 5), errors.stream().map(e -> e.get("line")).toList());
        assertEquals(List.of("parent_code", "level"), errors.stream().map(e -> e.get("field")).toList());
        assertTrue(categories.findById("T01").isEmpty());

        String good = "code,name,level,parent_code\nT01,测试大类,LARGE,\nT0101,测试中类,MEDIUM,T01\n";
        assertEquals(2, upload("/api/catalog/categories/import?dryRun=true", "c.csv", good.getBytes(StandardCharsets.UTF_8)).body().get("created"));
        assertTrue(categories.findById("T01").isEmpty());
        assertEquals(2, upload("/api/catalog/categories/import", "c.csv", good.getBytes(StandardCharsets.UTF_8)).body().get("created"));
        assertEquals(2, upload("/api/catalog/categories/import", "c.csv", good.getBytes(StandardCharsets.UTF_8)).body().get("unchanged"));
    }

    @Test
    void xlsxExportReimportsUnchanged() {
        HttpResponse<byte[]> export = client.toBlocking().exchange(
                HttpRequest.GET("/api/catalog/categories/export?format=xlsx").bearerAuth(admin), byte[].class);
        assertEquals(HttpStatus.OK, export.getStatus());
        HttpResponse<Map> again = upload("/api/catalog/categories/import", "c.xlsx", export.body());
        assertEquals(0, again.body().get("created"));
        assertEquals((int) categories.count(), again.body().get("unchanged"));
    }

    @Test
    void flagshipsAreBoundedToTwoOrThreeLargeOrMedium() {
        String bureau = api.token("catbureau", "Bureau12345x");
        HttpResponse<Map> one = api.exchange(HttpRequest.PUT("/api/catalog/flagships/500152", Map.of("categoryCodes", List.of("C01"))), bureau, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, one.getStatus());
        HttpResponse<Map> small = api.exchange(HttpRequest.PUT("/api/catalog/flagships/500152", Map.of("categoryCodes", List.of("C01", "C010101"))), bureau, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, small.getStatus());
        HttpResponse<Map> other = api.exchange(HttpRequest.PUT("/api/catalog/flagships/500153", Map.of("categoryCodes", List.of("C01", "C02"))), bureau, Map.class);
        assertEquals(HttpStatus.FORBIDDEN, other.getStatus());
        HttpResponse<List> ok = api.exchange(HttpRequest.PUT("/api/catalog/flagships/500152", Map.of("categoryCodes", List.of("C01", "C0201", "C03"))), bureau, List.class);
        assertEquals(HttpStatus.OK, ok.getStatus());
        assertEquals(3, ok.body().size());
    }

    @Test
    void brandsAndCertificates() {
        HttpResponse<Map> brand = api.exchange(HttpRequest.POST("/api/catalog/brands", Map.of("name", "巴味渝珍")), admin, Map.class);
        assertEquals(HttpStatus.CREATED, brand.getStatus());
        Object id = brand.body().get("id");
        Map<?, ?> tagged = api.exchange(HttpRequest.POST("/api/catalog/brands/" + id + "/tags", Map.of("kind", "COUNTY", "code", "500152")), admin, Map.class).body();
        assertEquals(List.of("500152"), tagged.get("countyCodes"));
        Map<String, Object> cert = Map.of("certificateNo", "TN-2019-001", "supplier", "潼南合作社", "productName", "潼南柠檬",
                "categoryCode", "C0102", "countyCode", "500152", "validFrom", "2019-01-01", "validTo", "2020-12-31");
        HttpResponse<Map> medium = api.exchange(HttpRequest.POST("/api/catalog/certificates", cert), admin, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, medium.getStatus());
        assertEquals("categoryCode", ((Map<?, ?>) ((List<?>) ApiClient.problem(medium).get("errors")).get(0)).get("field"));
    }
}
