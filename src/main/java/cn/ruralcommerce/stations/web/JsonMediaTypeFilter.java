package cn.ruralcommerce.stations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.web.router.Router;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A route that binds a JSON body takes JSON only (415 otherwise): a body declared as XML, a form, text or
 * nothing at all is refused before routing, where a media type the route does not consume would otherwise end
 * as a misleading 403. Media types are compared without regard to case, so {@code application/JSON} reaches
 * the strict check ({@link StrictJsonFilter}) like {@code application/json}.
 */
@ServerFilter(patterns = {"/api/**", "/login"})
public class JsonMediaTypeFilter {
    private final Router router;
    private final ApiExceptionHandler errors;

    public JsonMediaTypeFilter(Router router, ApiExceptionHandler errors) {
        this.router = router;
        this.errors = errors;
    }

    @PreMatching
    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (isJson(contentType) || contentType == null && !hasBody(request) || !takesJsonBody(request)) {
            return null;
        }
        return errors.handle(request, new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求体须为 JSON（Content-Type: application/json）",
                "the body must be JSON (Content-Type: application/json)",
                List.of(new FieldError("Content-Type", "须为 application/json", "must be application/json"))));
    }

    /** application/json or any application/…+json type, whatever the case of the letters, with or without parameters. */
    static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return type.equals(MediaType.APPLICATION_JSON) || type.startsWith("application/") && type.endsWith("+json");
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** Whether the route at the request's method and path binds a record (or framework class) from a JSON body. */
    private boolean takesJsonBody(HttpRequest<?> request) {
        return router.route(request.getMethod(), request.getPath())
                .map(m -> Arrays.stream(m.getArguments()).anyMatch(a -> a.getAnnotationMetadata().hasAnnotation(Body.class)
                        && !a.getType().isPrimitive() && !a.getType().isArray() && !a.getType().getName().startsWith("java.")
                        && !m.getRouteInfo().getConsumes().contains(MediaType.MULTIPART_FORM_DATA_TYPE)))
                .orElse(false);
    }
}
