package cn.ruralcommerce.stations.coverage;

import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.gis.Geodesy;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.RegionFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 points 5–8 on a fixed county (荣昌区 500153, five rural villages): the two gaps have two names and two lists,
 * 原贫困村 coverage is given in both meanings, 乡镇 figures count 乡 and 镇 with rural villages (街道 apart), and the report
 * puts 物流配送覆盖率 beside chain integrity. See docs/indicators.md.
 *
 * <pre>
 * 500153001 昌元街道 (街道)  001201 石河村 1000          township station T1 on it      → within 3 km, no village station
 * 500153101 安富镇  (镇)     101201 通安村 2000 原贫困村  village station V1 on it       → covered both ways
 *                            101202 垭口村  800 原贫困村  1.9 km east of V1              → within 3 km, no village station
 *                            101203 高田村 3000          11 km north                    → beyond the radius, no station
 *                            township station T2 1.1 km north of V1
 * 500153102 峰高镇  (镇)     only an urban community                                   → not a 乡镇 with rural villages
 * 500153201 清流乡  (乡)     201201 清江村  500          far west                        → beyond the radius, no station
 * 500154 开州区: one rural village and no logistics node (municipal report only)
 * </pre>
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorMeaningsIT {
    static final String COUNTY = "500153";
    static final String SHIHE = "500153001201";
    static final String TONGAN = "500153101201";
    static final String YAKOU = "500153101202";
    static final String GAOTIAN = "500153101203";
    static final String QINGJIANG = "500153201201";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionImportService importer;

    ApiClient api;
    String admin;

    @BeforeAll
    void setUp() {
        String divisions = RegionFixture.HEADER
                + "50,重庆市,PROVINCE,,106.55,29.56,,,\n"
                + "5001,市辖区,CITY,50,,,,,\n"
                + "500153,荣昌区,COUNTY,5001,105.59,29.40,,,\n"
                + "500153001,昌元街道,TOWNSHIP,500153,105.59,29.40,,,\n"
                + "500153001001,昌元社区居民委员会,VILLAGE,500153001,105.59,29.40,5000,0,0\n"
                + SHIHE + ",石河村村民委员会,VILLAGE,500153001,105.60,29.40,1000,1,0\n"
                + "500153101,安富镇,TOWNSHIP,500153,105.45,29.40,,,\n"
                + TONGAN + ",通安村村民委员会,VILLAGE,500153101,105.45,29.40,2000,1,1\n"
                + YAKOU + ",垭口村村民委员会,VILLAGE,500153101,105.47,29.40,800,1,1\n"
                + GAOTIAN + ",高田村村民委员会,VILLAGE,500153101,105.45,29.50,3000,1,0\n"
                + "500153102,峰高镇,TOWNSHIP,500153,105.70,29.30,,,\n"
                + "500153102001,峰高社区居民委员会,VILLAGE,500153102,105.70,29.30,4000,0,0\n"
                + "500153201,清流乡,TOWNSHIP,500153,105.30,29.30,,,\n"
                + QINGJIANG + ",清江村村民委员会,VILLAGE,500153201,105.30,29.30,500,1,0\n"
                + "500154,开州区,COUNTY,5001,108.39,31.16,,,\n"
                + "500154101,汉丰镇,TOWNSHIP,500154,108.39,31.16,,,\n"
                + "500154101201,东街村村民委员会,VILLAGE,500154101,108.39,31.16,700,1,0\n";
        importer.importFile(divisions.getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000, false, false, "test");
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        station("IMV1", "VILLAGE_STATION", TONGAN, 105.45, 29.40);
        station("IMT1", "TOWNSHIP_STATION", "500153001", 105.60, 29.40);
        station("IMT2", "TOWNSHIP_STATION", "500153101", 105.45, 29.41);
        node("IMH", "COUNTY_HUB", COUNTY, 105.59, 29.41, null);
        node("IMTR", "TOWNSHIP_TRANSFER", "500153101", 105.451, 29.401, "IMH");
        node("IMP1", "VILLAGE_POINT", TONGAN, 105.452, 29.402, "IMTR");
        node("IMP2", "VILLAGE_POINT", QINGJIANG, 105.301, 29.301, null); // no upstream node: a broken chain
    }

    void station(String code, String tier, String region, double lon, double lat) {
        Map<String, Object> body = new HashMap<>(NetworkFixture.villageStation(code));
        body.put("tier", tier);
        body.put("regionCode", region);
        body.put("name", "测试站 " + code);
        body.put("lon", lon);
        body.put("lat", lat);
        HttpResponse<Map> r = api.exchange(HttpRequest.POST("/api/stations", body), admin, Map.class);
        assertEquals(HttpStatus.CREATED, r.getStatus(), String.valueOf(r.body()));
    }

    void node(String code, String tier, String region, double lon, double lat, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "tier", tier, "regionCode", region, "lon", lon, "lat", lat));
        if (parent != null) {
            body.put("parentCode", parent);
        }
        HttpResponse<Map> r = api.exchange(HttpRequest.POST("/api/logistics-nodes", body), admin, Map.class);
        assertEquals(HttpStatus.CREATED, r.getStatus(), String.valueOf(r.body()));
    }

    Map<?, ?> get(String uri) {
        HttpResponse<Map> r = api.exchange(HttpRequest.GET(uri), admin, Map.class);
        assertEquals(HttpStatus.OK, r.getStatus(), uri + " " + r.body());
        return r.body();
    }

    static List<String> codes(Object list) {
        return ((List<?>) list).stream().map(v -> (String) ((Map<?, ?>) v).get("code")).toList();
    }

    static double num(Map<?, ?> map, String key) {
        assertTrue(map.containsKey(key), "missing " + key + " in " + map);
        return ((Number) map.get(key)).doubleValue();
    }

    /** Point 5: 无村级站点的行政村 (4) and 服务半径外的村 (2) are two lists with two counts. */
    @Test
    void twoGapsTwoListsTwoCounts() {
        Map<?, ?> view = get("/api/coverage?region=" + COUNTY);
        Map<?, ?> s = (Map<?, ?>) view.get("summary");
        assertEquals(5, num(s, "ruralVillages"));
        assertEquals(1, num(s, "adminCoveredVillages"));
        assertEquals(4, num(s, "villagesWithoutStation"));
        assertEquals(2, num(s, "villagesBeyondRadius"));
        assertEquals(List.of(GAOTIAN, QINGJIANG), codes(view.get("uncovered")).stream().sorted().toList());
        // priority: former poverty first, then beyond the radius, then population, then distance
        assertEquals(List.of(YAKOU, GAOTIAN, QINGJIANG, SHIHE), codes(view.get("withoutStation")));
        Map<?, ?> yakou = (Map<?, ?>) ((List<?>) view.get("withoutStation")).get(0);
        assertEquals(1, num(yakou, "rank"));
        assertEquals(false, yakou.get("beyondRadius"));
        assertEquals("IMV1", yakou.get("nearestStationCode"));
        assertEquals(Geodesy.distanceMetres(105.47, 29.40, 105.45, 29.40), num(yakou, "nearestDistanceM"), 1.0);

        Map<?, ?> only = get("/api/coverage?region=" + COUNTY + "&kind=WITHOUT_STATION");
        assertNull(only.get("uncovered"));
        assertEquals(4, ((List<?>) only.get("withoutStation")).size());
        HttpResponse<Map> bad = api.exchange(HttpRequest.GET("/api/coverage?region=" + COUNTY + "&kind=uncovered"), admin, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        assertTrue(String.valueOf(bad.body()).contains("kind"), String.valueOf(bad.body()));
    }

    /** Point 5: both gaps export as CSV, XLSX and GeoJSON. */
    @Test
    void bothGapsExport() throws Exception {
        List<String> lines = api.raw(HttpRequest.GET("/api/coverage/uncovered.csv?region=" + COUNTY + "&kind=WITHOUT_STATION"), admin)
                .body().replace("\uFEFF", "").lines().toList();
        assertTrue(lines.get(0).startsWith("priority_rank,code,name"), lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("1," + YAKOU + ","), lines.get(1));
        assertEquals(3, api.raw(HttpRequest.GET("/api/coverage/uncovered.csv?region=" + COUNTY), admin).body().lines().count());
        Map<?, ?> geojson = ApiClient.read(api.raw(HttpRequest.GET("/api/coverage/uncovered.geojson?region=" + COUNTY
                + "&kind=without-station"), admin).body(), Map.class);
        List<?> features = (List<?>) geojson.get("features");
        assertEquals(4, features.size());
        assertEquals("WITHOUT_STATION", ((Map<?, ?>) ((Map<?, ?>) features.get(0)).get("properties")).get("gap"));
        HttpResponse<byte[]> xlsx = client.toBlocking().exchange(HttpRequest.GET("/api/coverage/uncovered.xlsx?region=" + COUNTY
                + "&kind=WITHOUT_STATION").bearerAuth(admin), byte[].class);
        assertTrue(xlsx.header("Content-Disposition").contains("without-station-500153.xlsx"));
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("无村级站点的行政村");
            assertEquals(4, sheet.getLastRowNum());
        }
    }

    /** Point 5: the planner ranks the villages without a station and says what each does to 行政村覆盖率. */
    @Test
    void prioritiesPlanTheAdministrativeGap() {
        Map<?, ?> two = get("/api/coverage/priorities?region=" + COUNTY + "&k=2");
        assertEquals(List.of(YAKOU, GAOTIAN), codes(two.get("villages")));
        assertEquals(1, num(two, "adminCoveredBefore"));
        assertEquals(3, num(two, "adminCoveredAfter"));
        assertEquals(0.6, num(two, "adminCoverageRateAfter"), 1e-9);
        assertEquals(2, num(two, "formerPovertyAdminCoveredAfter"));
        Map<?, ?> target = get("/api/coverage/priorities?region=" + COUNTY + "&targetCoverage=0.8");
        assertEquals(List.of(YAKOU, GAOTIAN, QINGJIANG), codes(target.get("villages")));
        assertEquals(true, target.get("targetReached"));
        assertEquals(HttpStatus.BAD_REQUEST, api.exchange(HttpRequest.GET("/api/coverage/priorities?region=" + COUNTY), admin, Map.class).getStatus());
    }

    /** Point 6: 原贫困村 coverage in both meanings: 2 of 2 within 3 km, 1 of 2 with a village station. */
    @Test
    void formerPovertyCoverageInBothMeanings() {
        Map<?, ?> s = (Map<?, ?>) get("/api/coverage?region=" + COUNTY).get("summary");
        assertEquals(1.0, num(s, "formerPovertyGeoCoverageRate"), 1e-9);
        assertEquals(0.5, num(s, "formerPovertyAdminCoverageRate"), 1e-9);
        Map<?, ?> report = (Map<?, ?>) get("/api/reports/annual?region=" + COUNTY + "&year=2025").get("coverage");
        assertEquals(0.5, num(report, "formerPovertyAdminRate"), 1e-9);
        assertEquals(1.0, num(report, "formerPovertyGeoRate"), 1e-9);
    }

    /** Point 7: 乡镇 = 乡 and 镇 with rural villages (安富镇, 清流乡); 昌元街道 apart; 峰高镇 has no rural village. */
    @Test
    void townshipFiguresCountTownsAndTownshipsWithRuralVillages() {
        Map<?, ?> view = get("/api/coverage?region=" + COUNTY);
        Map<?, ?> s = (Map<?, ?>) view.get("summary");
        assertEquals(2, num(s, "townships"));
        assertEquals(1, num(s, "townshipsWithStation"));
        assertEquals(0.5, num(s, "townshipStationRate"), 1e-9);
        assertEquals(1, num(s, "subdistricts"));
        assertEquals(1, num(s, "subdistrictsWithStation"));
        Map<String, Object> kinds = new HashMap<>();
        for (Object row : (List<?>) view.get("townships")) {
            Map<?, ?> t = (Map<?, ?>) row;
            kinds.put((String) t.get("code"), t.get("kind") + "/" + t.get("countedAsTownship"));
        }
        assertEquals(Map.of("500153001", "SUBDISTRICT/false", "500153101", "TOWN/true", "500153102", "TOWN/false",
                "500153201", "TOWNSHIP/true"), kinds);
        Map<?, ?> report = (Map<?, ?>) get("/api/reports/annual?region=" + COUNTY + "&year=2025").get("coverage");
        assertEquals(2, num(report, "townships"));
        assertEquals(1, num(report, "townshipsWithStation"));
        assertEquals(1, num(report, "subdistricts"));
    }

    /** Point 8: chain integrity (1 of 2 village points reach the hub) beside 物流配送覆盖率 (2 of 5 villages have a point). */
    @Test
    void logisticsReportsChainIntegrityAndDeliveryCoverage() {
        Map<?, ?> logistics = (Map<?, ?>) get("/api/reports/annual?region=" + COUNTY + "&year=2025").get("logistics");
        assertEquals(0.5, num(logistics, "completeness"), 1e-9);
        assertEquals(5, num(logistics, "ruralVillages"));
        assertEquals(2, num(logistics, "villagesWithPoint"));
        assertEquals(0.4, num(logistics, "deliveryCoverageRate"), 1e-9);
        assertEquals(3, num(logistics, "villagesWithoutPoint"));
        // the municipality: 开州区 has no logistics node, so its one rural village has no delivery point either
        Map<?, ?> municipal = (Map<?, ?>) get("/api/reports/annual?region=50&year=2025").get("logistics");
        assertEquals(0.5, num(municipal, "completeness"), 1e-9);
        assertEquals(6, num(municipal, "ruralVillages"));
        assertEquals(4, num(municipal, "villagesWithoutPoint"));
        assertEquals(0.3333, num(municipal, "deliveryCoverageRate"), 1e-9);
    }
}
