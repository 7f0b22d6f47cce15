package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The annual report over HTTP on the sample county, with indicators recomputed from raw rows; scope, validation, empty county, jobs. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportIT {
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
    AccountBootstrap accounts;
    @Inject
    io.micronaut.transaction.TransactionOperations<Connection> tx;

    ApiClient api;
    String admin;

    @BeforeAll
    void setUp() {
        NetworkFixture.ensureRegions(regions, importer, boundaries);
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        accounts.create("rcreport", "Rongchang2026", Role.BUREAU, "500153", null);
        accounts.create("tnreport", "Tongnan20261", Role.BUREAU, "500152", null);
        created(HttpRequest.POST("/api/stations", NetworkFixture.villageStation("RA")));
        created(HttpRequest.POST("/api/stations", NetworkFixture.with(NetworkFixture.villageStation("RB"), "regionCode", NetworkFixture.VILLAGE2)));
        Map<?, ?> household = created(HttpRequest.POST("/api/households", Map.of("referenceNo", "R-001", "stationCode", "RA",
                "villageCode", NetworkFixture.VILLAGE, "headName", "王五", "size", 3, "registeredPoor", true, "linkedSince", "2023-02-01")));
        long householdId = ((Number) household.get("id")).longValue();
        for (int m = 1; m <= 12; m++) {
            sale("RA", String.format("2024-%02d-10", m), 10000 + 500L * m, "UP");
            sale("RA", String.format("2025-%02d-10", m), 15000 + 700L * m, "UP");
            sale("RA", String.format("2025-%02d-12", m), 9000, "DOWN");
        }
        sale("RB", "2025-02-03", 5000, "UP");
        created(HttpRequest.POST("/api/sales", SalesFixture.with(SalesFixture.sale("RA", "2025-06-20"),
                "amountFen", 4321, "households", SalesFixture.shares(householdId, 100))).header("Idempotency-Key", UUID.randomUUID().toString()));
        // a 下行 purchase by the same 脱贫户: not a poverty-alleviation sale (issue 12 point 3)
        created(HttpRequest.POST("/api/sales", SalesFixture.with(SalesFixture.sale("RA", "2025-07-20"), "direction", "DOWN",
                "amountFen", 2500, "households", SalesFixture.shares(householdId, 100))).header("Idempotency-Key", UUID.randomUUID().toString()));
    }

    /** Issue 12 point 4: 528 category and flagship figures are 上行 only. */
    @Test
    void categoryFiguresAreUpwardOnly() {
        Map<?, ?> categories = (Map<?, ?>) report("region=500152&year=2025", admin).get("categories");
        long up = raw("UP", 2025);
        assertEquals(up, ((Number) categories.get("totalFen")).longValue());
        Map<?, ?> citrus = ((List<Map<?, ?>>) categories.get("largeCategories")).stream().filter(c -> "C01".equals(c.get("code")))
                .findFirst().orElseThrow();
        assertEquals(up, ((Number) citrus.get("amountFen")).longValue(), "every fixture sale is 脐橙; the DOWN ones are left out");
    }

    Map<?, ?> created(io.micronaut.http.MutableHttpRequest<?> request) {
        HttpResponse<Map> r = api.exchange(request, admin, Map.class);
        assertEquals(HttpStatus.CREATED, r.getStatus(), String.valueOf(r.body()));
        return r.body();
    }

    void sale(String station, String day, long fen, String direction) {
        created(HttpRequest.POST("/api/sales", SalesFixture.with(SalesFixture.sale(station, day), "amountFen", fen, "direction", direction))
                .header("Idempotency-Key", UUID.randomUUID().toString()));
    }

    Map<?, ?> report(String query, String token) {
        HttpResponse<Map> r = api.exchange(HttpRequest.GET("/api/reports/annual?" + query), token, Map.class);
        assertEquals(HttpStatus.OK, r.getStatus(), String.valueOf(r.body()));
        return r.body();
    }

    long single(String sql) {
        return tx.executeRead(status -> {
            try (ResultSet rs = status.getConnection().createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    List<String> column(String sql) {
        return tx.executeRead(status -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = status.getConnection().createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    long raw(String direction, int year) {
        return single("SELECT COALESCE(SUM(amount_fen), 0) FROM sale_entry WHERE county_code = '500152' AND direction = '" + direction
                + "' AND date_sold BETWEEN '" + year + "-01-01' AND '" + year + "-12-31'");
    }

    @Test
    void salesIndicatorsMatchTheRawEntries() {
        Map<?, ?> sales = (Map<?, ?>) report("region=500152&year=2025", admin).get("sales");
        long up = raw("UP", 2025);
        long down = raw("DOWN", 2025);
        long before = raw("UP", 2024) + raw("DOWN", 2024);
        assertEquals(up, ((Number) sales.get("upFen")).longValue());
        assertEquals(down, ((Number) sales.get("downFen")).longValue());
        double ratio = Math.round(100.0 * down / up) / 100.0;
        assertEquals(ratio, ((Number) sales.get("inOutRatio")).doubleValue(), 1e-9, "online 下行 : 上行 (all fixture sales are PLATFORM)");
        assertEquals(ratio <= 1.5, sales.get("meetsGoal"));
        assertEquals((double) (up + down - before) / before, ((Number) sales.get("growth")).doubleValue(), 1e-4);
        assertEquals(false, sales.get("noData"));
        Map<?, ?> first = (Map<?, ?>) report("region=500152&year=2024", admin).get("sales");
        assertEquals(null, first.get("growth"), "no 2023 sales: growth is null");
    }

    @Test
    void aCachedReportGivesWayToNewData() {
        long before = ((Number) ((Map<?, ?>) report("region=500152&year=2025", admin).get("sales")).get("downFen")).longValue();
        sale("RB", "2025-06-30", 777, "DOWN");
        Map<?, ?> after = (Map<?, ?>) report("region=500152&year=2025", admin).get("sales");
        assertEquals(before + 777, ((Number) after.get("downFen")).longValue(), "the sale logged after the first report is in the second");
        assertEquals(raw("DOWN", 2025), ((Number) after.get("downFen")).longValue());
    }

    @Test
    void anyPeriodIsReportedFromTheSameRawEntries() {
        Map<?, ?> report = report("region=500152&from=2025-03-01&to=2025-08-31", admin);
        Map<?, ?> sales = (Map<?, ?>) report.get("sales");
        long up = single("SELECT COALESCE(SUM(amount_fen), 0) FROM sale_entry WHERE county_code = '500152' AND direction = 'UP'"
                + " AND date_sold BETWEEN '2025-03-01' AND '2025-08-31'");
        assertEquals(up, ((Number) sales.get("upFen")).longValue());
        assertEquals("2025-03-01", sales.get("from"));
        assertEquals("2025-08-31", sales.get("to"));
        assertTrue(report.get("title").toString().contains("2025-03-01 至 2025-08-31"), report.get("title").toString());
        for (String bad : List.of("from=2025-03-01", "from=2025-09-01&to=2025-08-31", "from=2025-01-01&to=2999-01-01", "from=x&to=2025-01-01")) {
            HttpResponse<Map> r = api.exchange(HttpRequest.GET("/api/reports/annual?region=500152&" + bad), admin, Map.class);
            assertEquals(HttpStatus.BAD_REQUEST, r.getStatus(), bad);
        }
    }

    @Test
    void coverageAndDormantStationsMatchTheRawRows() {
        Map<?, ?> report = report("region=500152&year=2025", admin);
        Map<?, ?> coverage = (Map<?, ?>) report.get("coverage");
        long rural = single("SELECT COUNT(*) FROM region WHERE level = 'VILLAGE' AND rural = TRUE AND code LIKE '500152%' AND retired_on IS NULL");
        long adminCovered = single("SELECT COUNT(DISTINCT s.region_code) FROM station s JOIN region r ON r.code = s.region_code"
                + " WHERE s.tier = 'VILLAGE_STATION' AND s.status = 'ACTIVE' AND r.rural = TRUE AND s.county_code = '500152'");
        assertEquals(rural, ((Number) coverage.get("ruralVillages")).longValue());
        assertEquals(adminCovered, ((Number) coverage.get("adminCoveredVillages")).longValue());
        List<String> selling = column("SELECT DISTINCT station_code FROM sale_entry WHERE date_sold BETWEEN '"
                + LocalDate.of(2025, 12, 31).minusDays(89) + "' AND '2025-12-31'");
        List<String> expected = column("SELECT code FROM station WHERE county_code = '500152' AND status = 'ACTIVE' ORDER BY code").stream()
                .filter(c -> !selling.contains(c)).toList();
        Map<?, ?> dormant = (Map<?, ?>) report.get("dormant");
        List<?> listed = ((List<?>) dormant.get("stations")).stream().map(s -> ((Map<?, ?>) s).get("code")).toList();
        assertEquals(expected, listed);
        assertEquals(List.of("RB"), listed);
        Map<?, ?> stations = (Map<?, ?>) report.get("stations");
        assertEquals(2, stations.get("activeAtYearEnd"));
        Map<?, ?> poverty = (Map<?, ?>) report.get("poverty");
        assertEquals(1, poverty.get("householdsBenefited"));
        assertEquals(4321, ((Number) poverty.get("povertySalesFen")).intValue());
        List<?> ranked = (List<?>) ((Map<?, ?>) report.get("appraisal")).get("stations");
        assertEquals("RA", ((Map<?, ?>) ranked.get(0)).get("code"));
        assertTrue(((String) ((Map<?, ?>) report.get("appraisal")).get("formula")).contains("标准分(销售额)"));
        assertEquals(24, ((List<?>) ((Map<?, ?>) report.get("monthly")).get("series")).size());
    }

    @Test
    void aCountyWithoutDataSaysSo() {
        Map<?, ?> report = report("region=500153&year=2025", admin);
        assertEquals(true, report.get("noData"));
        assertEquals(true, ((Map<?, ?>) report.get("sales")).get("noData"));
        assertEquals(true, ((Map<?, ?>) report.get("stations")).get("noData"));
        assertTrue(!((List<?>) report.get("notes")).isEmpty());
    }

    @Test
    void yearAndScopeAreChecked() {
        int next = LocalDate.now().getYear() + 1;
        for (String year : List.of("1999", String.valueOf(next), "abc")) {
            HttpResponse<Map> r = api.exchange(HttpRequest.GET("/api/reports/annual?region=500152&year=" + year), admin, Map.class);
            assertEquals(HttpStatus.BAD_REQUEST, r.getStatus());
            assertTrue(String.valueOf(r.body()).contains("year"), String.valueOf(r.body()));
        }
        String rc = api.token("rcreport", "Rongchang2026");
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.GET("/api/reports/annual?region=500152&year=2025"), rc, Map.class).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.GET("/api/reports/annual?region=50&year=2025"), rc, Map.class).getStatus());
        String tn = api.token("tnreport", "Tongnan20261");
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.GET("/api/reports/annual?region=500152&year=2025"), tn, Map.class).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, api.exchange(HttpRequest.GET("/api/reports/annual?region=500199&year=2025"), admin, Map.class).getStatus());
    }

    @Test
    void percentilesRankOnlyCountiesWithSalesInWholePercent() {
        List<?> counties = (List<?>) ((Map<?, ?>) report("region=50&year=2025", admin).get("counties")).get("counties");
        Map<?, ?> tongnan = county(counties, "500152");
        Map<?, ?> rongchang = county(counties, "500153");
        assertEquals(100.0, ((Number) tongnan.get("totalFenPercentile")).doubleValue(), "the only county with sales");
        assertEquals(0L, ((Number) rongchang.get("totalFen")).longValue());
        assertNull(rongchang.get("totalFenPercentile"), "a county without sales is not ranked: " + rongchang);
        assertNull(rongchang.get("outInRatioPercentile"));
        assertNull(rongchang.get("adminCoverageRatePercentile"), "no station registered in 500153: no coverage figure to rank");
        for (Object c : counties) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) c).entrySet()) {
                if (String.valueOf(e.getKey()).endsWith("Percentile") && e.getValue() != null) {
                    double p = ((Number) e.getValue()).doubleValue();
                    assertEquals(Math.rint(p), p, 0.0, "whole percent: " + e);
                }
            }
        }
    }

    static Map<?, ?> county(List<?> counties, String code) {
        return (Map<?, ?>) counties.stream().filter(c -> code.equals(((Map<?, ?>) c).get("code"))).findFirst().orElseThrow();
    }

    @Test
    void theMunicipalJobFinishesWithProgressOne() throws InterruptedException {
        HttpResponse<Map> started = api.exchange(HttpRequest.POST("/api/reports/annual/jobs", Map.of("region", "50", "year", 2025)), admin, Map.class);
        assertEquals(HttpStatus.ACCEPTED, started.getStatus(), String.valueOf(started.body()));
        String id = (String) started.body().get("id");
        Map<?, ?> job = Map.of();
        for (int i = 0; i < 200; i++) {
            job = api.exchange(HttpRequest.GET("/api/reports/annual/jobs/" + id), admin, Map.class).body();
            if (!"RUNNING".equals(job.get("status"))) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("DONE", job.get("status"), String.valueOf(job));
        assertEquals(1.0, ((Number) job.get("progress")).doubleValue(), 1e-9);
        Map<?, ?> report = (Map<?, ?>) job.get("report");
        List<?> counties = (List<?>) ((Map<?, ?>) report.get("counties")).get("counties");
        assertTrue(counties.size() >= 2);
        assertEquals(raw("UP", 2025), ((Number) ((Map<?, ?>) report.get("sales")).get("upFen")).longValue());
    }

    @Test
    void theWorkbookHoldsTheSameNumbersAsTheJson() throws Exception {
        Map<?, ?> json = report("region=500152&year=2025", admin);
        HttpResponse<byte[]> r = client.toBlocking().exchange(HttpRequest.GET("/api/reports/annual.xlsx?region=500152&year=2025")
                .bearerAuth(admin), byte[].class);
        assertEquals(HttpStatus.OK, r.getStatus());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(r.body()))) {
            for (String section : AnnualReportService.SECTIONS) {
                assertTrue(book.getSheet(section) != null, section);
            }
            org.apache.poi.ss.usermodel.Sheet sales = book.getSheet("sales");
            assertTrue(sales.getPrintSetup().getLandscape());
            assertTrue(book.getFontAt(sales.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            Map<?, ?> salesJson = (Map<?, ?>) json.get("sales");
            for (String key : List.of("upFen", "downFen", "totalFen", "inOutRatio", "growth", "entries")) {
                org.apache.poi.ss.usermodel.Row row = rowOf(sales, key);
                assertEquals(((Number) salesJson.get(key)).doubleValue(), row.getCell(1).getNumericCellValue(), 1e-9, key);
            }
            org.apache.poi.ss.usermodel.Row up = rowOf(sales, "upFen");
            assertEquals(((Number) salesJson.get("upFen")).doubleValue() / 100, up.getCell(2).getNumericCellValue(), 1e-9);
            Map<?, ?> coverage = (Map<?, ?>) json.get("coverage");
            assertEquals(((Number) coverage.get("ruralVillages")).doubleValue(),
                    rowOf(book.getSheet("coverage"), "ruralVillages").getCell(1).getNumericCellValue(), 1e-9);
        }
    }

    static org.apache.poi.ss.usermodel.Row rowOf(org.apache.poi.ss.usermodel.Sheet sheet, String key) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + sheet.getSheetName());
    }
}
