package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.BadBodies;
import cn.ruralcommerce.stations.support.ChineseText;
import cn.ruralcommerce.stations.support.BadBodies.Case;
import cn.ruralcommerce.stations.support.BadBodies.Expect;
import cn.ruralcommerce.stations.support.BadBodies.Raw;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.PlainHttp;
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
import io.micronaut.runtime.server.EmbeddedServer;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static cn.ruralcommerce.stations.web.SweepBodies.BATCH_KEY;
import static cn.ruralcommerce.stations.web.SweepBodies.FREE_TEXT;
import static cn.ruralcommerce.stations.web.SweepBodies.NODE;
import static cn.ruralcommerce.stations.web.SweepBodies.OPAQUE;
import static cn.ruralcommerce.stations.web.SweepBodies.PASSWORD;
import static cn.ruralcommerce.stations.web.SweepBodies.RETIRABLE;
import static cn.ruralcommerce.stations.web.SweepBodies.SELF_USER;
import static cn.ruralcommerce.stations.web.SweepBodies.STATION;
import static cn.ruralcommerce.stations.web.SweepBodies.STATUS_TOGGLE;
import static cn.ruralcommerce.stations.web.SweepBodies.TARGET_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The bad-input sweep: every write route of the router is sent malformed JSON, wrong types, unknown fields, an
 * oversize body, bodies without a JSON media type (415) or with one in other letter case, and per field (generated from the request record, see {@link BadBodies}) hostile, overlong and
 * impossible values. Each must be a 4xx problem+json naming the field with no table changed, or, for free text,
 * be stored verbatim; the service stays healthy.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "1MB")
@Property(name = "micronaut.server.multipart.max-file-size", value = "1MB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputSweepIT {
    /** Multipart uploads: swept by {@link BrokenFilesIT}. */
    static final Set<String> UPLOADS = Set.of("POST /api/regions/import", "POST /api/regions/boundaries", "POST /api/stations/import",
            "POST /api/logistics-nodes/import", "POST /api/catalog/categories/import", "POST /api/counties/{code}/archive");

    @Inject
    SampleCounty sample;
    @Inject
    Router router;
    @Inject
    AccountBootstrap accounts;
    @Inject
    DataSource dataSource;
    @Inject
    EmbeddedServer server;

    ApiClient api;
    String admin;
    String self;
    TableCounts tables;
    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    final SweepBodies bodies = new SweepBodies(today);
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
        householdId = id(created(HttpRequest.POST("/api/households", SweepBodies.household("BI-HH-1"))));
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

    @TestFactory
    Stream<DynamicNode> sweep() {
        Map<String, Supplier<Map<String, Object>>> bases = bodies.bases();
        BadBodies generator = new BadBodies(FREE_TEXT, OPAQUE);
        Map<String, List<Object>> domain = bodies.domainCases();
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
                cases.addAll(BadBodies.mediaTypes(base.get()));
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

    /** Domain cases for the route's record components, found by "Record.component" in {@link SweepBodies#domainCases()}. */
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
        String token = route.path().equals("/login") ? null : route.path().equals("/api/me/password") ? self : admin;
        if (c.contentType() != null) {
            checkMediaType(route, c, request, token, before);
            return;
        }
        long started = System.nanoTime();
        HttpResponse<String> response = api.raw(request, token);
        long millis = (System.nanoTime() - started) / 1_000_000;
        int status = response.getStatus().getCode();
        String body = response.getBody(String.class).orElse("");
        String what = route.key() + " " + c.name() + " → " + status + " " + abbreviate(body);
        assertTrue(status < 500, "server error: " + what);
        if (c.name().contains(BadBodies.EXTREME)) {
            assertTrue(millis < 5_000, "an extreme number took " + millis + " ms: " + what);
        }
        if (c.name().equals("oversize body")) {
            assertEquals(413, status, what);
        }
        if (status >= 400) {
            assertEquals(Problem.MEDIA_TYPE, response.getContentType().map(MediaType::toString).orElse(""), "not problem+json: " + what);
            ChineseText.assertProblemIsChinese(body, what);
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

    /** Sent as written through the JDK client (no Content-Type added): 415 unless declared JSON, then the strict check. */
    void checkMediaType(Route route, Case c, MutableHttpRequest<Object> request, String token, Map<String, Long> before) {
        String key = request.getHeaders().get("Idempotency-Key");
        String body = request.getBody(String.class).orElse("");
        PlainHttp.Answer answer = key == null
                ? PlainHttp.send(server.getURL(), route.method(), request.getUri().toString(), body, c.contentType().isEmpty() ? null : c.contentType(), token)
                : PlainHttp.send(server.getURL(), route.method(), request.getUri().toString(), body, c.contentType().isEmpty() ? null : c.contentType(), token,
                "Idempotency-Key", key);
        String what = route.key() + " " + c.name() + " → " + answer.status() + " " + abbreviate(answer.body());
        if (c.expect() == Expect.UNSUPPORTED) {
            assertEquals(415, answer.status(), what);
        } else {
            assertTrue(answer.status() >= 400 && answer.status() < 500, what);
        }
        assertEquals(Problem.MEDIA_TYPE, answer.contentType(), "not problem+json: " + what);
        ChineseText.assertProblemIsChinese(answer.body(), what);
        if (answer.status() == 400 && c.field() != null) {
            assertTrue(answer.body().contains(c.field()), "the 400 does not name the field " + c.field() + ": " + what);
        }
        assertEquals(before, tables.snapshot(), "a rejected request changed tables: " + what);
    }

    MutableHttpRequest<Object> request(Route route, Case c, Supplier<Map<String, Object>> base) {
        String uri = route.path();
        if (c.json() == null && c.field().startsWith("{")) {
            String variable = c.field().substring(0, c.field().indexOf('}') + 1);
            uri = uri.replace(variable, URLEncoder.encode(c.field().substring(variable.length() + 1), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        long sale = uri.contains("/api/sales/{id}") ? id(created(HttpRequest.POST("/api/sales", bodies.sale()))) : 0;
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
