package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.demo.StationDemoData;
import cn.ruralcommerce.stations.support.Browser;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screenshots of every page on the demo data, each opened as the role that uses it: the login page, dashboard,
 * map and stations as the bureau account, the planner as 'planner', the operator page as 'zhanzhang' (also at
 * phone size) and the annual report as the bureau. The images are viewport captures of exactly the given size.
 *
 * <p>Regenerate the committed images under docs/screenshots/ with
 * {@code ./mvnw -q verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ScreenshotsE2EIT -Dscreenshots=docs/screenshots}.
 * Without the {@code screenshots} property (the normal test run) the same pages are captured into
 * target/screenshots/pages/ and checked, and nothing under docs/ is written.
 */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
@Property(name = "app.admin-initial-password", value = "")
class ScreenshotsE2EIT {
    private static final String BUREAU = "tongnan";
    private static final String BUREAU_PASSWORD = "Tongnan2026";

    @Inject
    EmbeddedServer server;

    private record Shot(String file, String user, String password, String path, int width, int height) {
    }

    @Test
    void everyPageAsTheRoleThatUsesIt() throws IOException {
        Browser.assumeAvailable();
        Path out = Path.of(System.getProperty("screenshots", "target/screenshots/pages"));
        Files.createDirectories(out);
        int year = LocalDate.now().getYear();
        List<Shot> shots = List.of(
                new Shot("login", null, null, "/", 1366, 768),
                new Shot("dashboard", BUREAU, BUREAU_PASSWORD, "/dashboard", 1366, 768),
                new Shot("map", BUREAU, BUREAU_PASSWORD, "/map", 1366, 768),
                new Shot("stations", BUREAU, BUREAU_PASSWORD, "/stations", 1366, 768),
                new Shot("report", BUREAU, BUREAU_PASSWORD, "/report?region=500152&year=" + year, 1366, 768),
                new Shot("planner", "planner", "Planner2026", "/planner", 1366, 768),
                new Shot("operator", "zhanzhang", StationDemoData.OPERATOR_PASSWORD, "/operator", 1366, 768),
                new Shot("operator-phone", "zhanzhang", StationDemoData.OPERATOR_PASSWORD, "/operator", 390, 844));
        List<String> problems = new ArrayList<>();
        for (Shot shot : shots) {
            try (Browser browser = Browser.open(server.getURL(), shot.width(), shot.height())) {
                viewport(browser, shot.width(), shot.height());
                if (shot.user() == null) {
                    browser.signOut();
                    browser.get(shot.path());
                    browser.waitUntil(d -> !d.findElements(By.cssSelector("#login-button")).isEmpty(), 15);
                } else {
                    browser.login(shot.user(), shot.password());
                    browser.get(shot.path());
                    waitLoaded(browser);
                }
                settle();
                browser.script("window.scrollTo(0, 0)");
                byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(shot.width(), image.getWidth(), shot.file() + " width");
                assertEquals(shot.height(), image.getHeight(), shot.file() + " height");
                Files.write(out.resolve(shot.file() + ".png"), png);
                List<String> severe = browser.severeConsoleEntries();
                if (!severe.isEmpty()) {
                    problems.add(shot.file() + ": console errors " + severe);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Makes the page area exactly width x height CSS pixels at scale 1, whatever the headless window chrome takes. */
    private static void viewport(Browser browser, int width, int height) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static void waitLoaded(Browser browser) {
        browser.waitUntil(d -> {
            try {
                return "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded"));
            } catch (WebDriverException e) {
                return false; // the page is being replaced
            }
        }, 30);
    }

    /** Lets map tiles, charts and the last requests finish before the capture. */
    private static void settle() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
