package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A varied 潼南区 built through the API for archive tests: stations in every status with history, a node
 * chain with carriers and a co-located station, households, a certificate, flagships, and sales in both
 * directions with poverty links and reversals; text with Chinese, commas, quotes, newlines and =1+1.
 */
public final class CountyArchiveFixture {
    public static final String COUNTY = NetworkFixture.COUNTY;
    static final String TRICKY = "中渡村, \"一号\"\n=1+1";

    private CountyArchiveFixture() {
    }

    public static void build(ApiClient api, String admin) {
        station(api, admin, "ARC-ACTIVE", NetworkFixture.VILLAGE, Map.of("address", TRICKY, "openingHours", "=HYPERLINK(\"x\")"));
        station(api, admin, "ARC-PLANNED", NetworkFixture.VILLAGE2, Map.of("status", "PLANNED"));
        station(api, admin, "ARC-SUSP", NetworkFixture.OTHER_VILLAGE, Map.of());
        station(api, admin, "ARC-CLOSED", NetworkFixture.VILLAGE2, Map.of("name", "'@石盘村 'quoted'"));
        station(api, admin, "ARC-TS", NetworkFixture.TOWNSHIP, Map.of("tier", "TOWNSHIP_STATION", "lon", 105.7312345678901));
        ok(api.exchange(HttpRequest.POST("/api/stations/ARC-SUSP/status",
                Map.of("status", "SUSPENDED", "effectiveOn", "2024-06-01", "reason", "停业整顿, \"装修\"")), admin, Map.class));
        ok(api.exchange(HttpRequest.POST("/api/stations/ARC-CLOSED/status",
                Map.of("status", "CLOSED", "effectiveOn", "2024-07-01", "reason", "=1+1\n撤并")), admin, Map.class));
        node(api, admin, Map.of("code", "ARC-HUB", "name", "潼南区物流配送中心", "tier", "COUNTY_HUB", "regionCode", COUNTY,
                "lon", 105.84, "lat", 30.19, "carriers", List.of("中国邮政", "顺丰")));
        node(api, admin, Map.of("code", "ARC-TR", "tier", "TOWNSHIP_TRANSFER", "regionCode", NetworkFixture.TOWNSHIP,
                "lon", 105.73, "lat", 30.05, "parentCode", "ARC-HUB", "carriers", List.of("中通")));
        node(api, admin, Map.of("code", "ARC-VP", "name", TRICKY, "tier", "VILLAGE_POINT", "regionCode", NetworkFixture.VILLAGE,
                "lon", 105.741, "lat", 30.061, "parentCode", "ARC-TR", "stationCode", "ARC-ACTIVE"));
        ok(api.exchange(HttpRequest.PUT("/api/catalog/flagships/" + COUNTY, Map.of("categoryCodes", List.of("C01", "C0201"))),
                admin, List.class));
        ok(api.exchange(HttpRequest.POST("/api/catalog/certificates", Map.of("certificateNo", "TN-2024-001", "supplier",
                "潼南\"柑橘\"合作社", "productName", "脐橙", "categoryCode", "C010101", "countyCode", COUNTY,
                "validFrom", "2024-01-01", "validTo", "2025-12-31")), admin, Map.class));
        long poor = household(api, admin, "ARC-H1", true);
        household(api, admin, "ARC-H2", false);
        sales(api, admin, poor);
    }

    private static void sales(ApiClient api, String admin, long household) {
        Map<String, Object> base = SalesFixture.sale("ARC-ACTIVE", "2024-05-02");
        long first = sale(api, admin, "arc-key-1", SalesFixture.with(base, "households", SalesFixture.shares(household, 60),
                "productName", TRICKY));
        sale(api, admin, "arc-key-2", downSale());
        long third = sale(api, admin, "arc-key-3", SalesFixture.with(base, "dateSold", "2024-05-20", "stationCode", "ARC-SUSP",
                "povertyReason", "=帮扶, \"人工认定\""));
        sale(api, admin, "arc-key-4", SalesFixture.with(base, "stationCode", "ARC-TS", "amountFen", 777));
        ok(api.exchange(HttpRequest.POST("/api/sales/" + first + "/reversal", Map.of("reason", "录错, \"数量\"\n=SUM(A1)")),
                admin, Map.class));
        ok(api.exchange(HttpRequest.POST("/api/sales/" + third + "/reversal", Map.of("reason", "重复")), admin, Map.class));
    }

    /** The body of the sale sent with key arc-key-2: a DOWN sale of 化肥. */
    static Map<String, Object> downSale() {
        return SalesFixture.with(SalesFixture.sale("ARC-ACTIVE", "2024-05-02"), "direction", "DOWN", "productName", "化肥", "categoryCode", "C130101",
                "amountFen", 4321, "quantity", 2.125, "channel", "LIVESTREAM");
    }

    private static void station(ApiClient api, String admin, String code, String region, Map<String, Object> overrides) {
        Map<String, Object> body = NetworkFixture.with(NetworkFixture.villageStation(code), "regionCode", region);
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            body = NetworkFixture.with(body, e.getKey(), e.getValue());
        }
        ok(api.exchange(HttpRequest.POST("/api/stations", body), admin, Map.class));
    }

    private static void node(ApiClient api, String admin, Map<String, Object> body) {
        ok(api.exchange(HttpRequest.POST("/api/logistics-nodes", body), admin, Map.class));
    }

    private static long household(ApiClient api, String admin, String reference, boolean poor) {
        return id(ok(api.exchange(HttpRequest.POST("/api/households", Map.of("referenceNo", reference, "stationCode", "ARC-ACTIVE",
                "villageCode", NetworkFixture.VILLAGE, "headName", "王\"二\", 户主", "size", 4, "registeredPoor", poor,
                "linkedSince", "2023-03-01")), admin, Map.class)));
    }

    private static long sale(ApiClient api, String admin, String key, Map<String, Object> body) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/sales", body).header("Idempotency-Key", key);
        return id(ok(api.exchange(request, admin, Map.class)));
    }

    private static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }

    private static <T> T ok(HttpResponse<T> response) {
        assertTrue(response.getStatus().getCode() < 300, "fixture write failed: " + response.getStatus() + " " + response.body());
        return response.body();
    }
}
