package cn.ruralcommerce.stations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@link JsonShape} on every JSON request body bound to a record, so a wrong type, an unknown field or
 * trailing garbage is a 400 naming the field instead of being coerced (12345 → "12345", 1.5 → 1, ["a"] → "a").
 * Media types are compared without regard to case, so {@code application/JSON} is checked like
 * {@code application/json}; other media types were refused before routing ({@link JsonMediaTypeFilter}).
 */
@ServerFilter(patterns = {"/api/**", "/login"})
public class StrictJsonFilter {
    private final ApiExceptionHandler errors;

    public StrictJsonFilter(ApiExceptionHandler errors) {
        this.errors = errors;
    }

    /**
     * Null to go on, or the 400 problem response. Runs on the blocking pool: waiting for the body there is safe,
     * and completing a filter future late (a streamed body) breaks the security filter around it. The copy is
     * read as fast as the body arrives (FASTEST): the binder's copy is read only after this filter returns.
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        Class<?> type = bodyType(request);
        if (type == null || !(request instanceof ServerHttpRequest<?> server)) {
            return null;
        }
        if (!JsonMediaTypeFilter.isJson(request.getHeaders().get(HttpHeaders.CONTENT_TYPE))) {
            // anything but JSON was refused with a 415 before routing (JsonMediaTypeFilter)
            return null;
        }
        try (CloseableAvailableByteBody body = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().get(30, TimeUnit.SECONDS)) {
            JsonShape.check(body.toByteArray(), type);
            return null;
        } catch (ApiException e) {
            return errors.handle(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            // e.g. the body exceeds micronaut.server.max-request-size: the server's own 413
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("request body not received in time", e);
        }
    }

    /**
     * The record (or framework class) a route binds its @Body to; null for text, maps, bytes or no body.
     */
    private static Class<?> bodyType(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request).stream()
                .filter(m -> m instanceof MethodBasedRouteMatch<?, ?>)
                .flatMap(m -> Arrays.stream(((MethodBasedRouteMatch<?, ?>) m).getArguments())
                        .filter(a -> a.getAnnotationMetadata().hasAnnotation(Body.class))
                        .map(a -> (Class<?>) a.getType())
                        .filter(t -> !t.isPrimitive() && !t.isArray() && !t.getName().startsWith("java.")))
                .findFirst()
                .orElse(null);
    }
}
