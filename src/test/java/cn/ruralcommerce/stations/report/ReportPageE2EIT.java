package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.support.Browser;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printable report page in headless chromium on the demo data: Chinese title, indicators and SVG charts, no console errors. */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
@Property(name = "app.admin-initial-password", value = "")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPageE2EIT {
    @Inject
    EmbeddedServer server;
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

    @Test
    void bureauOpensTheReportFromTheDashboard() {
        int year = LocalDate.now().getYear();
        browser.login("tongnan", "Tongnan2026");
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 20);
        String href = browser.find("#reportLink").getDomProperty("href");
        assertTrue(href.contains("/report?region=500152&year=" + year), href);
        browser.get("/report?region=500152&year=" + year);
        browser.waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")), 30);
        String title = browser.find("#title").getText();
        assertTrue(title.contains("潼南区") && title.contains(year + " 年农村电子商务发展年度报告"), title);
        assertTrue(browser.findAll("#body svg").size() >= 3, "charts drawn");
        String body = browser.find("#body").getText();
        assertTrue(body.contains("网络零售额进出比（下行 : 上行）"));
        assertTrue(body.contains("评分公式：得分 = 0.5 × 标准分(销售额)"), "the appraisal formula in Chinese: " + body);
        assertTrue(!body.contains("no data") && !body.contains("score =") && !body.contains("mean) / sd"), "English on the report page: " + body);
        browser.screenshot("report");
        List<String> severe = browser.severeConsoleEntries();
        assertTrue(severe.isEmpty(), "browser console errors: " + severe);
    }
}
