package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.demo.DemoData;
import cn.ruralcommerce.stations.demo.StationDemoData;
import cn.ruralcommerce.stations.support.Browser;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 point 4: each role's menu lists only the pages it may use, every page it opens loads without a 403,
 * a console error or English text, county pickers hold only the counties in its scope, and a page outside the
 * role sends it to its own landing page instead of showing a form it cannot use.
 */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
@Property(name = "app.admin-initial-password", value = "")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleScopeE2EIT {
    /** Words of Latin letters with a lower-case letter (English prose), but not these names of file formats. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]{2,}");
    private static final Set<String> ALLOWED_WORDS = Set.of("GeoJSON", "km");

    @Inject
    EmbeddedServer server;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        Browser.assumeAvailable();
        browser = Browser.open(server.getURL(), 1366, 768);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "admin;ADMIN;/dashboard /map /planner /stations /operator;;38",
            "tongnan;BUREAU;/dashboard /map /planner /stations /operator;;1",
            "planner;PLANNER;/dashboard /map /planner /stations;/operator;38",
            "zhanzhang;OPERATOR;/operator;/map /dashboard /planner /stations;0",
    })
    void menuAndPagesKeepToTheRole(String username, String role, String allowed, String forbidden, int counties) {
        String password = switch (username) {
            case "admin" -> DemoData.ADMIN_PASSWORD;
            case "tongnan" -> "Tongnan2026";
            case "planner" -> "Planner2026";
            default -> StationDemoData.OPERATOR_PASSWORD;
        };
        browser.login(username, password);
        browser.severeConsoleEntries();
        List<String> expected = Arrays.asList(allowed.split(" "));
        List<String> menu = browser.findAll(".topnav nav a").stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertEquals(expected, menu, role + " menu");

        for (String page : expected) {
            browser.get(page);
            waitLoaded();
            settle();
            browser.screenshot("role-" + username + page.replace('/', '-'));
            String text = browser.find("body").getText();
            for (WebElement code : browser.findAll("code")) { // column and field codes stay codes
                text = text.replace(code.getText(), "");
            }
            assertFalse(text.contains("无权") || text.contains("Forbidden") || text.contains("403"),
                    role + " " + page + " shows an access error: " + text);
            List<String> english = englishWords(text.replace(username, ""));
            assertTrue(english.isEmpty(), role + " " + page + " shows English text: " + english);
            List<String> severe = browser.severeConsoleEntries();
            assertTrue(severe.isEmpty(), role + " " + page + " console errors (403s included): " + severe);
            for (WebElement select : browser.findAll("select#county, select#region, select#f-region")) {
                long options = select.findElements(By.tagName("option")).stream()
                        .filter(o -> o.getDomAttribute("value").length() == 6).count();
                assertEquals(counties, options, role + " " + page + " county picker offers only its scope");
                if (counties == 1) {
                    assertEquals("500152", select.getDomProperty("value"));
                }
            }
        }
        if (forbidden != null) {
            for (String page : forbidden.split(" ")) {
                browser.get(page);
                // sent to its own landing page, one of those it may use
                browser.waitUntil(d -> expected.stream().anyMatch(p -> d.getCurrentUrl().endsWith(p)), 15);
                waitLoaded();
                settle();
                List<String> severe = browser.severeConsoleEntries();
                assertTrue(severe.isEmpty(), role + " " + page + " console errors: " + severe);
            }
        }
    }

    private void waitLoaded() {
        browser.waitUntil(d -> {
            try {
                return "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded"));
            } catch (WebDriverException e) {
                return false; // the page is being replaced
            }
        }, 30);
    }

    /** Lets the page's last requests finish (their errors reach the console). */
    private void settle() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> englishWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) {
            if (!ALLOWED_WORDS.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }
}
