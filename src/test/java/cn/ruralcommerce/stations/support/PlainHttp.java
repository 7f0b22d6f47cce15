package cn.ruralcommerce.stations.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests exactly as written, through the JDK client: unlike the framework's client it adds no Content-Type,
 * so a body without one, or with {@code APPLICATION/JSON}, reaches the service as an attacker would send it.
 */
public final class PlainHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What came back: status, Content-Type (empty when none) and body text. */
    public record Answer(int status, String contentType, String body) {
    }

    private PlainHttp() {
    }

    /** Sends {@code body} with {@code method}; {@code contentType} null sends none. */
    public static Answer send(URL server, String method, String path, String body, String contentType, String token,
                              String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
