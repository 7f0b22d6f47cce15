package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.security.AccountBootstrap;
import cn.ruralcommerce.stations.security.Role;
import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.ChineseText;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.SampleCounty;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every error a user can see is Chinese (title, detail and each field message; field names stay codes), across
 * access errors (401/403/404/415; the framework's 404/405/500 texts: {@link ProblemBodyProviderTest}), import rows, what-if and sale validation; a client that sends
 * {@code Accept-Language: en} gets the English text instead.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseMessagesIT {
    static final Pattern HAN = ChineseText.HAN;

    @Inject
    SampleCounty sample;
    @Inject
    AccountBootstrap accounts;

    ApiClient api;
    String admin;
    String otherBureau;

    @BeforeAll
    void setUp() {
        api = sample.api();
        admin = api.token("admin", SampleCounty.ADMIN_PASSWORD);
        if (!accounts.exists("zh-bureau")) {
            accounts.create("zh-bureau", "Rongchang1234", Role.BUREAU, "500153", "荣昌");
        }
        otherBureau = api.token("zh-bureau", "Rongchang1234");
    }

    /** The requests users run into, by what they show. */
    Map<String, Sent> cases() {
        Map<String, Sent> cases = new LinkedHashMap<>();
        cases.put("401 without a token", new Sent(HttpRequest.GET("/api/stations?region=50"), null, 401));
        cases.put("403 role", new Sent(HttpRequest.POST("/api/regions/import", MultipartBody.builder().addPart("file", "r.csv",
                MediaType.APPLICATION_OCTET_STREAM_TYPE, new byte[]{'x'}).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), otherBureau, 403));
        cases.put("403 scope", new Sent(HttpRequest.GET("/api/coverage?region=" + NetworkFixture.COUNTY), otherBureau, 403));
        cases.put("404 station", new Sent(HttpRequest.GET("/api/stations/NO-SUCH"), admin, 404));
        cases.put("415", new Sent(HttpRequest.POST("/api/stations", "code=x").contentType(MediaType.TEXT_PLAIN_TYPE), admin, 415));
        cases.put("400 query", new Sent(HttpRequest.GET("/api/coverage?region=" + NetworkFixture.COUNTY + "&radiusKm=abc"), admin, 400));
        cases.put("400 what-if", new Sent(HttpRequest.POST("/api/coverage/what-if", Map.of("region", NetworkFixture.COUNTY,
                "close", List.of("NO-SUCH"), "add", List.of(Map.of("lon", 500.0, "lat", 30.0)))), admin, 400));
        Map<String, Object> sale = new LinkedHashMap<>();
        sale.put("stationCode", "NO-SUCH");
        sale.put("dateSold", "2199-01-01");
        sale.put("categoryCode", "NOPE");
        sale.put("productName", "柠檬");
        sale.put("quantity", 1);
        sale.put("unit", "斤");
        sale.put("amountFen", 0);
        sale.put("direction", "SIDEWAYS");
        sale.put("channel", "X");
        cases.put("400 sale", new Sent(HttpRequest.POST("/api/sales", sale).header("Idempotency-Key", UUID.randomUUID().toString()), admin, 400));
        String csv = "code,name,tier,region_code,lon,lat,status,opened_on,closed_on,crs,address,services\n"
                + "ZH1,中渡村站,村级服务站点,500152113201,105.741,30.061,ACTIVE,,,,,\n"
                + "ZH2,石盘村站,VILLAGE_STATION,500152113202,200,30.041,ACTIVE,2999-01-01,,,,\n";
        MultipartBody file = MultipartBody.builder().addPart("file", "stations.csv", MediaType.APPLICATION_OCTET_STREAM_TYPE,
                csv.getBytes(StandardCharsets.UTF_8)).build();
        cases.put("400 import", new Sent(HttpRequest.POST("/api/stations/import", file).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin, 400));
        return cases;
    }

    record Sent(MutableHttpRequest<?> request, String token, int status) {
    }

    @Test
    void everyErrorIsChineseWithFieldCodes() {
        List<String> failures = new ArrayList<>();
        cases().forEach((name, sent) -> {
            HttpResponse<Map> response = api.exchange(sent.request(), sent.token(), Map.class);
            Map<String, Object> problem = ApiClient.problem(response);
            String what = name + " → " + response.getStatus().getCode() + " " + problem;
            if (response.getStatus().getCode() != sent.status()) {
                failures.add("status: " + what);
            }
            for (String text : texts(problem)) {
                if (!ChineseText.isChinese(text)) {
                    failures.add("not Chinese: '" + text + "' in " + what);
                }
            }
            for (Map<?, ?> error : errors(problem)) {
                if (error.containsKey("messageEn")) {
                    failures.add("the English message is serialised: " + what);
                }
                if (!String.valueOf(error.get("field")).matches("[A-Za-z_.\\[\\]0-9-]+")) {
                    failures.add("field is not a code: " + error.get("field") + " in " + what);
                }
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theImportNamesTheRejectedTierInChinese() {
        Map<String, Object> problem = ApiClient.problem(api.exchange(cases().get("400 import").request(), admin, Map.class));
        Map<?, ?> tier = errors(problem).stream().filter(e -> "tier".equals(e.get("field"))).findFirst().orElseThrow();
        assertTrue(String.valueOf(tier.get("message")).contains("村级服务站点"), problem.toString());
        assertTrue(String.valueOf(tier.get("message")).contains("站点层级"), problem.toString());
    }

    @Test
    void anApiClientAskingForEnglishGetsEnglish() {
        Map<String, Object> notFound = ApiClient.problem(api.exchange(HttpRequest.GET("/api/stations/NO-SUCH")
                .header("Accept-Language", "en-US,en;q=0.9"), admin, Map.class));
        assertEquals("Not Found", notFound.get("title"));
        assertEquals("station NO-SUCH not found", notFound.get("detail"));

        Map<String, Object> sale = ApiClient.problem(api.exchange(cases().get("400 sale").request()
                .header("Accept-Language", "en"), admin, Map.class));
        assertEquals("Bad Request", sale.get("title"));
        assertTrue(String.valueOf(sale.get("detail")).contains("stationCode: unknown station NO-SUCH"), sale.toString());
        assertFalse(HAN.matcher(String.valueOf(sale.get("detail"))).find(), sale.toString());

        Map<String, Object> unauthorized = ApiClient.problem(api.exchange(HttpRequest.GET("/api/stations?region=50")
                .header("Accept-Language", "en"), null, Map.class));
        assertEquals("Unauthorized", unauthorized.get("title"));

        Map<String, Object> chinese = ApiClient.problem(api.exchange(HttpRequest.GET("/api/stations/NO-SUCH")
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"), admin, Map.class));
        assertEquals("站点 NO-SUCH 不存在", chinese.get("detail"));
    }

    static List<Map<?, ?>> errors(Map<String, Object> problem) {
        return ChineseText.errors(problem);
    }

    static List<String> texts(Map<String, Object> problem) {
        return ChineseText.texts(problem);
    }
}
