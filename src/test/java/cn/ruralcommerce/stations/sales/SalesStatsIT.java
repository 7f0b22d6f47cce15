package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.FakeStationGate;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static cn.ruralcommerce.stations.support.SalesFixture.V_LONGTAN;
import static cn.ruralcommerce.stations.support.SalesFixture.V_OTHER;
import static cn.ruralcommerce.stations.support.SalesFixture.V_POOR;
import static cn.ruralcommerce.stations.support.SalesFixture.sale;
import static cn.ruralcommerce.stations.support.SalesFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statistics over HTTP: reversals net out, SMALL rolls up to LARGE, poverty derivation, masking, and a recomputation from raw entries. */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "test.fake-station-gate", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesStatsIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RegionImportService regions;
    @Inject
    AccountBootstrap accounts;
    @Inject
    FakeStationGate stations;
    @Inject
    io.micronaut.transaction.TransactionOperations<Connection> tx;

    ApiClient api;
    String admin;
    String tn;
    long poorHousehold;
    long otherHousehold;

    @BeforeAll
    void setUp() {
        SalesFixture.install(regions, accounts, stations);
        api = new ApiClient(client.toBlocking());
        admin = api.token("admin", "TestAdmin2026");
        tn = api.token("tnbureau", "Bureau12345x");
        poorHousehold = household("H-001", "S1", V_POOR, "张三丰", true);
        otherHousehold = household("H-002", "S1", V_OTHER, "李四", false);
        Map<String, Object> cert = Map.of("certificateNo", "TN-FP-1", "supplier", "中渡村合作社", "productName", "中渡蜂蜜",
                "categoryCode", "C050101", "countyCode", "500152", "validFrom", "2020-01-01", "validTo", "2020-12-31");
        assertEquals(HttpStatus.CREATED, api.exchange(HttpRequest.POST("/api/catalog/certificates", cert), tn, Map.class).getStatus());
    }

    long household(String ref, String station, String village, String name, boolean poor) {
        Map<String, Object> body = Map.of("referenceNo", ref, "stationCode", station, "villageCode", village, "headName", name,
                "size", 4, "registeredPoor", poor, "linkedSince", "2018-01-01");
        HttpResponse<Map> r = api.exchange(HttpRequest.POST("/api/households", body), admin, Map.class);
        assertEquals(HttpStatus.CREATED, r.getStatus(), String.valueOf(r.body()));
        return ((Number) r.body().get("id")).longValue();
    }

    Map<String, Object> post(Map<String, Object> body) {
        HttpResponse<Map> r = api.exchange(HttpRequest.POST("/api/sales", body).header("Idempotency-Key", UUID.randomUUID().toString()), admin, Map.class);
        assertEquals(HttpStatus.CREATED, r.getStatus(), String.valueOf(r.body()));
        assertEquals(r.body(), api.exchange(HttpRequest.GET("/api/sales/" + r.body().get("id")), admin, Map.class).body(),
                "the 201 answers what was stored: poverty basis, certificate, household shares and all");
        return r.body();
    }

    List<Object[]> rows(String sql, int columns) {
        return tx.executeRead(status -> {
            List<Object[]> out = new java.util.ArrayList<>();
            try (ResultSet rs = status.getConnection().createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    Map<String, Object> stats(String query, String token) {
        return api.exchange(HttpRequest.GET("/api/stats/sales?" + query), token, Map.class).body();
    }

    @Test
    void povertyIsDerivedFromCertificatesHouseholdsOrReason() {
        assertEquals("CERTIFIED", post(with(sale("S1", "2020-06-01"), "categoryCode", "C050101", "productName", "中渡蜂蜜")).get("povertyBasis"));
        assertEquals("NONE", post(with(sale("S1", "2021-06-01"), "categoryCode", "C050101", "productName", "中渡蜂蜜")).get("povertyBasis"));
        assertEquals("NONE", post(with(sale("S9", "2020-06-01"), "categoryCode", "C050101", "productName", "中渡蜂蜜")).get("povertyBasis"));
        assertEquals("HOUSEHOLDS", post(with(sale("S1", "2020-06-02"), "households", SalesFixture.shares(poorHousehold, 50))).get("povertyBasis"));
        assertEquals("NONE", post(with(sale("S1", "2020-06-02"), "households", SalesFixture.shares(otherHousehold, 50))).get("povertyBasis"));
        Map<String, Object> manual = post(with(sale("S1", "2020-06-03"), "povertyReason", "县扶贫办认定的消费扶贫专柜"));
        assertEquals("MANUAL", manual.get("povertyBasis"));
        assertEquals(true, manual.get("poverty"));
    }

    @Test
    void householdNamesAreMaskedExceptForAdminAndTheCountyBureau() {
        String path = "/api/households/" + poorHousehold;
        assertEquals("张三丰", api.exchange(HttpRequest.GET(path), admin, Map.class).body().get("headName"));
        assertEquals("张三丰", api.exchange(HttpRequest.GET(path), tn, Map.class).body().get("headName"));
        assertEquals("张**", api.exchange(HttpRequest.GET(path), api.token("op1", "Operator12345"), Map.class).body().get("headName"));
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.GET(path), api.token("rcbureau", "Bureau12345x"), Map.class).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.GET(path), api.token("op2", "Operator12345"), Map.class).getStatus());
    }

    @Test
    void reversalsNetOutAndSmallRollsUpToLarge() {
        post(with(sale("S2", "2022-02-01"), "categoryCode", "C010101", "amountFen", 1000));
        post(with(sale("S2", "2022-02-02"), "categoryCode", "C010201", "amountFen", 2000));
        Map<String, Object> wrong = post(with(sale("S2", "2022-03-01"), "categoryCode", "C020101", "productName", "涪陵榨菜", "amountFen", 5000));
        api.exchange(HttpRequest.POST("/api/sales/" + wrong.get("id") + "/reversal", Map.of("reason", "重复录入")), admin, Map.class);
        post(with(sale("S2", "2022-03-01"), "categoryCode", "C020101", "productName", "涪陵榨菜", "amountFen", 500, "direction", "DOWN"));
        Map<String, Object> large = stats("region=" + V_LONGTAN + "&from=2022-01-01&to=2022-12-31&groupBy=large-category", admin);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) large.get("rows");
        assertEquals(List.of("C01", "C02"), rows.stream().map(r -> r.get("key")).toList());
        assertEquals(3000, rows.get(0).get("amountFen"));
        assertEquals("柑橘", rows.get(0).get("name"));
        assertEquals(2, rows.get(0).get("entries"));
        assertEquals(500, rows.get(1).get("amountFen"));
        assertEquals(1, rows.get(1).get("entries"));
        assertEquals(3500, ((Map<?, ?>) large.get("totals")).get("amountFen"));
        Map<String, Object> months = stats("region=" + V_LONGTAN + "&from=2022-01-01&to=2022-12-31&groupBy=month", admin);
        assertEquals(List.of("2022-02", "2022-03"), ((List<Map<String, Object>>) months.get("rows")).stream().map(r -> r.get("key")).toList());
        Map<?, ?> balance = api.exchange(HttpRequest.GET("/api/stats/sales/balance?region=" + V_LONGTAN + "&from=2022-01-01&to=2022-12-31"), admin, Map.class).body();
        assertEquals(3000, balance.get("upFen"));
        assertEquals(500, balance.get("downFen"));
        assertEquals(0.17, ((Number) balance.get("inOutRatio")).doubleValue(), "online 下行 : 上行 = 500 : 3000");
    }

    /** Issue 12 point 1: up 100, down 140 online → 进出比 1.40 : 1, goal met, narrowed from 2.00; offline apart. */
    @Test
    void inOutRatioIsOnlineDownOverUpAndNarrowsOnThePreviousYear() {
        post(with(sale("S2", "2017-01-05"), "amountFen", 6000, "channel", "PLATFORM"));
        post(with(sale("S2", "2017-01-06"), "amountFen", 4000, "channel", "livestream"));
        post(with(sale("S2", "2017-01-07"), "amountFen", 14000, "direction", "DOWN", "channel", "SOCIAL"));
        post(with(sale("S2", "2017-01-08"), "amountFen", 50000, "channel", "OFFLINE"));
        post(with(sale("S2", "2017-01-09"), "amountFen", 700, "direction", "DOWN", "channel", "OFFLINE"));
        post(with(sale("S2", "2016-01-05"), "amountFen", 10000));
        post(with(sale("S2", "2016-01-06"), "amountFen", 20000, "direction", "DOWN"));
        Map<?, ?> balance = api.exchange(HttpRequest.GET("/api/stats/sales/balance?region=" + V_LONGTAN + "&from=2017-01-01&to=2017-01-31"),
                admin, Map.class).body();
        assertEquals(10000, balance.get("onlineUpFen"));
        assertEquals(14000, balance.get("onlineDownFen"));
        assertEquals(1.40, ((Number) balance.get("inOutRatio")).doubleValue());
        assertEquals(true, balance.get("meetsGoal"));
        assertEquals(2.00, ((Number) balance.get("previousInOutRatio")).doubleValue());
        assertEquals("NARROWING", balance.get("trend"));
        assertEquals(50000, balance.get("offlineUpFen"));
        assertEquals(700, balance.get("offlineDownFen"));
        assertEquals(60000, balance.get("upFen"));
        Map<String, Object> byChannel = stats("region=" + V_LONGTAN + "&from=2017-01-01&to=2017-01-31&groupBy=channel", admin);
        Map<Object, Object> amounts = new HashMap<>();
        ((List<Map<String, Object>>) byChannel.get("rows")).forEach(r -> amounts.put(r.get("key"), r.get("amountFen")));
        assertEquals(Map.of("PLATFORM", 6000, "LIVESTREAM", 4000, "SOCIAL", 14000, "OFFLINE", 50700), amounts);
        Map<String, Object> online = stats("region=" + V_LONGTAN + "&from=2017-01-01&to=2017-01-31&groupBy=county&channel=ONLINE", admin);
        assertEquals(24000, ((Map<?, ?>) online.get("totals")).get("amountFen"));
        assertEquals(HttpStatus.BAD_REQUEST, api.exchange(HttpRequest.GET("/api/stats/sales?channel=TAOBAO"), admin, Map.class).getStatus());
    }

    /** Issue 12 point 2: the channel is a closed list; free text is refused naming the field. */
    @Test
    void channelIsAClosedList() {
        HttpResponse<Map> r = api.exchange(HttpRequest.POST("/api/sales", with(sale("S2", "2017-02-01"), "channel", "PINDUODUO"))
                .header("Idempotency-Key", UUID.randomUUID().toString()), admin, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, r.getStatus());
        assertTrue(String.valueOf(r.body()).contains("channel"), String.valueOf(r.body()));
        assertEquals("ORDER_FARMING", post(with(sale("S2", "2017-02-01"), "channel", " order_farming ")).get("channel"));
    }

    /** Issue 12 point 3: a 下行 purchase with a linked 脱贫户 is not a poverty-alleviation sale and benefits no household. */
    @Test
    void aDownwardSaleWithAPoorHouseholdIsNotPovertyAlleviation() {
        Map<String, Object> down = post(with(sale("S1", "2019-03-01"), "direction", "DOWN", "categoryCode", "C060101", "productName", "魔芋豆腐",
                "households", SalesFixture.shares(poorHousehold, 100)));
        assertEquals(false, down.get("poverty"));
        assertEquals("NONE", down.get("povertyBasis"));
        Map<String, Object> poverty = stats("region=" + V_POOR + "&from=2019-03-01&to=2019-03-31&groupBy=village&povertyOnly=true", admin);
        assertEquals(0, ((Map<?, ?>) poverty.get("totals")).get("amountFen"));
        assertEquals(0, ((Map<?, ?>) poverty.get("totals")).get("households"));
        post(with(sale("S1", "2019-03-02"), "households", SalesFixture.shares(poorHousehold, 100)));
        poverty = stats("region=" + V_POOR + "&from=2019-03-01&to=2019-03-31&groupBy=village&povertyOnly=true", admin);
        assertEquals(10000, ((Map<?, ?>) poverty.get("totals")).get("amountFen"));
        assertEquals(1, ((Map<?, ?>) poverty.get("totals")).get("households"));
    }

    /** Issue 12 point 9: quantities are summed per unit, never 20.5 kg + 3 瓶 = 23.5. */
    @Test
    void quantitiesAreSummedPerUnit() {
        post(with(sale("S2", "2017-04-01"), "quantity", 20.5, "unit", "kg"));
        post(with(sale("S2", "2017-04-01"), "quantity", 3, "unit", "瓶"));
        post(with(sale("S2", "2017-04-02"), "quantity", 1.5, "unit", "kg"));
        Map<String, Object> view = stats("region=" + V_LONGTAN + "&from=2017-04-01&to=2017-04-30&groupBy=category", admin);
        Map<?, ?> totals = (Map<?, ?>) view.get("totals");
        assertEquals(null, totals.get("quantity"), "no mixed total");
        assertEquals(List.of(Map.of("unit", "kg", "quantity", 22), Map.of("unit", "瓶", "quantity", 3)), totals.get("quantities"));
    }

    @Test
    void statsScope() {
        assertEquals(HttpStatus.FORBIDDEN, api.exchange(HttpRequest.GET("/api/stats/sales?region=500153"), tn, Map.class).getStatus());
        assertEquals(HttpStatus.OK, api.exchange(HttpRequest.GET("/api/stats/sales?region=500152"), tn, Map.class).getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, api.exchange(HttpRequest.GET("/api/stats/sales?groupBy=week"), tn, Map.class).getStatus());
        post(with(sale("S2", "2023-01-05"), "amountFen", 777));
        post(with(sale("S1", "2023-01-05"), "amountFen", 111));
        Map<String, Object> own = stats("from=2023-01-01&to=2023-12-31&groupBy=village", api.token("op2", "Operator12345"));
        assertEquals(777, ((Map<?, ?>) own.get("totals")).get("amountFen"));
        Map<String, Object> all = stats("from=2023-01-01&to=2023-12-31&groupBy=county", api.token("planner", "Planner12345"));
        assertEquals(888, ((Map<?, ?>) all.get("totals")).get("amountFen"));
    }

    @Test
    void perVillagePovertyTotalsMatchARecomputationFromRawEntries() {
        Random random = new Random(42);
        String[] stationCodes = {"S1", "S2"};
        String[] villages = {V_POOR, V_OTHER, V_LONGTAN};
        for (int i = 0; i < 60; i++) {
            String station = stationCodes[random.nextInt(2)];
            Map<String, Object> body = with(sale(station, "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)),
                    "amountFen", 100 + random.nextInt(100_000), "quantity", 1 + random.nextInt(50));
            if (station.equals("S1") && random.nextBoolean()) {
                body = with(body, "households", SalesFixture.shares(random.nextBoolean() ? poorHousehold : otherHousehold, 30));
            }
            if (random.nextInt(4) == 0) {
                body = with(body, "povertyReason", "消费扶贫");
            }
            if (station.equals("S1") && random.nextBoolean()) {
                body = with(body, "originVillageCode", villages[random.nextInt(2)]);
            }
            Map<String, Object> created = post(body);
            if (random.nextInt(6) == 0) {
                api.exchange(HttpRequest.POST("/api/sales/" + created.get("id") + "/reversal", Map.of("reason", "更正")), admin, Map.class);
            }
        }
        Map<String, Long> expected = new HashMap<>();
        Map<String, Set<Long>> expectedHouseholds = new HashMap<>();
        for (Object[] r : rows("SELECT e.village_code, e.amount_fen FROM sale_entry e WHERE e.poverty = TRUE"
                + " AND e.county_code = '500152' AND e.date_sold BETWEEN '2024-01-01' AND '2024-12-31'", 2)) {
            expected.merge((String) r[0], ((Number) r[1]).longValue(), Long::sum);
        }
        Map<String, Integer> net = new HashMap<>();
        for (Object[] r : rows("SELECT e.village_code, h.household_id, e.reverses_id FROM sale_entry e JOIN sale_household h ON h.sale_id = e.id"
                + " WHERE e.poverty = TRUE AND e.county_code = '500152' AND e.date_sold BETWEEN '2024-01-01' AND '2024-12-31'", 3)) {
            net.merge(r[0] + "|" + r[1], r[2] == null ? 1 : -1, Integer::sum);
        }
        net.forEach((k, n) -> {
            if (n > 0) {
                expectedHouseholds.computeIfAbsent(k.split("\\|")[0], v -> new HashSet<>()).add(Long.parseLong(k.split("\\|")[1]));
            }
        });
        List<Map<String, Object>> report = api.exchange(HttpRequest.GET(
                "/api/stats/sales/poverty-villages?region=500152&from=2024-01-01&to=2024-12-31"), tn, List.class).body();
        Map<String, Long> actual = new HashMap<>();
        for (Map<String, Object> row : report) {
            long amount = ((Number) row.get("amountFen")).longValue();
            if (amount != 0 || expected.containsKey(row.get("villageCode"))) {
                actual.put((String) row.get("villageCode"), amount);
            }
            assertEquals(expectedHouseholds.getOrDefault(row.get("villageCode"), Set.of()).size(), ((Number) row.get("households")).intValue());
        }
        assertEquals(expected, actual);
        assertEquals(V_POOR, report.get(0).get("villageCode"));
        assertEquals(1, report.get(0).get("rank"));
        assertNull(report.get(report.size() - 1).get("rank"));
        assertTrue(expected.size() >= 2);
    }

    @Test
    void aHouseholdLinkedBeforeItsStationOpenedIsRefused() {
        Map<String, Object> body = Map.of("referenceNo", "H-EARLY", "stationCode", "S1", "villageCode", V_POOR, "headName", "赵六",
                "size", 2, "registeredPoor", true, "linkedSince", "2014-12-31");
        HttpResponse<Map> r = api.exchange(HttpRequest.POST("/api/households", body), admin, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, r.getStatus(), String.valueOf(r.body()));
        assertTrue(String.valueOf(r.body()).contains("linkedSince") && String.valueOf(r.body()).contains("开业"), String.valueOf(r.body()));
        Map<String, Object> onOpening = new HashMap<>(body);
        onOpening.put("linkedSince", "2015-01-01");
        assertEquals(HttpStatus.CREATED, api.exchange(HttpRequest.POST("/api/households", onOpening), admin, Map.class).getStatus());
    }

    @Test
    void aProductNameOfAnotherCategoryIsRefusedNamingProductName() {
        Map<String, Object> soap = with(sale("S1", "2020-03-02"), "categoryCode", "C030101", "productName", "洗衣粉");
        HttpResponse<Map> r = api.exchange(HttpRequest.POST("/api/sales", soap).header("Idempotency-Key", UUID.randomUUID().toString()), admin, Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, r.getStatus(), String.valueOf(r.body()));
        String problem = String.valueOf(r.body());
        assertTrue(problem.contains("productName") && problem.contains("洗衣粉") && problem.contains("日用消费品") && problem.contains("牛油火锅底料"), problem);
        Map<?, ?> check = api.exchange(HttpRequest.GET("/api/sales/name-check?categoryCode=C030101&productName="
                + java.net.URLEncoder.encode("洗衣粉", java.nio.charset.StandardCharsets.UTF_8)), admin, Map.class).body();
        assertEquals("MISMATCH", check.get("verdict"));
        Map<?, ?> warn = api.exchange(HttpRequest.GET("/api/sales/name-check?categoryCode=C030101&productName="
                + java.net.URLEncoder.encode("山城特产礼盒", java.nio.charset.StandardCharsets.UTF_8)), admin, Map.class).body();
        assertEquals("WARN", warn.get("verdict"));
        assertTrue(String.valueOf(warn.get("message")).contains("关键词"), String.valueOf(warn));
        post(with(sale("S1", "2020-03-02"), "categoryCode", "C030101", "productName", "重庆老火锅底料"));
        post(with(sale("S1", "2020-03-02"), "categoryCode", "C030101", "productName", "山城特产礼盒"));
    }

    @Test
    void monthsCoveredOnlyInPartAreMarkedPartial() {
        assertEquals(List.of("2020-12"), api.exchange(HttpRequest.GET("/api/stats/sales?region=500152&groupBy=month&from=2020-11-01&to=2020-12-15"),
                admin, Map.class).body().get("partialMonths"));
        assertEquals(List.of("2020-11", "2020-12"), api.exchange(HttpRequest.GET("/api/stats/sales?region=500152&groupBy=month&from=2020-11-03&to=2020-12-15"),
                admin, Map.class).body().get("partialMonths"));
        assertEquals(List.of(), api.exchange(HttpRequest.GET("/api/stats/sales?region=500152&groupBy=month&from=2020-01-01&to=2020-12-31"),
                admin, Map.class).body().get("partialMonths"));
    }
}
