package cn.ruralcommerce.stations.support;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The write routes (POST, PUT, PATCH, DELETE) the router serves, with the JSON body type each one reads. */
public final class WriteRoutes {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /**
     * One route: {@code body} is the record read from a JSON body, null for multipart or no body; {@code query}
     * its query parameters by name and type.
     */
    public record Route(String method, String path, Class<?> body, boolean multipart, Map<String, Class<?>> query) {
        public String key() {
            return method + " " + path;
        }
    }

    private WriteRoutes() {
    }

    public static List<Route> of(Router router) {
        return router.uriRoutes()
                .filter(r -> WRITES.contains(r.getHttpMethod()))
                .map(WriteRoutes::route)
                .filter(r -> r.path().startsWith("/api/") || r.path().equals("/login"))
                .distinct()
                .sorted(Comparator.comparing(Route::key))
                .toList();
    }

    private static Route route(UriRouteInfo<?, ?> info) {
        String path = info.getUriMatchTemplate().toString().replaceAll("\\{[?&#].*?}", "");
        var arguments = Arrays.asList(info.getTargetMethod().getArguments());
        Class<?> body = arguments.stream()
                .filter(a -> a.getAnnotationMetadata().hasAnnotation(Body.class))
                .map(a -> (Class<?>) a.getType())
                .findFirst().orElse(null);
        boolean multipart = arguments.stream().anyMatch(a -> CompletedFileUpload.class.isAssignableFrom(a.getType()));
        Map<String, Class<?>> query = new TreeMap<>();
        arguments.stream().filter(a -> a.getAnnotationMetadata().hasAnnotation(QueryValue.class))
                .forEach(a -> query.put(a.getAnnotationMetadata().stringValue(QueryValue.class).orElse(a.getName()), a.getType()));
        return new Route(info.getHttpMethodName(), path, body, multipart, query);
    }
}
