package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.Browser;
import cn.ruralcommerce.stations.support.StationSeed;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator's sales entry page on a 360 px wide phone screen. */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
@Property(name = "app.admin-initial-password", value = "")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorE2EIT {
    private static final int PHONE_WIDTH = 360;
    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient client;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        Browser.assumeAvailable();
        browser = Browser.open(server.getURL(), PHONE_WIDTH, 780);
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
    void entryFormIsUsableAt360Pixels() {
        browser.login("tongnan", "Tongnan2026");
        browser.get("/operator");
        waitLoaded();
        long viewport = (Long) browser.script("return document.documentElement.clientWidth");
        long content = (Long) browser.script("return document.documentElement.scrollWidth");
        assertEquals(viewport, content, "no horizontal scrolling at 360 px");
        for (String id : List.of("station", "category-search", "product", "amount", "quantity", "unit", "households", "save")) {
            WebElement field = browser.find("#" + id);
            assertTrue(field.isDisplayed(), id + " visible");
            assertTrue(field.getRect().getX() >= 0 && field.getRect().getX() + field.getRect().getWidth() <= PHONE_WIDTH, id + " fits the screen");
        }
        browser.screenshot("operator-360");
        // a form with missing values is refused beside the fields, nothing is queued
        browser.find("#save").click();
        assertTrue(browser.find(".field-error[data-for='amountFen']").getText().contains("金额"));
        assertEquals("0", browser.find("body").getDomAttribute("data-pending"));
        browser.screenshot("operator-360-validation");
    }

    @Test
    void saleLoggedOfflineIsSyncedOnceWhenOnline() {
        ApiClient api = new ApiClient(client.toBlocking());
        String bureau = api.token("tongnan", "Tongnan2026");
        String station = StationSeed.activeVillageStation(api, bureau, "E2E-OP-001");
        Map<?, ?> before = (Map<?, ?>) api.exchange(HttpRequest.GET("/api/stats/sales?region=500152&groupBy=month"), bureau, Map.class)
                .body().get("totals"); // the demo data already holds sales of 潼南区
        browser.login("tongnan", "Tongnan2026");
        browser.get("/operator");
        waitLoaded();
        browser.find("#station").sendKeys(station);
        browser.find("#category-list li[data-code]").click();
        browser.find("#product").sendKeys("潼南柠檬");
        browser.find("#amount").sendKeys("12.50");
        browser.find("#quantity").sendKeys("5");

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver().setNetworkConditions(offline);
        browser.find("#save").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".entry[data-state='pending']")).size() == 1, 10);
        assertTrue(browser.find(".entry").getText().contains("待同步"));
        browser.screenshot("operator-offline");

        browser.driver().deleteNetworkConditions();
        browser.find("#sync").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".entry[data-state='synced']")).size() == 1, 15);
        browser.find("#sync").click(); // a second sync has nothing left to send
        browser.get("/operator");     // nor has a reload
        waitLoaded();
        assertEquals(1, browser.findAll(".entry[data-state='synced']").size());
        browser.screenshot("operator-synced");

        Map<?, ?> stats = api.exchange(HttpRequest.GET("/api/stats/sales?region=500152&groupBy=month"), bureau, Map.class).body();
        Map<?, ?> totals = (Map<?, ?>) stats.get("totals");
        assertEquals(1, ((Number) totals.get("entries")).intValue() - ((Number) before.get("entries")).intValue(), "the sale is counted once");
        assertEquals(1250, ((Number) totals.get("amountFen")).longValue() - ((Number) before.get("amountFen")).longValue());
        // the only console errors allowed are the failed requests made while offline
        List<String> severe = browser.severeConsoleEntries().stream().filter(e -> !e.contains("ERR_INTERNET_DISCONNECTED")).toList();
        assertTrue(severe.isEmpty(), "browser console errors: " + severe);
    }

    private void waitLoaded() {
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 15);
    }
}
