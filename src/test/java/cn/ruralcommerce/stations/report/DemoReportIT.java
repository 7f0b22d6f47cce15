package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.support.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo sales of 潼南区: the summary equals the entries, and the reports of the last three years have data and dormant stations. */
@MicronautTest(transactional = false)
@Property(name = "app.demo-data", value = "true")
class DemoReportIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    TransactionOperations<Connection> tx;

    long single(String sql) {
        return tx.executeRead(status -> {
            try (ResultSet rs = status.getConnection().createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void demoSalesAreConsistentAndTheReportIsMeaningful() {
        long entries = single("SELECT COUNT(*) FROM sale_entry");
        assertTrue(entries > 4000, "several thousand demo entries, was " + entries);
        assertEquals(single("SELECT SUM(amount_fen) FROM sale_entry"), single("SELECT SUM(amount_fen) FROM sales_daily_summary"));
        assertEquals(entries, single("SELECT SUM(entries) FROM sales_daily_summary"));
        assertEquals(single("SELECT COUNT(*) FROM sale_household"), single("SELECT SUM(household_links) FROM sales_daily_summary"));
        assertEquals(single("SELECT COUNT(DISTINCT station_code) FROM sale_entry"), single("SELECT COUNT(*) FROM station_last_sale"));

        ApiClient api = new ApiClient(client.toBlocking());
        String bureau = api.token("tongnan", "Tongnan2026");
        int year = LocalDate.now().getYear();
        for (int y = year - 2; y <= year; y++) {
            HttpResponse<Map> r = api.exchange(HttpRequest.GET("/api/reports/annual?region=500152&year=" + y), bureau, Map.class);
            assertEquals(HttpStatus.OK, r.getStatus(), String.valueOf(r.body()));
            Map<?, ?> sales = (Map<?, ?>) r.body().get("sales");
            assertEquals(false, sales.get("noData"));
            assertTrue(sales.get("growth") != null, "growth on a year with sales, " + y);
            assertTrue(((Number) ((Map<?, ?>) r.body().get("poverty")).get("householdsBenefited")).intValue() > 0);
        }
        Map<?, ?> now = api.exchange(HttpRequest.GET("/api/reports/annual?region=500152&year=" + year), bureau, Map.class).body();
        assertTrue(((Number) ((Map<?, ?>) now.get("dormant")).get("dormantStations")).intValue() > 0);
        assertTrue(!((List<?>) ((Map<?, ?>) now.get("appraisal")).get("stations")).isEmpty());
        List<?> flagships = (List<?>) ((Map<?, ?>) now.get("categories")).get("flagships");
        assertEquals(2, flagships.size());
        assertTrue(((Number) ((Map<?, ?>) flagships.get(0)).get("amountFen")).longValue() > 0);
        String admin = api.token("planner", "Planner2026");
        long start = System.nanoTime();
        Map<?, ?> municipal = api.exchange(HttpRequest.GET("/api/reports/annual?region=50&year=" + year), admin, Map.class).body();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 30_000, "the whole-municipality report took " + ms + " ms");
        List<?> counties = (List<?>) ((Map<?, ?>) municipal.get("counties")).get("counties");
        assertTrue(counties.size() > 30, "the 38 districts and counties, was " + counties.size());
        Map<?, ?> tongnan = (Map<?, ?>) counties.stream().filter(c -> "500152".equals(((Map<?, ?>) c).get("code"))).findFirst().orElseThrow();
        assertEquals(100.0, ((Number) tongnan.get("totalFenPercentile")).doubleValue(), "the only county with sales tops the distribution");
        Map<?, ?> html = api.exchange(HttpRequest.GET("/report?region=500152&year=" + year), null, String.class).body() == null ? Map.of() : Map.of("ok", true);
        assertEquals(Map.of("ok", true), html);
    }
}
