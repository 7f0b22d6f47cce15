package cn.ruralcommerce.stations.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Test-side HTTP helper: logs in, sends requests with the bearer token and returns responses, errors included. */
public final class ApiClient {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private final BlockingHttpClient http;

    public ApiClient(BlockingHttpClient http) {
        this.http = http;
    }

    public String token(String username, String password) {
        Map<?, ?> body = http.retrieve(HttpRequest.POST("/login", Map.of("username", username, "password", password)), Map.class);
        return (String) body.get("access_token");
    }

    /** Exchanges a request and returns the response whatever its status, the body read as JSON into the type. */
    public <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, String token, Class<T> type) {
        HttpResponse<String> raw = raw(request, token);
        String text = raw.getBody(String.class).orElse(null);
        T body = text == null || text.isEmpty() || type == String.class ? type.cast(text) : read(text, type);
        return raw.toMutableResponse().body(body);
    }

    /** Exchanges a request and returns the response with its body as text. */
    public HttpResponse<String> raw(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return http.exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    public static <T> T read(String text, Class<T> type) {
        try {
            if (type == java.util.List.class) {
                return type.cast(JSON.readValue(text, Argument.listOf(Object.class)));
            }
            return JSON.readValue(text, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    /** The problem+json body of an error response. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> problem(HttpResponse<?> response) {
        Object body = response.body();
        if (body instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new AssertionError("no problem body, status " + response.getStatus() + ": " + body);
    }
}
