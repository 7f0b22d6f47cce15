package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.demo.NetworkGenerator;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.region.BoundaryLookup;
import cn.ruralcommerce.stations.region.CountyBoundaries;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.station.StationImportService;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.Browser;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's year selector in headless chromium on the demo data plus generated networks of three more counties
 * (over 500 stations in the municipality): every figure is "as of the end of the selected year", the station counts
 * equal the server's counts (never one page of the list), every figure links to its definition, and the partial
 * current month is marked.
 */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
@Property(name = "app.admin-initial-password", value = "")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardYearE2EIT {
    static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    static final Set<String> OWN_SECTIONS = Set.of("station-counts", "as-of-year-end", "monthly-sales", "partial-month", "divisions");
    static final List<String> MORE_COUNTIES = List.of("500151", "500153", "500154");

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionRepository regions;
    @Inject
    CountyBoundaries boundaries;
    @Inject
    StationImportService importer;

    Browser browser;
    ApiClient api;
    String planner;

    @BeforeAll
    void setUp() {
        Browser.assumeAvailable();
        LocalDate today = LocalDate.now(BUREAU);
        List<Region> divisions = new ArrayList<>();
        for (String county : MORE_COUNTIES) {
            for (RegionLevel level : List.of(RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE)) {
                regions.findByLevelOrderByCode(level).stream().filter(r -> r.code().startsWith(county)).forEach(divisions::add);
            }
        }
        BoundaryLookup lookup = boundaries.forCounties(Set.copyOf(MORE_COUNTIES));
        NetworkGenerator.Network network = new NetworkGenerator(12, new NetworkGenerator.Shares(1.0, 0.97, 1.0, 0.0), today,
                (c, p) -> lookup.contains(c, p[0], p[1]).orElse(true)).generate(divisions);
        ImportReport report = importer.importFile(network.stations().getBytes(StandardCharsets.UTF_8), CoordinateSystem.CGCS2000,
                false, false, new CurrentUser("e2e", Role.ADMIN, null));
        assertTrue(report.created() > 400, "generated stations: " + report.created());
        api = new ApiClient(client.toBlocking());
        planner = api.token("planner", "Planner2026");
        browser = Browser.open(server.getURL(), 1366, 1000);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    Map<?, ?> counts(String region, LocalDate asOf) {
        return api.exchange(HttpRequest.GET("/api/stations/counts?region=" + region + "&asOf=" + asOf), planner, Map.class).body();
    }

    Map<?, ?> coverage(String region, LocalDate asOf) {
        return (Map<?, ?>) api.exchange(HttpRequest.GET("/api/coverage?region=" + region + "&asOf=" + asOf), planner, Map.class).body().get("summary");
    }

    void choose(String selectId, String value) {
        browser.script("document.body.dataset.loaded = 'false'; const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change'));", selectId, value);
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 60);
    }

    /** The value of the stat whose label starts with {@code label} in a dashboard section. */
    String stat(String section, String label) {
        for (WebElement s : browser.findAll("#" + section + " .stat")) {
            if (s.findElement(By.className("label")).getText().startsWith(label)) {
                return s.findElement(By.className("value")).getText();
            }
        }
        throw new AssertionError("no stat " + label + " in #" + section + ": " + browser.find("#" + section).getText());
    }

    static String number(Object n) {
        return String.format(java.util.Locale.US, "%,d", ((Number) n).longValue());
    }

    static long tier(Map<?, ?> counts, String tier) {
        return ((List<?>) counts.get("byTier")).stream().map(r -> (Map<?, ?>) r).filter(r -> tier.equals(r.get("tier")))
                .mapToLong(r -> ((Number) r.get("total")).longValue()).sum();
    }

    @Test
    void everyFigureIsAsOfTheEndOfTheSelectedYearAndCountsComeFromTheServer() {
        LocalDate today = LocalDate.now(BUREAU);
        browser.login("planner", "Planner2026");
        browser.get("/dashboard");
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 60);
        choose("region", "50");

        Map<?, ?> now = counts("50", today);
        assertTrue(((Number) ((Map<?, ?>) now.get("all")).get("total")).longValue() > 500, "more than one page of 500: " + now);
        assertEquals(number(tier(now, "VILLAGE_STATION")), stat("network", "村级服务站点"), "village stations counted by the server");
        assertEquals(number(tier(now, "TOWNSHIP_STATION")), stat("network", "乡镇服务站"));
        assertEquals(number(((Map<?, ?>) now.get("all")).get("active")), stat("network", "运营站点"));
        assertTrue(browser.find("#asOf").getText().contains(today.toString()), browser.find("#asOf").getText());
        browser.screenshot("dashboard-municipality-now");

        choose("region", "500152");
        int past = today.getYear() - 3;
        LocalDate end = LocalDate.of(past, 12, 31);
        choose("year", String.valueOf(past));
        Map<?, ?> then = counts("500152", end);
        Map<?, ?> cov = coverage("500152", end);
        assertTrue(browser.find("#asOf").getText().contains(end.toString()), browser.find("#asOf").getText());
        assertEquals(number(tier(then, "VILLAGE_STATION")), stat("network", "村级服务站点"), "counts as of " + end);
        assertEquals(number(((Map<?, ?>) then.get("all")).get("active")), stat("network", "运营站点"));
        String admin = stat("coverage", "行政村覆盖率");
        long covered = ((Number) cov.get("adminCoveredVillages")).longValue();
        long rural = ((Number) cov.get("ruralVillages")).longValue();
        assertEquals(String.format(java.util.Locale.US, "%.1f%%", 100.0 * covered / rural), admin, "行政村覆盖率 as of " + end);
        Map<?, ?> today152 = coverage("500152", today);
        assertTrue(((Number) today152.get("adminCoveredVillages")).longValue() != covered || covered == 0,
                "the demo network grew since " + end);
        browser.screenshot("dashboard-tongnan-" + past);

        List<WebElement> labelled = browser.findAll("[data-indicator]");
        assertTrue(labelled.size() >= 15, "figures with a definition: " + labelled.size());
        for (WebElement e : labelled) {
            String anchor = e.getDomAttribute("data-indicator");
            String title = e.getDomAttribute("title");
            assertTrue(title != null && !title.isBlank(), "tooltip of " + anchor);
            // the sections of this change; the coverage, sales, 进出比 and 528 sections come with their own changes
            if (OWN_SECTIONS.contains(anchor)) {
                assertTrue(!title.equals("口径见指标定义"), "tooltip of " + anchor + " from docs/indicators.md: " + title);
            }
            assertEquals("/indicators#" + anchor, e.findElement(By.cssSelector("a.indicator-link")).getDomAttribute("href"));
        }
        assertTrue(browser.find("[data-indicator=station-counts]").getDomAttribute("title").contains("服务器"));

        choose("year", String.valueOf(today.getYear()));
        boolean monthEnd = today.equals(YearMonth.from(today).atEndOfMonth());
        assertEquals(!monthEnd, !browser.findAll("#partial-month").isEmpty(), "the current month is partial unless today is its last day");
        assertEquals(today.getMonthValue(), browser.findAll("#sales svg.column-chart rect.whole, #sales svg.column-chart rect.partial").size(),
                "months up to today only");
        browser.script("document.getElementById('sales').scrollIntoView()");
        browser.screenshot("dashboard-tongnan-now");

        browser.get("/indicators#station-counts");
        assertTrue(browser.find("h2#station-counts").getText().contains("Station counts"));
        assertTrue(!browser.findAll("h2#as-of-year-end").isEmpty() && !browser.findAll("h2#county-percentile").isEmpty());
        List<String> severe = browser.severeConsoleEntries();
        assertTrue(severe.isEmpty(), "browser console errors: " + severe);
    }
}
