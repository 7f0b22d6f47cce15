package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.region.BoundaryService;
import cn.ruralcommerce.stations.region.RegionImportService;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.RegionFixture;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorisation matrix (issue 8): every route of the router under {@code /api/} plus {@code /login} must
 * have a rule in {@link #RULES}; each route is called by every kind of caller with the targets of
 * 潼南区 (500152, station AZ-1): a BUREAU of 荣昌区 (500153) and the OPERATOR of station AZ-2 are the
 * other-scope callers. Only the authorisation decision is checked: 401 / 403 or neither.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {
    static final String PASSWORD = "Authz12345xy";
    static final String OWN_STATION = "AZ-1";
    static final String OTHER_STATION = "AZ-2";
    static final String COUNTY = NetworkFixture.COUNTY;
    static final String NODE = "AZN1";
    static final String NODE_TO_DELETE = "AZNDEL";
    static final String TARGET_USER = "az-target";

    /** Who calls; the order puts the callers that must be refused first, so deletes happen last. */
    enum Caller {
        ANONYMOUS(null, false), PLANNER(Role.PLANNER, false), OPERATOR_OTHER(Role.OPERATOR, true),
        BUREAU_OTHER(Role.BUREAU, true), OPERATOR_OWN(Role.OPERATOR, false), BUREAU_OWN(Role.BUREAU, false),
        ADMIN(Role.ADMIN, false);

        final Role role;
        final boolean otherScope;

        Caller(Role role, boolean otherScope) {
            this.role = role;
            this.otherScope = otherScope;
        }
    }

    /** How an other-scope caller is refused: a 403, or (imports, batches) a per-row rejection in the body. */
    enum ScopeCheck { STATUS, IMPORT_ROWS, BATCH_ENTRIES }

    /**
     * One route's rule: {@code roles} null for a public route; {@code scoped} the roles limited to their
     * county (BUREAU) or station (OPERATOR) for this route.
     */
    record Rule(String method, String path, Set<Role> roles, Set<Role> scoped, ScopeCheck check) {
        String key() {
            return method + " " + path;
        }

        boolean isPublic() {
            return roles == null;
        }
    }

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> A = EnumSet.of(Role.ADMIN);
    static final Set<Role> AB = EnumSet.of(Role.ADMIN, Role.BUREAU);
    static final Set<Role> ABP = EnumSet.of(Role.ADMIN, Role.BUREAU, Role.PLANNER);
    static final Set<Role> ABO = EnumSet.of(Role.ADMIN, Role.BUREAU, Role.OPERATOR);
    static final Set<Role> NONE = EnumSet.noneOf(Role.class);
    static final Set<Role> B = EnumSet.of(Role.BUREAU);
    static final Set<Role> O = EnumSet.of(Role.OPERATOR);
    static final Set<Role> BO = EnumSet.of(Role.BUREAU, Role.OPERATOR);

    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static void rule(String method, String path, Set<Role> roles, Set<Role> scoped) {
        rule(method, path, roles, scoped, ScopeCheck.STATUS);
    }

    static void rule(String method, String path, Set<Role> roles, Set<Role> scoped, ScopeCheck check) {
        Rule rule = new Rule(method, path, roles, scoped, check);
        if (RULES.put(rule.key(), rule) != null) {
            throw new IllegalStateException("duplicate rule " + rule.key());
        }
    }

    static {
        // public
        rule("POST", "/login", null, NONE);
        rule("GET", "/api/ui/config", null, NONE);
        // divisions: reads for any account, writes ADMIN
        rule("GET", "/api/regions", ALL, NONE);
        rule("GET", "/api/regions/{code}", ALL, NONE);
        rule("GET", "/api/regions/{code}/children", ALL, NONE);
        rule("GET", "/api/regions/{code}/descendants", ALL, NONE);
        rule("GET", "/api/regions/{code}/history", ALL, NONE);
        rule("GET", "/api/regions/{code}/boundary", ALL, NONE);
        rule("GET", "/api/regions/{code}/children/boundaries", ALL, NONE);
        rule("POST", "/api/regions/import", A, NONE);
        rule("POST", "/api/regions/boundaries", A, NONE);
        rule("POST", "/api/regions/{code}/retire", A, NONE);
        // stations: writes ADMIN/BUREAU (county); reads also PLANNER, OPERATOR (own)
        rule("POST", "/api/stations", AB, B);
        rule("GET", "/api/stations", ABP, NONE);
        rule("GET", "/api/stations/counts", ABP, B);
        rule("GET", "/api/stations/{code}", ALL, O);
        rule("PUT", "/api/stations/{code}", AB, B);
        rule("PUT", "/api/stations/{code}/contact", ABO, BO);
        rule("POST", "/api/stations/{code}/status", AB, B);
        rule("GET", "/api/stations/{code}/history", ALL, O);
        rule("POST", "/api/stations/import", AB, B, ScopeCheck.IMPORT_ROWS);
        rule("GET", "/api/stations/export", ABP, NONE);
        // logistics nodes: writes ADMIN/BUREAU (county); reads also PLANNER
        rule("POST", "/api/logistics-nodes", AB, B);
        rule("GET", "/api/logistics-nodes", ABP, NONE);
        rule("GET", "/api/logistics-nodes/{code}", ABP, NONE);
        rule("PUT", "/api/logistics-nodes/{code}", AB, B);
        rule("DELETE", "/api/logistics-nodes/{code}", AB, B);
        rule("POST", "/api/logistics-nodes/import", AB, B, ScopeCheck.IMPORT_ROWS);
        rule("GET", "/api/logistics-nodes/export", ABP, NONE);
        rule("GET", "/api/logistics-nodes/chain-check", ABP, NONE);
        // coverage: ADMIN, PLANNER, BUREAU (own county)
        for (String path : List.of("/api/coverage", "/api/coverage/uncovered.geojson", "/api/coverage/uncovered.csv",
                "/api/coverage/uncovered.xlsx", "/api/coverage/townships.geojson", "/api/coverage/plan", "/api/coverage/priorities")) {
            rule("GET", path, ABP, B);
        }
        rule("POST", "/api/coverage/what-if", ABP, B);
        // audit: ADMIN, BUREAU (filtered to its own county: no other-scope target)
        rule("GET", "/api/audit", AB, NONE);
        // accounts: ADMIN; BUREAU for operators of its county
        rule("GET", "/api/users", AB, NONE);
        rule("GET", "/api/users/{username}", AB, B);
        rule("POST", "/api/users", AB, B);
        rule("POST", "/api/users/{username}/disable", AB, B);
        rule("POST", "/api/users/{username}/enable", AB, B);
        rule("PUT", "/api/users/{username}/scope", AB, B);
        rule("POST", "/api/users/{username}/password", AB, B);
        rule("GET", "/api/me", ALL, NONE);
        rule("POST", "/api/me/password", ALL, NONE);
        // catalog: reads for any account; county designations by ADMIN / the county's BUREAU
        rule("GET", "/api/catalog/categories", ALL, NONE);
        rule("GET", "/api/catalog/categories/{code}", ALL, NONE);
        rule("GET", "/api/catalog/categories/{code}/children", ALL, NONE);
        rule("GET", "/api/catalog/categories/export", ALL, NONE);
        rule("GET", "/api/catalog/progress", ALL, NONE);
        rule("POST", "/api/catalog/categories/import", A, NONE);
        rule("GET", "/api/catalog/flagships", ALL, NONE);
        rule("PUT", "/api/catalog/flagships/{county}", AB, B);
        rule("GET", "/api/catalog/brands", ALL, NONE);
        rule("POST", "/api/catalog/brands", A, NONE);
        rule("POST", "/api/catalog/brands/{id}/tags", AB, B);
        rule("GET", "/api/catalog/certificates", ALL, NONE);
        rule("POST", "/api/catalog/certificates", AB, B);
        // sales statistics: everyone signed in; BUREAU limited to its county, OPERATOR forced to its station
        rule("GET", "/api/stats/sales", ALL, B);
        rule("GET", "/api/stats/sales/poverty-villages", ALL, B);
        rule("GET", "/api/stats/sales/balance", ALL, B);
        // yearly development report: ADMIN, PLANNER anywhere; BUREAU its own county
        rule("GET", "/api/reports/annual", ABP, B);
        rule("GET", "/api/reports/annual.xlsx", ABP, B);
        rule("POST", "/api/reports/annual/jobs", ABP, B);
        rule("GET", "/api/reports/annual/jobs/{id}", ABP, B);
        // sales: ADMIN, BUREAU (county), OPERATOR (own station)
        rule("POST", "/api/sales", ABO, BO);
        rule("POST", "/api/sales/batch", ABO, BO, ScopeCheck.BATCH_ENTRIES);
        rule("GET", "/api/sales/name-check", ABO, NONE);
        rule("GET", "/api/sales/{id}", ABO, BO);
        rule("POST", "/api/sales/{id}/reversal", ABO, BO);
        // households: ADMIN, BUREAU (county), OPERATOR (own station); removal ADMIN/BUREAU
        rule("GET", "/api/households", ABO, BO);
        rule("GET", "/api/households/{id}", ABO, BO);
        rule("POST", "/api/households", ABO, BO);
        rule("PUT", "/api/households/{id}", ABO, BO);
        rule("DELETE", "/api/households/{id}", AB, B);
        // county archive: download ADMIN or the county's BUREAU, restore ADMIN only
        rule("GET", "/api/counties/{code}/archive", AB, B);
        rule("POST", "/api/counties/{code}/archive", A, NONE);
    }

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Router router;
    @Inject
    RegionRepository regions;
    @Inject
    RegionImportService importer;
    @Inject
    BoundaryService boundaries;
    @Inject
    AccountBootstrap accounts;

    ApiClient api;
    final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    final AtomicInteger serial = new AtomicInteger();
    long saleId;
    String reportJobId;
    long householdId;
    long householdToDelete;
    long brandId;
    final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();

    @BeforeAll
    void setUp() {
        NetworkFixture.ensureRegions(regions, importer, boundaries);
        api = new ApiClient(client.toBlocking());
        String admin = api.token("admin", "TestAdmin2026");
        tokens.put(Caller.ADMIN, admin);
        created(api.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation(OWN_STATION)), admin, Map.class));
        created(api.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation(OTHER_STATION)), admin, Map.class));
        account("az-bureau-own", Role.BUREAU, COUNTY);
        account("az-bureau-other", Role.BUREAU, "500153");
        account("az-planner", Role.PLANNER, null);
        account("az-op-own", Role.OPERATOR, OWN_STATION);
        account("az-op-other", Role.OPERATOR, OTHER_STATION);
        account(TARGET_USER, Role.OPERATOR, OWN_STATION);
        tokens.put(Caller.BUREAU_OWN, api.token("az-bureau-own", PASSWORD));
        tokens.put(Caller.BUREAU_OTHER, api.token("az-bureau-other", PASSWORD));
        tokens.put(Caller.PLANNER, api.token("az-planner", PASSWORD));
        tokens.put(Caller.OPERATOR_OWN, api.token("az-op-own", PASSWORD));
        tokens.put(Caller.OPERATOR_OTHER, api.token("az-op-other", PASSWORD));

        created(api.exchange(HttpRequest.POST("/api/logistics-nodes",
                node(NODE, "COUNTY_HUB", COUNTY, 105.84, 30.19, null)), admin, Map.class));
        created(api.exchange(HttpRequest.POST("/api/logistics-nodes",
                node(NODE_TO_DELETE, "TOWNSHIP_TRANSFER", NetworkFixture.OTHER_TOWNSHIP, 105.80, 30.10, NODE)), admin, Map.class));
        saleId = id(created(api.exchange(HttpRequest.POST("/api/sales", sale())
                .header("Idempotency-Key", UUID.randomUUID().toString()), admin, Map.class)));
        householdId = id(created(api.exchange(HttpRequest.POST("/api/households", household("AZ-HH-1")), admin, Map.class)));
        householdToDelete = id(created(api.exchange(HttpRequest.POST("/api/households", household("AZ-HH-DEL")), admin, Map.class)));
        brandId = id(created(api.exchange(HttpRequest.POST("/api/catalog/brands", Map.of("name", "潼南柠檬-authz")), admin, Map.class)));
        reportJobId = (String) api.exchange(HttpRequest.POST("/api/reports/annual/jobs", Map.of("region", COUNTY)), admin, Map.class).body().get("id");
    }

    void account(String username, Role role, String scope) {
        if (!accounts.exists(username)) {
            accounts.create(username, PASSWORD, role, scope, username);
        }
    }

    static Map<?, ?> created(HttpResponse<Map> response) {
        assertTrue(response.getStatus().getCode() < 300, "setup failed: " + response.getStatus() + " " + response.body());
        return response.body();
    }

    static long id(Map<?, ?> body) {
        assertNotNull(body.get("id"), String.valueOf(body));
        return ((Number) body.get("id")).longValue();
    }

    /** Method and URI template of every route the router serves under /api/ plus /login. */
    Set<String> routes() {
        return router.uriRoutes()
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString().replaceAll("\\{[?&#].*?}", ""))
                .filter(k -> k.contains(" /api/") || k.endsWith(" /login"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The rule of a route; Micronaut adds a HEAD route for every GET, which must be decided exactly as
     * the GET (so it is called too, as a HEAD request).
     */
    static Rule ruleFor(String route) {
        if (route.startsWith("HEAD ")) {
            Rule get = RULES.get("GET " + route.substring(5));
            return get == null ? null : new Rule("HEAD", get.path(), get.roles(), get.scoped(), get.check());
        }
        return RULES.get(route);
    }

    @Test
    void everyRouteHasARuleAndEveryRuleARoute() {
        Set<String> routes = routes();
        List<String> problems = new ArrayList<>();
        routes.stream().filter(k -> ruleFor(k) == null)
                .forEach(k -> problems.add("new endpoint without an authorisation rule: " + k));
        RULES.keySet().stream().filter(k -> !routes.contains(k))
                .forEach(k -> problems.add("authorisation rule for a route that no longer exists: " + k));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        Set<String> routes = routes();
        List<DynamicTest> tests = new ArrayList<>();
        for (String route : routes) {
            Rule rule = ruleFor(route);
            if (rule == null) {
                continue; // reported by everyRouteHasARuleAndEveryRuleARoute
            }
            for (Caller caller : Caller.values()) {
                String name = (caller == Caller.ANONYMOUS ? "ANONYMOUS" : caller.name()) + " " + rule.key();
                tests.add(DynamicTest.dynamicTest(name, () -> check(rule, caller)));
            }
        }
        return tests.stream();
    }

    void check(Rule rule, Caller caller) {
        HttpResponse<String> response = api.raw(request(rule), tokens.get(caller));
        int status = response.getStatus().getCode();
        String body = response.getBody(String.class).orElse("");
        String what = caller + " " + rule.key() + " → " + status + " " + abbreviate(body);
        if ((status == 401 || status == 403) && !rule.method().equals("HEAD")) {
            // what the refused user reads is Chinese (a HEAD answer has no body)
            cn.ruralcommerce.stations.support.ChineseText.assertProblemIsChinese(body, what);
        }
        if (rule.isPublic()) {
            assertTrue(status != 401 && status != 403, "public route refused: " + what);
        } else if (caller == Caller.ANONYMOUS) {
            assertEquals(401, status, "anonymous must get 401: " + what);
        } else if (!rule.roles().contains(caller.role)) {
            assertEquals(403, status, "role " + caller.role + " not allowed, expected 403: " + what);
        } else if (caller.otherScope && rule.scoped().contains(caller.role)) {
            switch (rule.check()) {
                case STATUS -> assertEquals(403, status, "other scope, expected 403: " + what);
                case IMPORT_ROWS -> assertTrue(status == 403 || (status < 500 && body.contains("不在您可修改的区县内")
                        && !body.contains("\"created\":1") && !body.contains("\"updated\":1")),
                        "other scope, expected 403 or every row refused: " + what);
                case BATCH_ENTRIES -> assertTrue(status == 403 || (status == 200 && body.contains("FORBIDDEN")),
                        "other scope, expected 403 or the entry FORBIDDEN: " + what);
            }
        } else {
            assertTrue(status != 401 && status != 403, "allowed, expected neither 401 nor 403: " + what);
            if (rule.check() == ScopeCheck.BATCH_ENTRIES) {
                assertTrue(!body.contains("FORBIDDEN"), "allowed, but the entry was refused: " + what);
            }
        }
    }

    static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The request of a rule: the own-scope targets of 潼南区 in the path, a minimal body where one is needed. */
    MutableHttpRequest<?> request(Rule rule) {
        int n = serial.incrementAndGet();
        String path = rule.path();
        String key = "GET " + path;
        if (!RULES.containsKey(rule.key()) && !RULES.containsKey(key)) {
            throw new IllegalStateException("no rule " + rule.key());
        }
        String uri = path
                .replace("{username}", TARGET_USER)
                .replace("{county}", COUNTY)
                .replace("{id}", path.startsWith("/api/reports") ? reportJobId : String.valueOf(path.startsWith("/api/sales") ? saleId
                        : path.startsWith("/api/catalog/brands") ? brandId
                        : rule.method().equals("DELETE") ? householdToDelete : householdId))
                .replace("{code}", path.startsWith("/api/stations") ? OWN_STATION
                        : path.startsWith("/api/logistics-nodes") ? (rule.method().equals("DELETE") ? NODE_TO_DELETE : NODE)
                        : path.startsWith("/api/catalog") ? "C01"
                        : path.endsWith("/retire") ? "500152999999" : COUNTY);
        String lookup = rule.method().equals("HEAD") ? key : rule.key();
        uri += switch (lookup) {
            case "GET /api/regions" -> "?q=" + java.net.URLEncoder.encode("潼南", StandardCharsets.UTF_8);
            case "GET /api/regions/{code}/descendants" -> "?level=VILLAGE";
            case "GET /api/households" -> "?station=" + OWN_STATION;
            case "POST /api/stations/import", "POST /api/logistics-nodes/import", "POST /api/regions/import",
                 "POST /api/catalog/categories/import" -> "?dryRun=true";
            default -> path.startsWith("/api/coverage") && !rule.method().equals("POST")
                    || path.startsWith("/api/stats/") || path.endsWith("/chain-check") || path.equals("/api/stations/counts")
                    || path.startsWith("/api/reports/annual") && !path.contains("/jobs") ? "?region=" + COUNTY : "";
        };
        Object body = switch (rule.key()) {
            case "POST /login" -> Map.of("username", "az-planner", "password", PASSWORD);
            case "POST /api/regions/import" -> multipart(RegionFixture.HEADER + "500153,荣昌区,COUNTY,5001,105.59,29.40,,,\n");
            case "POST /api/counties/{code}/archive" -> multipart("not a zip archive");
            case "POST /api/regions/boundaries" -> multipart("{\"type\":\"FeatureCollection\",\"features\":[]}");
            case "POST /api/regions/{code}/retire" -> Map.of("retiredOn", "2030-01-01");
            case "POST /api/stations" -> NetworkFixture.villageStation("AZ-N" + n);
            case "PUT /api/stations/{code}" -> NetworkFixture.villageStation(OWN_STATION);
            case "PUT /api/stations/{code}/contact" -> Map.of("openingHours", "08:00-20:00");
            case "POST /api/stations/{code}/status" -> Map.of("status", "ACTIVE", "reason", "authorisation matrix");
            case "POST /api/stations/import" -> multipart("code,name,tier,region_code,lon,lat,status,opened_on,closed_on,crs,address,services\n"
                    + "AZ-I" + n + ",导入站,VILLAGE_STATION," + NetworkFixture.VILLAGE + ",105.741,30.061,ACTIVE,2023-01-10,,,,\n");
            case "POST /api/logistics-nodes" -> node("AZT" + n, "TOWNSHIP_TRANSFER", NetworkFixture.TOWNSHIP, 105.731, 30.051, NODE);
            case "PUT /api/logistics-nodes/{code}" -> node(null, "COUNTY_HUB", COUNTY, 105.84, 30.19, null);
            case "POST /api/logistics-nodes/import" -> multipart("code,tier,region_code,lon,lat,parent_code,carriers\n"
                    + "AZI" + n + ",TOWNSHIP_TRANSFER," + NetworkFixture.TOWNSHIP + ",105.731,30.051," + NODE + ",\n");
            case "POST /api/coverage/what-if" -> Map.of("region", COUNTY);
            case "POST /api/reports/annual/jobs" -> Map.of("region", COUNTY);
            case "POST /api/users" -> Map.of("username", "az-new-" + n, "password", PASSWORD, "role", "OPERATOR",
                    "scopeCode", OWN_STATION);
            case "PUT /api/users/{username}/scope" -> Map.of("role", "OPERATOR", "scopeCode", OWN_STATION);
            case "POST /api/users/{username}/password" -> Map.of("password", PASSWORD);
            case "POST /api/me/password" -> Map.of("currentPassword", "not-the-password", "newPassword", PASSWORD + "z");
            case "POST /api/catalog/categories/import" -> multipart("code,name\n");
            case "PUT /api/catalog/flagships/{county}" -> Map.of("categoryCodes", List.of());
            case "POST /api/catalog/brands" -> Map.of("name", "品牌-" + n);
            case "POST /api/catalog/brands/{id}/tags" -> Map.of("kind", "COUNTY", "code", COUNTY);
            case "POST /api/catalog/certificates" -> Map.of("certificateNo", "AZ-CERT-" + n, "supplier", "潼南合作社",
                    "productName", "柠檬", "categoryCode", "C010101", "countyCode", COUNTY,
                    "validFrom", "2024-01-01", "validTo", "2030-12-31");
            case "POST /api/sales" -> sale();
            case "POST /api/sales/batch" -> Map.of("entries", List.of(with(sale(), "idempotencyKey", UUID.randomUUID().toString())));
            case "POST /api/sales/{id}/reversal" -> Map.of("reason", "authorisation matrix");
            case "POST /api/households" -> household("AZ-HH-N" + n);
            case "PUT /api/households/{id}" -> household("AZ-HH-1");
            default -> null;
        };
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(rule.method()), uri);
        if (body instanceof MultipartBody multipart) {
            request.body(multipart).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        } else if (body != null) {
            request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (rule.key().equals("POST /api/sales")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return request;
    }

    static MultipartBody multipart(String content) {
        return MultipartBody.builder().addPart("file", "file.csv", MediaType.APPLICATION_OCTET_STREAM_TYPE,
                content.getBytes(StandardCharsets.UTF_8)).build();
    }

    Map<String, Object> sale() {
        Map<String, Object> body = new HashMap<>();
        body.put("stationCode", OWN_STATION);
        body.put("dateSold", today);
        body.put("categoryCode", "C010101");
        body.put("productName", "潼南脐橙");
        body.put("quantity", 2.5);
        body.put("unit", "kg");
        body.put("amountFen", 1000);
        body.put("direction", "UP");
        body.put("channel", "PLATFORM");
        return body;
    }

    static Map<String, Object> household(String referenceNo) {
        return Map.of("referenceNo", referenceNo, "stationCode", OWN_STATION, "villageCode", NetworkFixture.VILLAGE,
                "headName", "李四", "size", 3, "registeredPoor", false, "linkedSince", "2024-01-01");
    }

    static Map<String, Object> node(String code, String tier, String region, double lon, double lat, String parent) {
        Map<String, Object> body = new HashMap<>();
        if (code != null) {
            body.put("code", code);
        }
        body.put("tier", tier);
        body.put("regionCode", region);
        body.put("lon", lon);
        body.put("lat", lat);
        if (parent != null) {
            body.put("parentCode", parent);
        }
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

}
