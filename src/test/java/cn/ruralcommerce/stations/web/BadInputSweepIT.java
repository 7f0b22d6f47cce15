package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.BadBodies;
import cn.ruralcommerce.stations.support.BadBodies.Case;
import cn.ruralcommerce.stations.support.BadBodies.Expect;
import cn.ruralcommerce.stations.support.BadBodies.Raw;
import cn.ruralcommerce.stations.support.HostileText;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.SalesFixture;
import cn.ruralcommerce.stations.support.SampleCounty;
import cn.ruralcommerce.stations.support.TableCounts;
import cn.ruralcommerce.stations.support.WriteRoutes;
import cn.ruralcommerce.stations.support.WriteRoutes.Route;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The bad-input sweep: every write route of the router is sent malformed JSON, wrong types, unknown fields, an
 * oversize body, and per field (generated from the request record, see {@link BadBodies}) hostile, overlong and
 * impossible values. Each must be a 4xx problem+json naming the field with no table changed, or, for free text,
 * be stored verbatim; the service stays healthy.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "1MB")
@Property(name = "micronaut.server.multipart.max-file-size", value = "1MB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputSweepIT {
    static final String STATION = "BI-1";
    static final String NODE = "BIN1";
    static final String RETIRABLE = "500152113299";
    static final String TARGET_USER = "bi-target";
    static final String PASSWORD = "Sweep12345xy";
    /** Replaced by a fresh key in each batch request, so one case's entry never replays another's. */
    static final String BATCH_KEY = "batch-key-placeholder";
    /** Replaced by the status the station can change to (ACTIVE ⇄ SUSPENDED), so the base change is valid. */
    static final String STATUS_TOGGLE = "status-toggle-placeholder";
    /** The caller of POST /api/me/password, its password reset after every accepted change. */
    static final String SELF_USER = "bi-self";

    /** Fields where any text is legitimate: injection text there must come back verbatim. */
    static final Set<String> FREE_TEXT = Set.of("StationRequest.name", "StationRequest.address", "StationRequest.openingHours",
            "ContactRequest.openingHours", "OperatorContact.name",
            "StatusChangeRequest.reason", "LogisticsNodeRequest.name", "LogisticsNodeRequest.carriers[]",
            "HouseholdRequest.headName", "SaleRequest.productName", "SaleRequest.unit", "SaleRequest.channel",
            "SaleRequest.povertyReason", "ReversalRequest.reason", "BrandRequest.name", "BrandRequest.owner",
            "CertificateRequest.certificateNo", "CertificateRequest.supplier", "CertificateRequest.productName",
            "CreateUserRequest.displayName");
    /** Passwords, login names and batch idempotency keys: opaque, accepted or refused, never echoed. */
    static final Set<String> OPAQUE = Set.of("SaleRequest.idempotencyKey", "UsernamePasswordCredentials.username", "UsernamePasswordCredentials.password",
            "CreateUserRequest.password", "PasswordRequest.password", "ChangePasswordRequest.currentPassword",
            "ChangePasswordRequest.newPassword");
    /** Multipart uploads: swept by {@link BrokenFilesIT}. */
    static final Set<String> UPLOADS = Set.of("POST /api/regions/import", "POST /api/regions/boundaries", "POST /api/stations/import",
            "POST /api/logistics-nodes/import", "POST /api/catalog/categories/import");

    @Inject
    SampleCounty sample;
    @Inject
    Router router;
    @Inject
    AccountBootstrap accounts;
    @Inject
    DataSource dataSource;

    ApiClient api;
    String admin;
    String self;
    TableCounts tables;
    final AtomicInteger serial = new AtomicInteger();
    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    long householdId;
    long brandId;

    @BeforeAll
    void setUp() {
        api = sample.api();
        sample.village(RETIRABLE, "待撤销村", 105.7, 30.0);
        admin = api.token("admin", SampleCounty.ADMIN_PASSWORD);
        created(HttpRequest.POST("/api/stations", NetworkFixture.villageStation(STATION)));
        created(HttpRequest.POST("/api/logistics-nodes", Map.of("code", NODE, "tier", "COUNTY_HUB",
                "regionCode", NetworkFixture.COUNTY, "lon", 105.84, "lat", 30.19)));
        householdId = id(created(HttpRequest.POST("/api/households", household("BI-HH-1"))));
        brandId = id(created(HttpRequest.POST("/api/catalog/brands", Map.of("name", "潼南柠檬-sweep"))));
        if (!accounts.exists(TARGET_USER)) {
            accounts.create(TARGET_USER, PASSWORD, Role.OPERATOR, STATION, "sweep target");
            accounts.create(SELF_USER, PASSWORD, Role.OPERATOR, STATION, "changes its own password");
        }
        self = api.token(SELF_USER, PASSWORD);
        tables = new TableCounts(dataSource);
    }

    Map<?, ?> created(MutableHttpRequest<?> request) {
        if (request.getPath().equals("/api/sales")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return SampleCounty.created(api.exchange(request, admin, Map.class));
    }

    static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }

    /** A valid body for each JSON write route; every case breaks one thing in it. */
    Map<String, Supplier<Map<String, Object>>> bases() {
        Map<String, Supplier<Map<String, Object>>> bases = new HashMap<>();
        bases.put("POST /login", () -> Map.of("username", "nobody-here", "password", "wrong-password-1"));
        bases.put("POST /api/regions/{code}/retire", () -> Map.of("retiredOn", today.plusDays(30).toString()));
        bases.put("POST /api/stations", () -> NetworkFixture.villageStation("BI-N" + serial.incrementAndGet()));
        bases.put("PUT /api/stations/{code}", () -> BadBodies.with(NetworkFixture.villageStation(STATION), "status", null));
        bases.put("PUT /api/stations/{code}/contact", () -> Map.of("openingHours", "08:00-20:00",
                "operator", Map.of("name", "张三", "phone", "13800138000"), "services", List.of("PARCELS")));
        bases.put("POST /api/stations/{code}/status", () -> Map.of("status", STATUS_TOGGLE, "reason", "sweep"));
        bases.put("POST /api/logistics-nodes", () -> Map.of("code", "BIT" + serial.incrementAndGet(), "name", "柏梓中转",
                "tier", "TOWNSHIP_TRANSFER", "regionCode", NetworkFixture.TOWNSHIP, "lon", 105.731, "lat", 30.051,
                "parentCode", NODE, "carriers", List.of("邮政")));
        bases.put("PUT /api/logistics-nodes/{code}", () -> Map.of("name", "潼南县级中心", "tier", "COUNTY_HUB",
                "regionCode", NetworkFixture.COUNTY, "lon", 105.84, "lat", 30.19, "carriers", List.of("邮政")));
        bases.put("POST /api/coverage/what-if", () -> Map.of("region", NetworkFixture.COUNTY, "radiusKm", 3.0,
                "add", List.of(Map.of("lon", 105.7, "lat", 30.1)), "close", List.of(STATION)));
        bases.put("POST /api/reports/annual/jobs", () -> Map.of("region", NetworkFixture.COUNTY, "year", today.getYear()));
        bases.put("POST /api/users", () -> Map.of("username", "bi-user-" + serial.incrementAndGet(), "password", PASSWORD,
                "role", "OPERATOR", "scopeCode", STATION, "displayName", "站长"));
        bases.put("PUT /api/users/{username}/scope", () -> Map.of("role", "OPERATOR", "scopeCode", STATION));
        bases.put("POST /api/users/{username}/password", () -> Map.of("password", PASSWORD));
        bases.put("POST /api/me/password", () -> Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD + "z"));
        bases.put("PUT /api/catalog/flagships/{county}", () -> Map.of("categoryCodes", List.of("C01", "C02")));
        bases.put("POST /api/catalog/brands", () -> Map.of("name", "品牌-" + serial.incrementAndGet(), "owner", "潼南区"));
        bases.put("POST /api/catalog/brands/{id}/tags", () -> Map.of("kind", "COUNTY", "code", NetworkFixture.COUNTY));
        bases.put("POST /api/catalog/certificates", () -> Map.of("certificateNo", "BI-CERT-" + serial.incrementAndGet(),
                "supplier", "潼南合作社", "productName", "柠檬", "categoryCode", "C010101", "countyCode", NetworkFixture.COUNTY,
                "validFrom", "2024-01-01", "validTo", "2030-12-31"));
        bases.put("POST /api/sales", this::sale);
        bases.put("POST /api/sales/batch", () -> Map.of("entries", List.of(BadBodies.with(sale(), "idempotencyKey", BATCH_KEY))));
        bases.put("POST /api/sales/{id}/reversal", () -> Map.of("reason", "录入错误"));
        bases.put("POST /api/households", () -> household("BI-HH-N" + serial.incrementAndGet()));
        bases.put("PUT /api/households/{id}", () -> household("BI-HH-1"));
        return bases;
    }

    Map<String, Object> sale() {
        return SalesFixture.sale(STATION, today.minusDays(1).toString());
    }

    static Map<String, Object> household(String referenceNo) {
        return Map.of("referenceNo", referenceNo, "stationCode", STATION, "villageCode", NetworkFixture.VILLAGE,
                "headName", "李四", "size", 3, "registeredPoor", false, "linkedSince", "2024-01-01");
    }

    /** Values beyond what the types say: codes of the wrong shape or level, amounts, dates the domain forbids. */
    Map<String, List<Object>> domainCases() {
        Map<String, List<Object>> cases = new HashMap<>();
        List<Object> divisions = List.of("5001521", "50015211320X", "500152999999", "５００１５２", "-500152");
        for (String field : List.of("StationRequest.regionCode", "LogisticsNodeRequest.regionCode", "HouseholdRequest.villageCode",
                "SaleRequest.originVillageCode", "CertificateRequest.countyCode", "WhatIfRequest.region", "JobRequest.region",
                "RetireRequest.successorCode")) {
            cases.put(field, divisions);
        }
        cases.put("HouseholdRequest.villageCode", List.of("500152113", "500152999999", "50015211320X", "500153000000"));
        cases.put("StationRequest.regionCode", List.of("500152999999", "50015211320X", "500153", "5001521"));
        cases.put("CertificateRequest.countyCode", List.of("500152113201", "999999", "50015X"));
        cases.put("JobRequest.region", List.of("500152113", "999999", "5001521", "x"));
        cases.put("JobRequest.year", List.of(1999, 1, today.getYear() + 1, 99999, -2020, new Raw("2020.5")));
        cases.put("SaleRequest.amountFen", List.of(0, -1, new Raw("100.5"), new Raw("9223372036854775807"),
                new Raw("9223372036854775808"), new Raw("-9223372036854775808"), "100"));
        cases.put("SaleRequest.quantity", List.of(0, -1, new Raw("1e12"), new Raw("0.0001"), new Raw("1e-400")));
        cases.put("SaleRequest.dateSold", List.of(today.plusDays(1).toString(), "1999-12-31", "2000-02-30"));
        cases.put("SaleRequest.direction", List.of("SIDEWAYS", "up down"));
        cases.put("SaleRequest.categoryCode", List.of("C01", "C99", "C0101019"));
        cases.put("SaleRequest.stationCode", List.of("NO-SUCH-STATION", "bi-1 "));
        cases.put("HouseholdShare.sharePercent", List.of(0, 101, -5, new Raw("50.5")));
        cases.put("HouseholdShare.householdId", List.of(0, -1, new Raw("9223372036854775808")));
        cases.put("HouseholdRequest.size", List.of(0, -1, 31, new Raw("2147483648"), new Raw("3.5")));
        cases.put("HouseholdRequest.linkedSince", List.of(today.plusDays(1).toString(), "1999-01-01"));
        cases.put("StationRequest.floorArea", List.of(-1, new Raw("2147483648"), new Raw("10.5")));
        cases.put("StationRequest.openedOn", List.of("1999-12-31", today.plusDays(1).toString()));
        cases.put("StationRequest.tier", List.of("VILLAGE", "VILLAGE-STATION", "HUB"));
        cases.put("StationRequest.status", List.of("OPEN", "DELETED"));
        cases.put("StationRequest.crs", List.of("EPSG:0", "WGS-84X"));
        cases.put("StationRequest.lon", List.of(181, -180.0001, "NaN", "Infinity"));
        cases.put("StationRequest.lat", List.of(90.5, -91, "-Infinity"));
        cases.put("LogisticsNodeRequest.lon", List.of(181, "NaN", 0));
        cases.put("LogisticsNodeRequest.lat", List.of(-91, "Infinity"));
        cases.put("LogisticsNodeRequest.tier", List.of("HUB", "VILLAGE_STATION"));
        cases.put("LogisticsNodeRequest.parentCode", List.of("NO-SUCH-NODE"));
        cases.put("LogisticsNodeRequest.stationCode", List.of("NO-SUCH-STATION"));
        cases.put("NewSite.lon", List.of(181, "NaN", "Infinity"));
        cases.put("NewSite.lat", List.of(-91, "NaN"));
        cases.put("WhatIfRequest.radiusKm", List.of(0, -3, 1e9, "NaN"));
        cases.put("WhatIfRequest.asOf", List.of("2026-02-30", "0001-01-01", "9999-12-31"));
        cases.put("StatusChangeRequest.effectiveOn", List.of(today.plusYears(10).toString(), "1999-12-31"));
        cases.put("StatusChangeRequest.status", List.of("OPEN", "active!"));
        cases.put("RetireRequest.retiredOn", List.of("1999-12-31"));
        cases.put("CertificateRequest.validTo", List.of("2023-12-31"));
        cases.put("CertificateRequest.categoryCode", List.of("C01", "C99"));
        cases.put("TagRequest.kind", List.of("STREET", "county"));
        cases.put("TagRequest.code", List.of("999999", "C99"));
        cases.put("CreateUserRequest.role", List.of("ROOT"));
        cases.put("CreateUserRequest.scopeCode", List.of("NO-SUCH-STATION", "500152999999"));
        cases.put("ScopeRequest.scopeCode", List.of("NO-SUCH-STATION"));
        cases.put("FlagshipRequest.categoryCodes", List.of(List.of("C99", "C98"), List.of("C010101", "C02"), List.of("C01")));
        return cases;
    }

    @TestFactory
    Stream<DynamicNode> sweep() {
        Map<String, Supplier<Map<String, Object>>> bases = bases();
        BadBodies generator = new BadBodies(FREE_TEXT, OPAQUE);
        Map<String, List<Object>> domain = domainCases();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Route route : WriteRoutes.of(router)) {
            if (route.multipart()) {
                nodes.add(DynamicTest.dynamicTest(route.key() + " is an upload swept by BrokenFilesIT",
                        () -> assertTrue(UPLOADS.contains(route.key()), "new upload route without broken-file cases: " + route.key())));
                continue;
            }
            List<Case> cases = new ArrayList<>(pathCases(route));
            if (route.body() != null) {
                Supplier<Map<String, Object>> base = bases.get(route.key());
                if (base == null) {
                    nodes.add(DynamicTest.dynamicTest(route.key(), () -> fail("new JSON write route without a base body in the sweep: " + route.key())));
                    continue;
                }
                cases.addAll(BadBodies.malformed(base.get()));
                cases.add(new Case("oversize body", null, BadBodies.json(BadBodies.with(base.get(), "padding",
                        "x".repeat(1_100_000))), Expect.REJECT, null));
                cases.addAll(generator.fields(route.body(), base.get()));
                cases.addAll(domain(route, base.get(), domain));
            }
            List<DynamicTest> tests = cases.stream()
                    .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(route, c, bases.get(route.key()))))
                    .toList();
            nodes.add(DynamicContainer.dynamicContainer(route.key() + " (" + tests.size() + " cases)", tests));
        }
        nodes.add(DynamicTest.dynamicTest("service healthy after the sweep", () -> {
            HttpResponse<Map> health = api.exchange(HttpRequest.GET("/health"), null, Map.class);
            assertEquals(200, health.getStatus().getCode(), String.valueOf(health.body()));
            assertEquals("UP", health.body().get("status"));
        }));
        return nodes.stream();
    }

    /** Domain cases for the route's record components, found by "Record.component" in {@link #domainCases()}. */
    static List<Case> domain(Route route, Map<String, Object> base, Map<String, List<Object>> domain) {
        List<Case> cases = new ArrayList<>();
        collect(route.body(), "", base, domain, cases);
        return cases;
    }

    @SuppressWarnings("unchecked")
    static void collect(Class<?> type, String prefix, Map<String, Object> base, Map<String, List<Object>> domain, List<Case> cases) {
        if (!type.isRecord()) {
            return;
        }
        for (var c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            for (Object value : domain.getOrDefault(type.getSimpleName() + "." + c.getName(), List.of())) {
                Map<String, Object> body = BadBodies.with(base, path, value instanceof Raw ? "__raw__" : value);
                String json = BadBodies.json(body);
                String shown = value instanceof Raw r ? r.json() : BadBodies.json(value);
                if (value instanceof Raw r) {
                    json = json.replace("\"__raw__\"", r.json());
                }
                cases.add(new Case(path + ": domain value " + shown, path, json, Expect.REJECT, null));
            }
            if (c.getType().isRecord()) {
                collect(c.getType(), path + ".", base, domain, cases);
            } else if (List.class.isAssignableFrom(c.getType()) && base.get(c.getName()) instanceof List<?> list && !list.isEmpty()
                    && list.get(0) instanceof Map<?, ?>) {
                var element = (Class<?>) ((java.lang.reflect.ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                collect(element, path + "[0].", base, domain, cases);
            }
        }
    }

    /** Each path variable replaced by hostile or impossible values. */
    static List<Case> pathCases(Route route) {
        List<Case> cases = new ArrayList<>();
        var variable = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(route.path());
        while (variable.find()) {
            String name = variable.group(1);
            for (String value : List.of("' OR 1=1 --", "<script>alert(1)</script>", "abc", "-1", "99999999999999999999",
                    "x".repeat(300), "a\u0000b")) {
                cases.add(new Case("{" + name + "} = " + BadBodies.json(value), "{" + name + "}=" + value, null, Expect.REJECT, null));
            }
        }
        return cases;
    }

    void check(Route route, Case c, Supplier<Map<String, Object>> base) {
        MutableHttpRequest<Object> request = request(route, c, base);
        Map<String, Long> before = tables.snapshot();
        HttpResponse<String> response = api.raw(request, route.path().equals("/login") ? null
                : route.path().equals("/api/me/password") ? self : admin);
        int status = response.getStatus().getCode();
        String body = response.getBody(String.class).orElse("");
        String what = route.key() + " " + c.name() + " → " + status + " " + abbreviate(body);
        assertTrue(status < 500, "server error: " + what);
        if (c.name().equals("oversize body")) {
            assertEquals(413, status, what);
        }
        if (status >= 400) {
            assertEquals(Problem.MEDIA_TYPE, response.getContentType().map(MediaType::toString).orElse(""), "not problem+json: " + what);
            if (status == 400 && c.field() != null) {
                String leaf = c.field().startsWith("{") ? c.field().substring(1, c.field().indexOf('}'))
                        : c.field().replaceAll("\\[0]", "").replaceAll(".*\\.", "");
                assertTrue(body.contains(leaf), "the 400 does not name the field " + leaf + ": " + what);
            }
            assertEquals(before, tables.snapshot(), "a rejected request changed tables: " + what);
            return;
        }
        if (route.key().equals("POST /api/sales/batch")) {
            // a batch answers 200 with a result per entry: a bad entry is INVALID and writes nothing
            if (c.expect() == Expect.REJECT) {
                assertTrue(!body.contains("\"CREATED\"") && !body.contains("\"REPLAYED\""), "batch entry accepted: " + what);
                assertEquals(before, tables.snapshot(), "a rejected batch entry changed tables: " + what);
            }
            return;
        }
        if (route.path().equals("/api/me/password")) {
            api.raw(HttpRequest.POST("/api/users/" + SELF_USER + "/password", Map.of("password", PASSWORD)), admin);
            self = api.token(SELF_USER, PASSWORD);
        }
        switch (c.expect()) {
            case REJECT -> fail("accepted: " + what);
            case REJECT_OR_VERBATIM -> assertTrue(body.contains(BadBodies.json(c.verbatim())) || readBack(route).contains(BadBodies.json(c.verbatim())),
                    "accepted but not stored verbatim: " + what);
            case NO_5XX -> { }
        }
    }

    MutableHttpRequest<Object> request(Route route, Case c, Supplier<Map<String, Object>> base) {
        String uri = route.path();
        if (c.json() == null && c.field().startsWith("{")) {
            String variable = c.field().substring(0, c.field().indexOf('}') + 1);
            uri = uri.replace(variable, URLEncoder.encode(c.field().substring(variable.length() + 1), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        long sale = uri.contains("/api/sales/{id}") ? id(created(HttpRequest.POST("/api/sales", sale()))) : 0;
        uri = uri.replace("{code}", route.path().startsWith("/api/stations") ? STATION
                        : route.path().startsWith("/api/logistics-nodes") ? NODE : RETIRABLE)
                .replace("{username}", TARGET_USER)
                .replace("{county}", NetworkFixture.COUNTY)
                .replace("{id}", String.valueOf(route.path().startsWith("/api/sales") ? sale
                        : route.path().startsWith("/api/catalog/brands") ? brandId : householdId));
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(route.method()), uri);
        String json = c.json() != null ? c.json() : base == null ? null : BadBodies.json(base.get());
        if (json != null && json.contains(STATUS_TOGGLE)) {
            Object status = api.exchange(HttpRequest.GET("/api/stations/" + STATION), admin, Map.class).body().get("status");
            json = json.replace(STATUS_TOGGLE, "ACTIVE".equals(status) ? "SUSPENDED" : "ACTIVE");
        }
        if (json != null) {
            request.body(json.replace(BATCH_KEY, UUID.randomUUID().toString())).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (route.path().equals("/api/sales")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return request;
    }

    /** Where a route's stored text shows when its response does not echo it. */
    String readBack(Route route) {
        String uri = switch (route.key()) {
            case "POST /api/stations/{code}/status" -> "/api/stations/" + STATION + "/history";
            default -> null;
        };
        return uri == null ? "" : api.raw(HttpRequest.GET(uri), admin).body();
    }

    static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
