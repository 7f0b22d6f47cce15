package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.PlainHttp;
import cn.ruralcommerce.stations.support.SampleCounty;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attacks found in issue 13 on the JSON edge: extreme exponents, media types in other cases or missing, lone
 * surrogates, framework messages in 400 details, a latitude blamed on the longitude, the documented 20 MB cap.
 */
@MicronautTest(transactional = false)
class HostileInputIT {
    private static final String STATION = "HI-1";

    @Inject
    SampleCounty sample;
    @Inject
    EmbeddedServer server;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = sample.api();
        admin = api.token("admin", SampleCounty.ADMIN_PASSWORD);
        if (api.raw(HttpRequest.GET("/api/stations/" + STATION), admin).getStatus().getCode() == 404) {
            SampleCounty.created(api.exchange(HttpRequest.POST("/api/stations", NetworkFixture.villageStation(STATION)), admin, Map.class));
        }
    }

    private String saleJson(String field, String rawValue) {
        Map<String, Object> sale = SalesFixture.with(SalesFixture.sale(STATION, LocalDate.now().minusDays(2).toString()), field, "__raw__");
        return cn.ruralcommerce.stations.support.BadBodies.json(sale).replace("\"__raw__\"", rawValue);
    }

    /** Sent as written: the framework's client would add application/json where none is given. */
    private PlainHttp.Answer postSale(String json, String contentType) {
        return PlainHttp.send(server.getURL(), "POST", "/api/sales", json, contentType, admin,
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void extremeExponentsAreAFast400() {
        for (String value : List.of("1e-999999999", "1e999999999", "1E+999999999", "-1e-999999999", "0." + "0".repeat(5000) + "1",
                "1" + "0".repeat(5000), "1" + "0".repeat(2000) + ".5")) {
            long start = System.nanoTime();
            PlainHttp.Answer response = postSale(saleJson("quantity", value), "application/json");
            long millis = (System.nanoTime() - start) / 1_000_000;
            String shown = value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
            assertEquals(400, response.status(), shown + ": " + response.body());
            assertTrue(response.body().contains("\"quantity\""), shown + " names the field: " + response.body());
            assertTrue(millis < 2_000, shown + " answered in " + millis + " ms");
        }
        PlainHttp.Answer amount = postSale(saleJson("amountFen", "1" + "0".repeat(5000)), "application/json");
        assertEquals(400, amount.status(), amount.body());
        assertTrue(amount.body().contains("\"amountFen\""), amount.body());
    }

    @Test
    void mediaTypesAreMatchedWithoutCaseAndJsonIsRequired() {
        PlainHttp.Answer upper = postSale(saleJson("amountFen", "1.9"), "APPLICATION/JSON");
        assertEquals(400, upper.status(), "1.9 fen under APPLICATION/JSON: " + upper.body());
        PlainHttp.Answer mixed = postSale(saleJson("amountFen", "1200") + "garbage", "application/Json; charset=UTF-8");
        assertEquals(400, mixed.status(), "trailing garbage under application/Json: " + mixed.body());
        for (String type : new String[]{null, "text/xml", "application/x-www-form-urlencoded", "text/plain"}) {
            PlainHttp.Answer response = postSale(saleJson("amountFen", "1200"), type);
            assertEquals(415, response.status(), type + ": " + response.body());
            assertEquals(Problem.MEDIA_TYPE, response.contentType(), type + ": not problem+json");
        }
    }

    @Test
    void loneSurrogatesAreRejected() {
        for (String text : new String[]{"\\ud800", "柠檬\\udc00", "\\ud800\\ud800"}) {
            PlainHttp.Answer response = postSale(saleJson("productName", "\"" + text + "\""), "application/json");
            assertEquals(400, response.status(), text + ": " + response.body());
            assertTrue(response.body().contains("productName"), response.body());
        }
        PlainHttp.Answer pair = postSale(saleJson("productName", "\"柠檬\\ud83c\\udf4b\""), "application/json");
        assertEquals(201, pair.status(), "a real surrogate pair (an emoji) is text: " + pair.body());
    }

    @Test
    void detailsAreChineseWithoutFrameworkInternals() {
        List<String> bodies = List.of(
                api.raw(HttpRequest.POST("/api/sales", "{\"stationCode\": tru").header("Idempotency-Key", "k-" + UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON_TYPE), admin).body(),
                postSale(saleJson("quantity", "1" + "0".repeat(5000)), "application/json").body(),
                postSale(saleJson("dateSold", "\"2024-02-30\""), "application/json").body(),
                postSale(saleJson("amountFen", "1" + "0".repeat(30)), "application/json").body(),
                api.raw(HttpRequest.GET("/api/stats/sales?region=500152&from=2024-13-01&to=2024-12-31&groupBy=county"), admin).body());
        for (String body : bodies) {
            for (String internal : List.of("java.", "Jackson", "jackson", "StreamReadConstraints", "Unexpected character", "Failed to convert",
                    "DateTimeParseException", "com.fasterxml", "io.micronaut", "POI", "Text '")) {
                assertFalse(body.contains(internal), "framework internals (" + internal + ") in " + body);
            }
            assertTrue(body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "the detail is Chinese: " + body);
        }
    }

    @Test
    void aBadLatitudeIsReportedAsLat() {
        String csv = "code,tier,region_code,lon,lat,parent_code\nHILAT1,COUNTY_HUB,500152,105.8,95,\n";
        MultipartBody body = MultipartBody.builder().addPart("file", "nodes.csv", MediaType.TEXT_CSV_TYPE,
                csv.getBytes(StandardCharsets.UTF_8)).build();
        HttpResponse<Map> response = api.exchange(HttpRequest.POST("/api/logistics-nodes/import", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin, Map.class);
        assertEquals(400, response.getStatus().getCode(), String.valueOf(response.body()));
        List<?> errors = (List<?>) response.body().get("errors");
        assertEquals("lat", ((Map<?, ?>) errors.get(0)).get("field"), String.valueOf(response.body()));
    }

    @Test
    void bodiesUpToTheDocumented20MbAreRead() {
        String json = "{\"entries\":[{\"productName\":\"" + "x".repeat(12 * 1024 * 1024) + "\"}]}";
        PlainHttp.Answer batch = PlainHttp.send(server.getURL(), "POST", "/api/sales/batch", json, "application/json", admin);
        assertTrue(batch.status() != 413, "a 12 MB JSON body is within the documented 20 MB: " + batch.status());
        assertTrue(batch.status() < 500, batch.status() + " " + batch.body());
        byte[] over = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(over, (byte) ' ');
        HttpResponse<String> tooBig = api.raw(HttpRequest.POST("/api/sales/batch", over).contentType(MediaType.APPLICATION_JSON_TYPE), admin);
        assertEquals(413, tooBig.getStatus().getCode());
    }
}
