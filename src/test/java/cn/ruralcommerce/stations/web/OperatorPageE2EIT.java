package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.demo.StationDemoData;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14 point 5: the operator's page, as the demo operator zhanzhang, on a 390×844 phone. */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
@Property(name = "app.admin-initial-password", value = "")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorPageE2EIT {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]{2,}");
    private static final String QUEUE = "stations.salesQueue.v1";

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient client;
    Browser browser;
    ApiClient api;
    String operatorToken;
    String station;

    @BeforeAll
    void openBrowser() {
        Browser.assumeAvailable();
        api = new ApiClient(client.toBlocking());
        operatorToken = api.token("zhanzhang", StationDemoData.OPERATOR_PASSWORD);
        station = (String) api.exchange(HttpRequest.GET("/api/me"), operatorToken, Map.class).body().get("scopeCode");
        browser = Browser.open(server.getURL(), 390, 844);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signIn() {
        browser.login("zhanzhang", StationDemoData.OPERATOR_PASSWORD);
        browser.get("/operator");
        waitLoaded();
    }

    @AfterEach
    void noConsoleErrors() {
        if (browser != null) {
            browser.driver().deleteNetworkConditions();
            List<String> severe = browser.severeConsoleEntries().stream()
                    .filter(e -> !e.contains("ERR_INTERNET_DISCONNECTED")).toList();
            assertTrue(severe.isEmpty(), "browser console errors: " + severe);
        }
    }

    @Test
    void categoriesAreFoundByPinyinInitialsAllListedAndShownByName() {
        List<?> categories = api.exchange(HttpRequest.GET("/api/catalog/categories?level=SMALL&limit=2000"), operatorToken, List.class).body();
        assertTrue(categories.size() > 40, "the demo catalogue has more than 40 small categories");
        assertEquals(categories.size(), browser.findAll("#category-list li[data-code]").size(), "every category is listed");
        for (WebElement li : browser.findAll("#category-list li[data-code]").subList(0, 40)) {
            assertFalse(li.getText().contains(li.getDomAttribute("data-code")), "no category code shown: " + li.getText());
        }
        Map<?, ?> wanted = categories.stream().map(c -> (Map<?, ?>) c)
                .filter(c -> c.get("initials") != null && ((String) c.get("initials")).length() >= 2).findFirst().orElseThrow();
        browser.find("#category-search").sendKeys((String) wanted.get("initials"));
        List<String> shown = browser.findAll("#category-list li[data-code]").stream().map(li -> li.getDomAttribute("data-code")).toList();
        assertTrue(shown.contains(wanted.get("code")), "pinyin " + wanted.get("initials") + " finds " + wanted.get("name") + ": " + shown);
    }

    @Test
    void dayListUsesBeijingTimeAndABackDatedDateResetsAfterSaving() {
        LocalDate today = LocalDate.now(SHANGHAI);
        // logged at 07:00 Beijing time (23:00 UTC the day before) for a sale of three days ago
        String createdAt = ZonedDateTime.of(today, LocalTime.of(7, 0), SHANGHAI).toInstant().toString();
        String key = UUID.randomUUID().toString();
        browser.script("localStorage.setItem(arguments[0], JSON.stringify([{idempotencyKey: arguments[1], createdAt: arguments[2],"
                + " state: 'synced', message: '', body: {idempotencyKey: arguments[1], stationCode: arguments[3], dateSold: arguments[4],"
                + " categoryCode: 'x', productName: '早上的榨菜', quantity: 1, unit: '斤', amountFen: 100, direction: 'UP', channel: 'OFFLINE', households: []}}]))",
                QUEUE, key, createdAt, station, today.minusDays(3).toString());
        browser.get("/operator");
        waitLoaded();
        WebElement entry = browser.find(".entry[data-key='" + key + "']");
        assertTrue(entry.getText().contains("07:00"), "shown in Beijing time: " + entry.getText());
        assertFalse(entry.getText().contains("UTC"));

        fillSale("潼南柠檬", "8.00");
        String backDated = today.minusDays(2).toString();
        browser.script("document.getElementById('sold-on').value = arguments[0]", backDated);
        browser.find("#save").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".entry[data-state='synced']")).size() == 2, 15);
        assertEquals(today.toString(), browser.find("#sold-on").getDomProperty("value"), "the date returns to today");
        assertEquals(backDated, ((Map<?, ?>) ((List<?>) browser.script("return JSON.parse(localStorage.getItem(arguments[0]))", QUEUE))
                .get(1)).get("body") instanceof Map<?, ?> b ? b.get("dateSold") : null, "the saved sale kept its back-dated date");
    }

    @Test
    void aSaleWithARegisteredPoorHouseholdIsMarkedAsPovertyAlleviationByTheServer() {
        Map<?, ?> stationView = api.exchange(HttpRequest.GET("/api/stations/" + station), operatorToken, Map.class).body();
        String village = (String) stationView.get("regionCode");
        api.exchange(HttpRequest.POST("/api/households", Map.of("referenceNo", "E2E-" + UUID.randomUUID().toString().substring(0, 8),
                "stationCode", station, "villageCode", village, "headName", "张三", "size", 3, "registeredPoor", true,
                "linkedSince", LocalDate.now(SHANGHAI).minusYears(1).toString())), operatorToken, Map.class);
        browser.get("/operator");
        waitLoaded();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#households input[type=checkbox]")).isEmpty(), 10);
        fillSale("潼南柠檬", "20.00");
        browser.find("#households input[type=checkbox]").click();
        browser.find("#save").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".entry[data-state='synced'] .poverty")).size() == 1, 15);
        String mark = browser.find(".entry .poverty").getText();
        assertTrue(mark.contains("扶贫") && mark.contains("农户"), "the server's basis is shown: " + mark);
        fillSale("潼南柠檬", "21.00");
        browser.find("#save").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".entry[data-state='synced']")).size() == 2, 15);
        browser.waitUntil(d -> d.findElements(By.cssSelector(".entry[data-state='synced'][data-poverty]")).size() == 2, 15);
        assertEquals(1, browser.findAll(".entry .poverty").size(), "a sale without a basis carries no 扶贫 mark");
        browser.script("document.getElementById('entries').scrollIntoView()");
        browser.screenshot("operator-390-poverty");
    }

    @Test
    void householdsAppearWhenTheNetworkReturnsAfterAnOfflineReload() {
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver().setNetworkConditions(offline);
        browser.script("localStorage.removeItem('stations.households.' + arguments[0])", station);
        browser.driver().navigate().refresh();
        waitLoaded();
        assertTrue(browser.find("#households").getText().contains("联网后显示"), browser.find("#households").getText());
        browser.driver().deleteNetworkConditions();
        browser.script("window.dispatchEvent(new Event('online'))");
        browser.waitUntil(d -> !d.findElement(By.id("households")).getText().contains("联网后显示"), 10);
    }

    @Test
    void aRejectedEntryShowsItsReasonInChineseAndCanBeEditedOrDropped() {
        String future = LocalDate.now(SHANGHAI).plusDays(30).toString();
        String edit = UUID.randomUUID().toString(), drop = UUID.randomUUID().toString();
        browser.script("const e = (k, name) => ({idempotencyKey: k, createdAt: new Date().toISOString(), state: 'pending', message: '',"
                + " body: {idempotencyKey: k, stationCode: arguments[3], dateSold: arguments[2], categoryCode: arguments[4],"
                + " productName: name, quantity: 2, unit: '斤', amountFen: 1234, direction: 'UP', channel: 'OFFLINE', households: []}});"
                + " localStorage.setItem('stations.salesQueue.v1', JSON.stringify([e(arguments[0], '改一改'), e(arguments[1], '删掉它')]))",
                edit, drop, future, station, firstCategory());
        browser.get("/operator");
        waitLoaded();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".entry[data-state='failed']")).size() == 2, 15);
        browser.script("document.getElementById('entries').scrollIntoView()");
        browser.screenshot("operator-390-rejected");
        for (WebElement failed : browser.findAll(".entry[data-state='failed']")) {
            String reason = failed.findElement(By.cssSelector(".field-error")).getText();
            assertFalse(reason.isBlank());
            assertFalse(ENGLISH.matcher(reason).find(), "reason in Chinese: " + reason);
        }
        browser.find(".entry[data-key='" + drop + "'] button.drop").click();
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".entry[data-key='" + drop + "']")).isEmpty(), 5);

        browser.find(".entry[data-key='" + edit + "'] button.edit").click();
        assertEquals("改一改", browser.find("#product").getDomProperty("value"));
        assertEquals("12.34", browser.find("#amount").getDomProperty("value"));
        assertEquals(future, browser.find("#sold-on").getDomProperty("value"));
        assertTrue(browser.findAll(".entry[data-key='" + edit + "']").isEmpty(), "the entry left the queue for the form");
        browser.script("document.getElementById('sold-on').value = arguments[0]", LocalDate.now(SHANGHAI).toString());
        browser.find("#save").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".entry[data-state='synced']")).size() == 1, 15);
        assertTrue(browser.find(".entry[data-state='synced']").getText().contains("改一改"));
        assertTrue(browser.findAll(".entry[data-state='failed']").isEmpty());
    }

    @Test
    void thePageFitsA390PixelPhoneWithSaveWithinThumbReach() {
        long viewport = (Long) browser.script("return document.documentElement.clientWidth");
        long content = (Long) browser.script("return document.documentElement.scrollWidth");
        assertEquals(viewport, content, "no horizontal scrolling at 390 px");
        WebElement save = browser.find("#save");
        assertTrue(save.isDisplayed());
        long bottom = save.getRect().getY() + save.getRect().getHeight();
        assertTrue(bottom <= 844 && save.getRect().getY() > 844 / 2, "保存 is in the lower half of the screen without scrolling: y=" + save.getRect().getY());
        assertTrue(save.getRect().getHeight() >= 44, "a thumb-sized button");
        browser.screenshot("operator-390x844");
    }

    private String firstCategory() {
        return browser.find("#category-list li[data-code]").getDomAttribute("data-code");
    }

    private void fillSale(String product, String yuan) {
        browser.find("#category-list li[data-code]").click();
        browser.find("#product").sendKeys(product);
        browser.find("#amount").sendKeys(yuan);
        browser.find("#quantity").sendKeys("2");
    }

    private void waitLoaded() {
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 15);
    }
}
