package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.Browser;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.SampleCounty;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Script-bearing names of a station, a logistics node, a village and a household are shown as text on every page
 * that shows them (map popups, registry, uncovered villages, report, operator page) and never run:
 * {@code window.__xss} stays undefined and no injected element appears in the DOM.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssE2EIT {
    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String STATION = "XSS-1";
    static final String NODE = "XSSN1";
    static final String VILLAGE = "500152113297";

    @Inject
    EmbeddedServer server;
    @Inject
    SampleCounty sample;
    Browser browser;

    @BeforeAll
    void setUp() {
        Browser.assumeAvailable();
        ApiClient api = sample.api();
        sample.village(VILLAGE, IMG + "村", 105.60, 30.30);
        String admin = api.token("admin", SampleCounty.ADMIN_PASSWORD);
        Map<String, Object> station = NetworkFixture.villageStation(STATION);
        station.put("name", IMG + "服务站");
        station.put("address", SCRIPT + "中渡村1号");
        station.put("operator", Map.of("name", SCRIPT, "phone", "13800138000"));
        SampleCounty.created(api.exchange(HttpRequest.POST("/api/stations", station), admin, Map.class));
        SampleCounty.created(api.exchange(HttpRequest.POST("/api/logistics-nodes", Map.of("code", NODE, "name", SCRIPT + IMG,
                "tier", "COUNTY_HUB", "regionCode", NetworkFixture.COUNTY, "lon", 105.84, "lat", 30.19)), admin, Map.class));
        SampleCounty.created(api.exchange(HttpRequest.POST("/api/households", Map.of("referenceNo", "XSS-HH-1", "stationCode", STATION,
                "villageCode", NetworkFixture.VILLAGE, "headName", IMG, "size", 3, "registeredPoor", true,
                "linkedSince", "2024-01-01")), admin, Map.class));
        browser = Browser.open(server.getURL(), 1366, 860);
        browser.login("admin", SampleCounty.ADMIN_PASSWORD);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void nothingRan() {
        if (browser != null) {
            assertNull(browser.script("return window.__xss === undefined ? null : String(window.__xss)"), "injected script ran");
            assertEquals(0L, browser.script("return document.querySelectorAll('img[src=\"x\"], script:not([src])').length"),
                    "an injected element is in the DOM");
        }
    }

    void open(String path) {
        browser.get(path);
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 30);
    }

    void showsLiterally(String css, String text) {
        browser.waitUntil(d -> d.findElement(By.cssSelector(css)).getText().contains(text), 10);
    }

    @Test
    void mapPopupsShowTheNamesAsText() {
        open("/map");
        if (!NetworkFixture.COUNTY.equals(browser.find("#county").getDomProperty("value"))) {
            browser.script("const s = document.getElementById('county'); s.value = arguments[0]; s.dispatchEvent(new Event('change'))",
                    NetworkFixture.COUNTY);
            open("/map");
        }
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".station-marker")).isEmpty(), 20);
        for (WebElement marker : browser.findAll(".station-marker")) {
            browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marker);
        }
        showsLiterally(".leaflet-popup-content", IMG + "服务站");
        browser.screenshot("xss-map-station-popup");
        for (WebElement node : browser.findAll("path.logistics-node")) {
            browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node);
        }
        showsLiterally(".leaflet-popup-content", SCRIPT + IMG);
        browser.find("#village-search").sendKeys("onerror");
        showsLiterally("#village-results", IMG + "村");
        browser.find("#village-results li").click();
        showsLiterally(".leaflet-popup-content", IMG + "村");
        browser.screenshot("xss-map-village-popup");
    }

    @Test
    void stationRegistryShowsTheNameAsText() {
        open("/stations");
        showsLiterally("#station-table", IMG + "服务站");
    }

    @Test
    void plannerListsTheUncoveredVillageAsText() {
        open("/planner");
        showsLiterally("#uncovered", IMG + "村");
    }

    @Test
    void reportShowsTheStationAsText() {
        open("/report?region=" + NetworkFixture.COUNTY + "&year=" + LocalDate.now().getYear());
        showsLiterally("#body", IMG + "服务站");
    }

    @Test
    void operatorPageShowsTheHouseholdAsText() {
        open("/operator");
        browser.script("const s = document.getElementById('station'); s.value = arguments[0]; s.dispatchEvent(new Event('change'))", STATION);
        showsLiterally("body", IMG);
    }
}
