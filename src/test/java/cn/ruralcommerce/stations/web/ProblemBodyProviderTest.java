package cn.ruralcommerce.stations.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Titles and details per status in Chinese, English only for a client that prefers English; no internals. */
class ProblemBodyProviderTest {
    final ProblemBodyProvider provider = new ProblemBodyProvider();

    Problem render(HttpStatus status, Throwable cause, String acceptLanguage) {
        MutableHttpRequest<?> request = HttpRequest.GET("/api/x");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        ErrorContext.Builder context = ErrorContext.builder(request);
        if (cause != null) {
            context.cause(cause).errorMessage("Internal: " + cause.getMessage());
        }
        return provider.body(context.build(), HttpResponse.status(status));
    }

    static boolean chinese(String text) {
        return cn.ruralcommerce.stations.support.ChineseText.isChinese(text);
    }

    @Test
    void theFrameworksStatusesAreChinese() {
        for (HttpStatus status : List.of(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND,
                HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.UNSUPPORTED_MEDIA_TYPE, HttpStatus.NOT_ACCEPTABLE,
                HttpStatus.TOO_MANY_REQUESTS, HttpStatus.INTERNAL_SERVER_ERROR, HttpStatus.SERVICE_UNAVAILABLE)) {
            Problem problem = render(status, null, null);
            assertTrue(chinese(problem.title()), status + ": " + problem);
            assertTrue(chinese(problem.detail()), status + ": " + problem);
            assertEquals(status.getCode(), problem.status());
        }
    }

    @Test
    void aServerErrorNeverEchoesItsCauseInEitherLanguage() {
        RuntimeException boom = new IllegalStateException("SELECT * FROM station failed in com.example.Secret");
        Problem zh = render(HttpStatus.INTERNAL_SERVER_ERROR, boom, null);
        Problem en = render(HttpStatus.INTERNAL_SERVER_ERROR, boom, "en");
        assertEquals("服务器内部错误", zh.title());
        assertEquals("Internal Server Error", en.title());
        assertFalse((zh + " " + en).contains("SELECT") || (zh + " " + en).contains("Secret"), zh + " " + en);
    }

    @Test
    void apiExceptionsAnswerInTheLanguageAsked() {
        ApiException tooMany = ApiException.tooManyRequests("报告任务队列已满，请稍后再试", "the report queue is full", 5);
        assertEquals("报告任务队列已满，请稍后再试", render(HttpStatus.TOO_MANY_REQUESTS, tooMany, "zh-CN").detail());
        assertEquals("the report queue is full", render(HttpStatus.TOO_MANY_REQUESTS, tooMany, "en-GB,en;q=0.8").detail());
        assertEquals("Too Many Requests", render(HttpStatus.TOO_MANY_REQUESTS, tooMany, "en").title());

        ApiException field = ApiException.badField("radiusKm", "'x' 不是数字", "'x' is not a number");
        Problem zh = render(HttpStatus.BAD_REQUEST, field, "fr, zh;q=0.5, en;q=0.4");
        assertEquals("radiusKm: 'x' 不是数字", zh.detail());
        assertEquals("radiusKm", zh.errors().get(0).field());
        Problem en = render(HttpStatus.BAD_REQUEST, field, "en");
        assertEquals("radiusKm: 'x' is not a number", en.detail());
        assertEquals("'x' is not a number", en.errors().get(0).message());
    }

    @Test
    void chineseIsTheDefaultAndEnglishOnlyWhenPreferred() {
        assertFalse(Messages.wantsEnglish(HttpRequest.GET("/")));
        assertFalse(Messages.wantsEnglish(HttpRequest.GET("/").header("Accept-Language", "*")));
        assertFalse(Messages.wantsEnglish(HttpRequest.GET("/").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")));
        assertFalse(Messages.wantsEnglish(HttpRequest.GET("/").header("Accept-Language", "not a ;; range")));
        assertTrue(Messages.wantsEnglish(HttpRequest.GET("/").header("Accept-Language", "en-US,en;q=0.9,zh;q=0.5")));
    }

    @Test
    void theDatabaseOutageIsChineseUnlessEnglishIsAsked() {
        DatabaseUnavailableHandler handler = new DatabaseUnavailableHandler(null, 5);
        RuntimeException down = new RuntimeException(new SQLTransientConnectionException("connection refused"));
        Problem zh = (Problem) handler.handle(HttpRequest.GET("/api/sales"), down).body();
        Problem en = (Problem) handler.handle(HttpRequest.GET("/api/sales").header("Accept-Language", "en"), down).body();
        assertTrue(chinese(zh.title()) && chinese(zh.detail()), zh.toString());
        assertEquals("Database unavailable", en.title());
    }
}
