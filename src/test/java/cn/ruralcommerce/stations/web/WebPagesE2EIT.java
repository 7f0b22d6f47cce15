package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.Browser;
import cn.ruralcommerce.stations.support.StationSeed;
import io.micronaut.context.annotation.Property;
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
import org.junit.jupiter.api.Disabled;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk pages in a real headless chromium against the service with the Chongqing demo data. */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
@Property(name = "app.admin-initial-password", value = "")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesE2EIT {
    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient client;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        Browser.assumeAvailable();
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
    void bureauSignsInAndSeesTheMapOfItsCounty() {
        if (features().get("stations")) {
            ApiClient api = new ApiClient(client.toBlocking());
            StationSeed.activeVillageStation(api, api.token("tongnan", "Tongnan2026"), "E2E-MAP-001");
        }
        browser.signOut();
        browser.get("/");
        browser.screenshot("login");
        browser.login("tongnan", "Tongnan2026");
        browser.get("/map");
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 20);
        assertEquals("38", browser.find("body").getDomAttribute("data-counties"));
        assertEquals(38, browser.findAll("path.county-boundary").size());
        assertTrue(browser.findAll("path.township-area").size() >= 20, "township areas of 潼南区");
        assertTrue(browser.findAll("path.village").size() > 200, "villages of 潼南区");
        assertEquals("500152", browser.find("#county").getDomProperty("value"));
        assertTrue(browser.findAll("path.village-former-poverty").size() > 0, "former-poverty villages marked");
        browser.screenshot("map");
        if (features().get("stations")) {
            assertTrue(browser.findAll(".station-marker").size() >= 1, "the registered station is drawn");
            assertTrue(browser.findAll("path.coverage-circle").size() >= 1, "its service radius is drawn");
        }
        if (features().get("coverage")) {
            assertTrue(browser.findAll("path.village-uncovered").size() > 0, "uncovered villages drawn");
            assertTrue(browser.find("#coverage-summary").isDisplayed());
            assertTrue(browser.find("#count-without-station").getText().contains("无村级站点的行政村"));
            assertTrue(browser.find("#count-beyond-radius").getText().contains("服务半径外的村"));
            assertFalse(browser.findAll("path.village-without-station").isEmpty(), "the administrative gap has its own layer");
        }
    }

    @Test
    void villageSearchFindsAndOpensAVillage() {
        browser.login("admin", "Admin2026demo");
        browser.get("/map");
        waitLoaded();
        browser.find("#village-search").sendKeys("柏梓");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#village-results li")).isEmpty(), 10);
        assertTrue(browser.find("#village-results").getText().contains("柏梓"));
    }

    @Test
    void villageSearchKeepsToTheSelectedCountyAndSaysWhereEachResultIs() {
        browser.login("admin", "Admin2026demo");
        browser.get("/map");
        waitLoaded();
        assertEquals("500152", browser.find("#county").getDomProperty("value"));
        browser.find("#village-search").sendKeys("柿花");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#village-results li[data-code]")).isEmpty(), 10);
        List<WebElement> results = browser.findAll("#village-results li");
        assertTrue(results.get(0).getText().startsWith("柿花村"), results.get(0).getText());
        assertTrue(results.get(0).getText().contains("潼南区"), "county named: " + results.get(0).getText());
        String all = browser.find("#village-results").getText();
        assertTrue(all.indexOf("其他区县") < all.indexOf("柿花社区") && all.contains("铜梁区"), all);
        browser.script("document.querySelector('.sidebar').scrollTop = 1e6");
        browser.screenshot("map-village-search");
        results.get(0).click();
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 10);
        assertEquals("500152", browser.find("#county").getDomProperty("value"), "the map stays on 潼南区");

        browser.login("tongnan", "Tongnan2026");
        browser.get("/map");
        waitLoaded();
        browser.find("#village-search").sendKeys("柿花");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#village-results li[data-code]")).isEmpty(), 10);
        assertTrue(browser.findAll("#village-results li[data-code]").stream().allMatch(li -> li.getDomAttribute("data-code").startsWith("500152")),
                browser.find("#village-results").getText());
    }

    @Test
    void plannerDashboardAndStationPagesRenderWithWhatTheApiOffers() {
        browser.login("planner", "Planner2026");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/planner"), "planner lands on the planner page");
        waitLoaded();
        assertTrue(browser.findAll("path.village").size() > 200);
        browser.screenshot("planner");

        browser.login("tongnan", "Tongnan2026");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/dashboard"), "bureau lands on the dashboard");
        waitLoaded();
        if (!features().get("stats")) {
            assertTrue(browser.find("#sales").getText().contains("暂无数据"));
        }
        browser.screenshot("dashboard");

        browser.get("/stations");
        waitLoaded();
        assertTrue(browser.find("#station-table").isDisplayed());
        if (!features().get("stations")) {
            assertTrue(browser.find("#messages").getText().contains("尚未上线"));
        }
        browser.screenshot("stations");
    }

    @Test
    void stationImportDryRunShowsTheRowError() throws IOException {
        Path csv = Files.createTempFile("stations-", ".csv");
        Files.writeString(csv, "code,name,tier,region_code,lon,lat\n"
                + "E2E-IMP-1,导入测试站,VILLAGE_STATION,500152113201,105.78,30.04\n"
                + "E2E-IMP-2,错误层级站,NOT_A_TIER,500152113202,105.79,30.05\n");
        browser.login("tongnan", "Tongnan2026");
        browser.get("/stations");
        waitLoaded();
        browser.find("#import-file").sendKeys(csv.toAbsolutePath().toString());
        browser.find("#import-button").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#import-errors tbody tr")).isEmpty(), 15);
        String errors = browser.find("#import-errors").getText();
        assertTrue(errors.contains("tier"), errors);
        assertTrue(errors.contains("站点层级 'NOT_A_TIER' 不在可选范围") && !errors.contains("is not one of"), "the row error in Chinese: " + errors);
        browser.screenshot("stations-import-errors");
        Files.delete(csv);
    }

    @Test
    void plannerRunsAFiveSitePlan() {
        browser.login("planner", "Planner2026");
        waitLoaded();
        WebElement k = browser.find("#k");
        k.clear();
        k.sendKeys("5");
        browser.find("#run-plan").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("#plan-sites li")).size() == 5, 15);
        assertEquals(5, browser.findAll(".site-marker").size());
        assertTrue(browser.find("#plan-summary").getText().contains("新增覆盖人口"));
        browser.screenshot("planner-plan");
    }

    @Test
    void plannerPlansForVillagesWithoutAStation() {
        browser.login("planner", "Planner2026");
        waitLoaded();
        String counts = browser.find("#gap-counts").getText();
        assertTrue(counts.contains("无村级站点的行政村") && counts.contains("服务半径外的村"), counts);
        assertFalse(browser.findAll("#without-station-table tbody tr").isEmpty(), "the administrative gap is listed");
        new org.openqa.selenium.support.ui.Select(browser.find("#plan-kind")).selectByValue("WITHOUT_STATION");
        WebElement k = browser.find("#k");
        k.clear();
        k.sendKeys("3");
        browser.find("#run-plan").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("#plan-sites li")).size() == 3, 15);
        assertTrue(browser.find("#plan-summary").getText().contains("行政村覆盖率"));
        browser.screenshot("planner-priorities");
    }

    @Test
    void logoutReturnsToTheLoginPage() {
        browser.login("tongnan", "Tongnan2026");
        browser.find("#logout").click();
        browser.waitUntil(d -> d.findElements(By.id("login-form")).size() == 1, 10);
        browser.get("/map");
        browser.waitUntil(d -> d.findElements(By.id("login-form")).size() == 1, 10);
        assertTrue(browser.driver().getCurrentUrl().contains("next=%2Fmap"));
    }

    private void waitLoaded() {
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 20);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Boolean> features() {
        Map<String, Object> config = client.toBlocking().retrieve("/api/ui/config", Map.class);
        return (Map<String, Boolean>) config.get("features");
    }
}
