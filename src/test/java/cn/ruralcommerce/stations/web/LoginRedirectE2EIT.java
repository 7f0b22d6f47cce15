package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.support.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * After signing in, the login page follows ?next= only to a page of this site: paths that a browser reads as
 * another host (backslash, tab, "//", schemes) send the user to the landing page instead.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginRedirectE2EIT {
    @Inject
    EmbeddedServer server;
    Browser browser;
    String base;

    @BeforeAll
    void openBrowser() {
        Browser.assumeAvailable();
        browser = Browser.open(server.getURL(), 1024, 768);
        base = server.getURL().toString().replaceAll("/$", "");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void nextLeadsOnlyToPagesOfThisSite() {
        browser.login("admin", "TestAdmin2026");
        List<String> wrong = new ArrayList<>();
        for (String next : List.of("/%5Cevil.example", "/%09/evil.example", "//evil.example", "%2F%2Fevil.example",
                "/%5C/evil.example", "https://evil.example/", "%20//evil.example", "javascript:alert(1)", "/.//evil.example")) {
            String landed = follow(next);
            if (!landed.equals(base + "/dashboard")) {
                wrong.add(next + " → " + landed);
            }
        }
        assertEquals(List.of(), wrong, "?next= left the landing page of the site");
        assertEquals(base + "/map?county=500152", follow("/map%3Fcounty%3D500152"), "a page of the site is followed");
    }

    /** Opens the login page with ?next= while signed in and returns where the browser ends up. */
    private String follow(String next) {
        browser.get("/?next=" + next);
        String start = browser.driver().getCurrentUrl();
        browser.waitUntil(d -> !d.getCurrentUrl().equals(start) || !d.getCurrentUrl().startsWith(base + "/?"), 15);
        return browser.driver().getCurrentUrl();
    }
}
