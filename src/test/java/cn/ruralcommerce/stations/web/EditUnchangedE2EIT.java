package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.Browser;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
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
import org.openqa.selenium.support.ui.Select;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page never changes a field the user did not touch (issue 14, point 1): every kind of record the pages can
 * edit is opened in its edit form and saved unchanged, and the stored record read through the API afterwards
 * must equal the one before, field for field (updatedAt included: an unchanged save writes nothing).
 * The pages' only edit form is the station registry's 编辑 dialog (status changes have their own dialog and are
 * meant to change the record); it is driven for each tier, for a station with every optional field filled
 * (all seven services incl. 金融服务, opening hours, operator, address, floor area, an urban village station with
 * allowUrban) and for a bare one with none.
 */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
@Property(name = "app.admin-initial-password", value = "")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditUnchangedE2EIT {
    private static final String COUNTY = "500152";
    private static final List<String> ALL_SERVICES = List.of("BUYING_AGENT", "SELLING_AGENT", "PARCELS", "BILL_PAYMENT",
            "CONVENIENCE", "TRAINING", "FINANCE");

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient client;
    ApiClient api;
    String bureau;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        Browser.assumeAvailable();
        api = new ApiClient(client.toBlocking());
        bureau = api.token("tongnan", "Tongnan2026");
        browser = Browser.open(server.getURL(), 1366, 860);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        if (browser != null) {
            List<String> severe = browser.severeConsoleEntries();
            assertTrue(severe.isEmpty(), "browser console errors: " + severe);
        }
    }

    @Test
    void savingEveryKindOfStationUnchangedKeepsTheStoredRecord() {
        List<String> codes = List.of(
                fullyDescribed(demoStation("COUNTY_CENTER")),
                fullyDescribed(demoStation("TOWNSHIP_STATION")),
                fullyDescribed(demoStation("VILLAGE_STATION")),
                fullyDescribed(urbanVillageStation("E2E-EDIT-URBAN")),
                bareStation("E2E-EDIT-BARE"));
        browser.login("tongnan", "Tongnan2026");
        browser.get("/stations");
        waitLoaded();
        for (String code : codes) {
            Map<String, Object> before = station(code);
            openEditor(before);
            if (code.equals(codes.get(0))) {
                browser.screenshot("stations-edit-dialog");
            }
            browser.find("#station-save").click();
            browser.waitUntil(d -> !isOpen() || !d.findElement(By.id("station-form-messages")).getText().isBlank(), 15);
            assertFalse(isOpen(), code + ": the dialog did not close: " + browser.find("#station-form-messages").getText());
            assertTrue(browser.find("#messages").getText().contains("已保存"), browser.find("#messages").getText());
            assertEquals(before, station(code), code + " changed by a save without edits");
        }
    }

    @Test
    void anEditChangesOnlyTheFieldsTheUserTouched() {
        String code = fullyDescribed(demoStation("VILLAGE_STATION"));
        browser.login("tongnan", "Tongnan2026");
        browser.get("/stations");
        waitLoaded();
        Map<String, Object> before = station(code);
        openEditor(before);
        WebElement name = browser.find("#s-name");
        name.clear();
        name.sendKeys("改名后的站点");
        browser.find("#s-services input[value=FINANCE]").click();
        browser.find("#station-save").click();
        browser.waitUntil(d -> !isOpen() || !d.findElement(By.id("station-form-messages")).getText().isBlank(), 15);
        assertFalse(isOpen(), browser.find("#station-form-messages").getText());

        Map<String, Object> expected = new HashMap<>(before);
        expected.put("name", "改名后的站点");
        expected.put("services", ALL_SERVICES.stream().filter(s -> !s.equals("FINANCE")).sorted().toList());
        Map<String, Object> after = station(code);
        assertFalse(before.get("updatedAt").equals(after.get("updatedAt")), "the edit was stored");
        expected.put("updatedAt", after.get("updatedAt"));
        assertEquals(expected, after);
    }

    /** Filters the list to the station's township and tier, pages to its row and opens 编辑. */
    private void openEditor(Map<String, Object> s) {
        String region = (String) s.get("regionCode");
        new Select(browser.find("#f-township")).selectByValue(region.length() >= 9 ? region.substring(0, 9) : "");
        new Select(browser.find("#f-tier")).selectByValue((String) s.get("tier"));
        new Select(browser.find("#f-status")).selectByValue("");
        browser.find("#filters button[type=submit]").click();
        String code = (String) s.get("code");
        By edit = By.xpath("//table[@id='station-table']//tr[td[1][text()='" + code + "']]//button[text()='编辑']");
        for (int page = 0; page < 50; page++) {
            browser.waitUntil(d -> d.findElement(By.id("page-info")).getText().contains("第"), 10);
            List<WebElement> found = browser.driver().findElements(edit);
            if (!found.isEmpty()) {
                found.get(0).click();
                browser.waitUntil(d -> isOpen() && !d.findElement(By.id("s-name")).getDomProperty("value").isEmpty(), 10);
                return;
            }
            String info = browser.find("#page-info").getText();
            browser.find("#next").click();
            browser.waitUntil(d -> !d.findElement(By.id("page-info")).getText().equals(info), 10);
        }
        throw new AssertionError("station " + code + " not listed");
    }

    private boolean isOpen() {
        return browser.find("#station-dialog").getDomAttribute("open") != null;
    }

    private String demoStation(String tier) {
        HttpResponse<Map> page = api.exchange(HttpRequest.GET("/api/stations?region=" + COUNTY + "&tier=" + tier
                + "&status=ACTIVE&size=1"), bureau, Map.class);
        List<?> content = (List<?>) page.body().get("items");
        assertFalse(content.isEmpty(), "the demo network has an ACTIVE " + tier);
        return (String) ((Map<?, ?>) content.get(0)).get("code");
    }

    /** Fills every optional field of the station through the API (as another client would). */
    private String fullyDescribed(String code) {
        Map<String, Object> s = station(code);
        Map<String, Object> body = request(s);
        body.put("address", "重庆市潼南区测试路 " + code.length() + " 号");
        body.put("floorArea", 85);
        body.put("services", ALL_SERVICES);
        body.put("openingHours", "08:00-20:00（周日休息）");
        body.put("operator", Map.of("name", "王站长", "phone", "13800001234"));
        HttpResponse<String> response = api.raw(HttpRequest.PUT("/api/stations/" + code, body), bureau);
        assertEquals(200, response.code(), response.body());
        Map<String, Object> stored = station(code);
        assertEquals(ALL_SERVICES.stream().sorted().toList(), stored.get("services"));
        assertEquals("08:00-20:00（周日休息）", stored.get("openingHours"));
        return code;
    }

    /** A village station registered in an urban community (allowUrban), a field the edit form does not show. */
    @SuppressWarnings("unchecked")
    private String urbanVillageStation(String code) {
        List<Map<String, Object>> villages = api.exchange(HttpRequest.GET("/api/regions/" + COUNTY + "/descendants?level=VILLAGE"),
                bureau, List.class).body();
        Map<String, Object> urban = villages.stream()
                .filter(v -> Boolean.FALSE.equals(v.get("rural")) && v.get("lon") != null).findFirst().orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("code", code, "name", urban.get("name") + "站点",
                "tier", "VILLAGE_STATION", "regionCode", urban.get("code"), "lon", urban.get("lon"), "lat", urban.get("lat"),
                "status", "ACTIVE", "openedOn", "2025-03-01", "allowUrban", true));
        HttpResponse<String> response = api.raw(HttpRequest.POST("/api/stations", body), bureau);
        assertEquals(201, response.code(), response.body());
        assertEquals(true, station(code).get("allowUrban"));
        return code;
    }

    /** A PLANNED station with no optional field at all: saving must not add empty services, operator or hours. */
    @SuppressWarnings("unchecked")
    private String bareStation(String code) {
        List<Map<String, Object>> villages = api.exchange(HttpRequest.GET("/api/regions/" + COUNTY + "/descendants?level=VILLAGE"),
                bureau, List.class).body();
        Map<String, Object> rural = villages.stream()
                .filter(v -> Boolean.TRUE.equals(v.get("rural")) && v.get("lon") != null).skip(3).findFirst().orElseThrow();
        Map<String, Object> body = Map.of("code", code, "name", "筹建站点", "tier", "VILLAGE_STATION",
                "regionCode", rural.get("code"), "lon", rural.get("lon"), "lat", rural.get("lat"));
        HttpResponse<String> response = api.raw(HttpRequest.POST("/api/stations", body), bureau);
        assertEquals(201, response.code(), response.body());
        return code;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> station(String code) {
        HttpResponse<Map> response = api.exchange(HttpRequest.GET("/api/stations/" + code), bureau, Map.class);
        assertEquals(200, response.code());
        return new HashMap<>(response.body());
    }

    /** The PUT body that restates a stored station as it is. */
    private static Map<String, Object> request(Map<String, Object> s) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("code", "name", "tier", "regionCode", "lon", "lat", "address", "openedOn", "closedOn",
                "services", "floorArea", "openingHours", "operator", "allowUrban")) {
            if (s.get(field) != null) {
                body.put(field, s.get(field));
            }
        }
        return body;
    }

    private void waitLoaded() {
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 20);
    }
}
